import { closeSync, constants, fstatSync, openSync, readSync, type Stats } from 'node:fs';
import { open } from 'node:fs/promises';
import { MAX_INPUT_BYTES } from './decode-input';

export type InputBytes = { ok: true; bytes: Uint8Array } | { ok: false; reason: string };

/** An input opened for reading in chunks; `size` is known for a regular file, not for stdin. */
export type InputStream =
  | { ok: true; chunks: AsyncIterable<Uint8Array>; size: number | null; close(): Promise<void> }
  | { ok: false; reason: string };

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

/** What a path is when it is neither a file nor a directory, for the message. */
function specialKind(stat: Stats): string | null {
  if (stat.isFIFO()) return 'a named pipe (FIFO)';
  if (stat.isSocket()) return 'a socket';
  if (stat.isCharacterDevice()) return 'a character device';
  if (stat.isBlockDevice()) return 'a block device';
  return null;
}

export function reasonFor(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS[code] ?? `cannot read (${error instanceof Error ? error.message : String(error)})`;
}

/** A regular file, or stdin for "-", ready to read; pipes, sockets and devices are refused. */
export async function openInput(
  path: string,
  stdin: AsyncIterable<Uint8Array>,
): Promise<InputStream> {
  if (path === '-') return { ok: true, chunks: stdin, size: null, close: async () => {} };
  try {
    // Non-blocking, or opening a named pipe with no writer would wait forever; regular files
    // read the same either way.
    const handle = await open(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
    const refuse = async (reason: string): Promise<InputStream> => {
      await handle.close();
      return { ok: false, reason };
    };
    const stat = await handle.stat();
    if (stat.isDirectory()) return refuse(REASONS.EISDIR ?? 'is a directory');
    const special = specialKind(stat);
    if (special) {
      return refuse(
        `not a regular file but ${special}; to read from it, give - and redirect it: notecoach check - < ${path}`,
      );
    }
    return {
      ok: true,
      chunks: handle.createReadStream({ autoClose: false }),
      size: stat.size,
      close: () => handle.close(),
    };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
}

/**
 * A regular file's bytes, read synchronously: the same checks and reasons as `openInput` and
 * `readCapped`, without a trip through libuv's thread pool for each open, stat, read and close
 * (a batch of 960 small notes spent about 0.8 s of wall time waiting on those round trips).
 */
function readFileInput(path: string): InputBytes {
  let fd: number;
  try {
    // Non-blocking, as in openInput: opening a named pipe with no writer must not wait.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0));
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  }
  try {
    const stat = fstatSync(fd);
    if (stat.isDirectory()) return { ok: false, reason: REASONS.EISDIR ?? 'is a directory' };
    const special = specialKind(stat);
    if (special) {
      return {
        ok: false,
        reason: `not a regular file but ${special}; to read from it, give - and redirect it: notecoach check - < ${path}`,
      };
    }
    if (stat.size > MAX_INPUT_BYTES) {
      return { ok: false, reason: `input is ${stat.size} bytes, over the 1 MB limit` };
    }
    // Until the end of the file, or one chunk past the limit (a file that grew since fstat).
    const parts: Buffer[] = [];
    let total = 0;
    for (;;) {
      const chunk = Buffer.allocUnsafe(Math.max(stat.size - total + 1, 64 * 1024));
      const read = readSync(fd, chunk, 0, chunk.length, null);
      if (read === 0) break;
      parts.push(chunk.subarray(0, read));
      total += read;
      if (total > MAX_INPUT_BYTES) break;
    }
    return { ok: true, bytes: Buffer.concat(parts) };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  } finally {
    closeSync(fd);
  }
}

/** The bytes of a regular file, or of stdin for "-", refused over the 1 MB limit. */
export async function readInput(
  path: string,
  stdin: AsyncIterable<Uint8Array>,
): Promise<InputBytes> {
  if (path !== '-') return readFileInput(path);
  const input = await openInput(path, stdin);
  if (!input.ok) return input;
  try {
    if (input.size !== null && input.size > MAX_INPUT_BYTES) {
      return { ok: false, reason: `input is ${input.size} bytes, over the 1 MB limit` };
    }
    return { ok: true, bytes: await readCapped(input.chunks) };
  } catch (error) {
    return { ok: false, reason: reasonFor(error) };
  } finally {
    await input.close();
  }
}
