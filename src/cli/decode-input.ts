/** Notes are short; anything bigger is almost certainly the wrong file. */
export const MAX_INPUT_BYTES = 1024 * 1024;

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const UTF8_BOM = [0xef, 0xbb, 0xbf];

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

/** Offset of the first byte that does not start or continue a valid UTF-8 sequence. */
function firstInvalidUtf8(bytes: Uint8Array): number {
  let low = 0;
  let high = bytes.length;
  // The longest valid prefix ends before the first invalid byte; a binary search finds it.
  while (high - low > 1) {
    const mid = (low + high) >> 1;
    try {
      new TextDecoder('utf-8', { fatal: true }).decode(bytes.subarray(0, mid), { stream: true });
      low = mid;
    } catch {
      high = mid;
    }
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
  if (startsWith(bytes, [0xff, 0xfe])) return decodeUtf16(bytes.subarray(2), 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return decodeUtf16(bytes.subarray(2), 'utf-16be');
  const body = startsWith(bytes, UTF8_BOM) ? bytes.subarray(UTF8_BOM.length) : bytes;
  const nul = body.indexOf(0);
  if (nul !== -1) {
    return { ok: false, reason: `binary input: NUL byte at offset ${nul}` };
  }
  try {
    return { ok: true, text: new TextDecoder('utf-8', { fatal: true }).decode(body) };
  } catch {
    return {
      ok: false,
      reason: `binary input: invalid UTF-8 at byte offset ${firstInvalidUtf8(body)}`,
    };
  }
}
