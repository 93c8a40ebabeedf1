/** Notes are short; anything bigger is almost certainly the wrong file. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

function startsWith(bytes: Uint8Array, prefix: number[]): boolean {
  return prefix.every((byte, i) => bytes[i] === byte);
}

function decodeUtf16(bytes: Uint8Array, encoding: 'utf-16le' | 'utf-16be'): Decoded {
  if (bytes.length % 2 !== 0) {
    return { ok: false, reason: `${encoding.toUpperCase()} input has an odd number of bytes` };
  }
  try {
    const text = new TextDecoder(encoding, { fatal: true, ignoreBOM: false }).decode(bytes);
    return text.includes('\0')
      ? { ok: false, reason: 'binary input: contains NUL characters' }
      : { ok: true, text };
  } catch {
    return { ok: false, reason: `invalid ${encoding.toUpperCase()} (unpaired surrogate)` };
  }
}

/**
 * Which UTF-16 the bytes look like when they have no byte-order mark: text in a Latin script
 * saved as UTF-16 has a NUL in every other byte (the high byte of each character), on the odd
 * offsets for little-endian and the even ones for big-endian. Binary files have NULs too, but
 * not in one of the two positions nearly throughout.
 */
function utf16WithoutBom(bytes: Uint8Array): 'UTF-16LE' | 'UTF-16BE' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  let even = 0;
  let odd = 0;
  for (let i = 0; i < bytes.length; i += 2) {
    if (bytes[i] === 0) even += 1;
    if (bytes[i + 1] === 0) odd += 1;
  }
  const pairs = bytes.length / 2;
  // Nearly every character in one position, and almost none in the other.
  if (odd >= pairs * 0.9 && even <= pairs * 0.05) return 'UTF-16LE';
  if (even >= pairs * 0.9 && odd <= pairs * 0.05) return 'UTF-16BE';
  return null;
}

/** Offset where the first invalid UTF-8 sequence starts. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // Streaming decodes hold back an unfinished sequence, so valid prefixes grow monotonically.
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
  }
  // The bad byte may end a sequence whose lead byte came up to three bytes earlier.
  for (let back = 1; back <= 3 && low - back >= 0; back += 1) {
    const byte = bytes[low - back] ?? 0;
    if (byte >= 0xc0) return low - back;
    if (byte < 0x80) break;
  }
  return low;
}

/**
 * Turns a file's bytes into note text: UTF-8 (with or without BOM) or UTF-16 with a BOM.
 * Says why when the bytes are not text, so the user knows which file to look at; names
 * UTF-16 without a BOM rather than guess at it.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, reason: `input is ${bytes.length} bytes, over the 1 MB limit` };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
    const utf16 = utf16WithoutBom(bytes);
    if (utf16) {
      return {
        ok: false,
        reason:
          `looks like ${utf16} text without a byte-order mark (a NUL byte in every other position); ` +
          'save it as UTF-8, or as UTF-16 with a byte-order mark, and check it again',
      };
    }
    return { ok: false, reason: `binary input: NUL byte at offset ${nul}` };
  }
  try {
    // The decoder drops a UTF-8 byte-order mark itself; offsets stay those of the file.
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(bytes) };
  } catch {
    const at = firstInvalidUtf8(bytes);
    const byte = (bytes[at] ?? 0).toString(16).toUpperCase().padStart(2, '0');
    // Text without NULs that is not UTF-8 is most often a Windows export (Latin-1/Windows-1252).
    return {
      ok: false,
      reason:
        `not UTF-8 text: invalid UTF-8 at byte offset ${at} (0x${byte}); ` +
        'if it is Latin-1 or Windows-1252 text, save it as UTF-8 and check it again',
    };
  }
}

/** Why a stream of bytes stopped being text, with the same wording as decodeInput's. */
export class NotTextError extends Error {}

/**
 * decodeInput for a stream: UTF-8 (a BOM is dropped) or UTF-16 with a BOM, decoded chunk by
 * chunk, so an export of any length is read in constant memory. Throws NotTextError where the
 * bytes stop being text; what came before it has already been handed on.
 */
export async function* decodeChunks(chunks: AsyncIterable<Uint8Array>): AsyncGenerator<string> {
  let decoder: TextDecoder | null = null;
  let offset = 0;
  let head = new Uint8Array(0);
  for await (const chunk of chunks) {
    let bytes: Uint8Array = chunk;
    if (decoder === null) {
      // The byte-order mark decides the decoder; wait for enough bytes to see it.
      head = Buffer.concat([head, chunk]);
      if (head.length < 3) continue;
      decoder = decoderFor(head);
      bytes = head;
    }
    yield decodeChunk(decoder, bytes, offset);
    offset += bytes.length;
  }
  if (decoder === null && head.length > 0) {
    decoder = decoderFor(head);
    yield decodeChunk(decoder, head, 0);
  }
  if (decoder !== null) yield decodeChunk(decoder, new Uint8Array(0), offset, true);
}

function decoderFor(head: Uint8Array): TextDecoder {
  if (startsWith(head, [0xff, 0xfe])) return new TextDecoder('utf-16le', { fatal: true });
  if (startsWith(head, [0xfe, 0xff])) return new TextDecoder('utf-16be', { fatal: true });
  return new TextDecoder('utf-8', { fatal: true });
}

function decodeChunk(decoder: TextDecoder, bytes: Uint8Array, offset: number, end = false): string {
  const utf8 = decoder.encoding === 'utf-8';
  const nul = utf8 ? bytes.indexOf(0) : -1;
  if (nul !== -1) throw new NotTextError(`binary input: NUL byte at offset ${offset + nul}`);
  try {
    return decoder.decode(bytes, { stream: !end });
  } catch {
    if (!utf8) throw new NotTextError(`invalid ${decoder.encoding.toUpperCase()}`);
    throw new NotTextError(
      `not UTF-8 text: invalid UTF-8 in bytes ${offset}-${offset + bytes.length}; ` +
        'if it is Latin-1 or Windows-1252 text, save it as UTF-8 and check it again',
    );
  }
}
