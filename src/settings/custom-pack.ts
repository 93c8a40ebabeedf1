// A custom rule pack as an agency admin writes it: JSON text, checked with the same loader as
// the bundled packs. It may extend a bundled pack, or replace one by using its id.
import { loadPacks } from '../rules/load';
import { BUNDLED_PACK_FILES } from '../rules/packs';
import type { ResolvedPack } from '../rules/schema';

export const CUSTOM_PACK_FILE = 'custom pack';

export type CustomPackResult = { ok: true; pack: ResolvedPack } | { ok: false; errors: string[] };

/** Parses and validates the pack; every error names where it is, in plain words. */
export function parseCustomPack(text: string): CustomPackResult {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (error) {
    return { ok: false, errors: [`${CUSTOM_PACK_FILE}: not valid JSON (${jsonProblem(error)})`] };
  }
  const id = typeof json === 'object' && json !== null ? (json as { id?: unknown }).id : undefined;
  // A custom pack with a bundled pack's id takes that pack's place.
  const bundled = Object.entries(BUNDLED_PACK_FILES).filter(
    ([, file]) => (file as { id?: unknown }).id !== id,
  );
  const { packs, errors } = loadPacks({ ...Object.fromEntries(bundled), [CUSTOM_PACK_FILE]: json });
  if (errors.length > 0) return { ok: false, errors };
  const pack = typeof id === 'string' ? packs.get(id) : undefined;
  return pack
    ? { ok: true, pack }
    : { ok: false, errors: [`${CUSTOM_PACK_FILE}: id: expected text`] };
}

function jsonProblem(error: unknown): string {
  return error instanceof Error ? error.message : 'unreadable';
}
