// A custom rule pack as an agency admin writes it: JSON text, checked with the same loader as
// the bundled packs. It may extend a bundled pack, or replace one by using its id.
import { loadPacks } from '../rules/load';
import { BUNDLED_PACK_FILES } from '../rules/packs';
import type { ResolvedPack } from '../rules/schema';
import { CUSTOM_PACK_MAX_CHARS } from './schema';

export const CUSTOM_PACK_FILE = 'custom pack';

export type CustomPackResult = { ok: true; pack: ResolvedPack } | { ok: false; errors: string[] };

const count = (n: number) => n.toLocaleString('en-US');

/** The limit in words a person reads: "2 MB (2,000,000 characters)". */
export const CUSTOM_PACK_LIMIT = `${CUSTOM_PACK_MAX_CHARS / 1_000_000} MB (${count(CUSTOM_PACK_MAX_CHARS)} characters)`;

/** Why a file of `bytes` cannot be a custom pack, before a byte of it is read; null if it may be. */
export function packFileTooLarge(name: string, bytes: number): string | null {
  if (bytes <= CUSTOM_PACK_MAX_CHARS) return null;
  const size =
    bytes >= 1_000_000 ? `${(bytes / 1_000_000).toFixed(1)} MB` : `${count(bytes)} bytes`;
  return `${CUSTOM_PACK_FILE}: “${name}” is ${size}; a rule pack can be at most ${CUSTOM_PACK_LIMIT}. Nothing was read.`;
}

/** Parses and validates the pack; every error names where it is, in plain words. */
export function parseCustomPack(text: string): CustomPackResult {
  // Refused before parsing: a huge pack would hold the page for minutes, then not fit storage.
  if (text.length > CUSTOM_PACK_MAX_CHARS) {
    return {
      ok: false,
      errors: [
        `${CUSTOM_PACK_FILE}: ${count(text.length)} characters; a rule pack can be at most ${CUSTOM_PACK_LIMIT}`,
      ],
    };
  }
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
