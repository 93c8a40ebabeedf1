import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from './decode-input';

export type InputBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

const REASONS: Record<string, string> = {
  ENOENT: 'no such file',
  EISDIR: 'is a directory',
  EACCES: 'permission denied',
  EPERM: 'permission denied',
};

/** Reads at most one byte past the size limit, so an oversized file is refused, not loaded. */
async function readCapped(chunks: AsyncIterable<Uint8Array>): Promise<Uint8Array> {
  const parts: Uint8Array[] = [];
  let total = 0;
  for await (const chunk of chunks) {
    parts.push(chunk);
    total += chunk.length;
    if (total > MAX_INPUT_BYTES) break;
  }
  return Buffer.concat(parts);
}

function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? `cannot read (${error instanceof Error ? error.message : String(error)})`;
}

/** The bytes of a file, or of stdin for "-". */
export async function readInput(
  path: string,
  stdin: AsyncIterable<Uint8Array>,
): Promise<InputBytes> {
  if (path === '-') return { ok: true, bytes: await readCapped(stdin) };
  try {
    const handle = await open(path, 'r');
    try {
      const stat = await handle.stat();
      if (stat.isDirectory()) return { ok: false, reason: REASONS.EISDIR ?? 'is a directory' };
      if (stat.size > MAX_INPUT_BYTES) {
        return { ok: false, reason: `input is ${stat.size} bytes, over the 1 MB limit` };
      }
      return { ok: true, bytes: await readCapped(handle.createReadStream({ autoClose: false })) };
    } finally {
      await handle.close();
    }
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
}
