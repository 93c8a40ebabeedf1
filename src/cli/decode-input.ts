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
 * Says why when the bytes are not text, so the user knows which file to look at.
 */
export function decodeInput(bytes: Uint8Array): Decoded {
  if (bytes.length > MAX_INPUT_BYTES) {
    return { ok: false, reason: `input is ${bytes.length} bytes, over the 1 MB limit` };
  }
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes, 'utf-16be');
  const nul = bytes.indexOf(0);
  if (nul !== -1) {
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
