// Turns the bytes of a dropped file into text, or says precisely why it is not a text file.
// Files come from EHR exports and from people's desktops: UTF-8 with or without a BOM,
// UTF-16 from Windows tools, the odd Windows-1252 export, and sometimes a PDF or a workbook.

export type TextEncodingName = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';

export type DecodeResult =
  | { ok: true; text: string; encoding: TextEncodingName }
  | { ok: false; code: 'binary'; message: string };

/** Signatures of the binary files people most often drop by mistake, with what to do instead. */
const KNOWN_BINARY: { magic: number[]; what: string }[] = [
  { magic: [0x25, 0x50, 0x44, 0x46], what: 'a PDF document' },
  {
    magic: [0x50, 0x4b, 0x03, 0x04],
    what: 'a zip archive (an Excel .xlsx or Word .docx file is one)',
  },
  { magic: [0xd0, 0xcf, 0x11, 0xe0], what: 'an old-format Office file (.xls or .doc)' },
  { magic: [0x89, 0x50, 0x4e, 0x47], what: 'a PNG image' },
  { magic: [0xff, 0xd8, 0xff], what: 'a JPEG image' },
  { magic: [0x47, 0x49, 0x46, 0x38], what: 'a GIF image' },
  { magic: [0x7b, 0x5c, 0x72, 0x74, 0x66], what: 'a rich-text (.rtf) document' },
];

/** Share of control characters above which decoded bytes are taken for binary data. */
const MAX_CONTROL_SHARE = 0.01;
const SNIFF_BYTES = 64 * 1024;

function startsWith(bytes: Uint8Array, magic: number[]): boolean {
  return magic.length <= bytes.length && magic.every((byte, i) => bytes[i] === byte);
}

function notTextMessage(what: string): string {
  return `This is not a text file: it looks like ${what}. Save or export the notes as plain text (.txt) or CSV and try again.`;
}

function hasNulByte(bytes: Uint8Array): boolean {
  const end = Math.min(bytes.length, SNIFF_BYTES);
  for (let i = 0; i < end; i++) if (bytes[i] === 0) return true;
  return false;
}

/** Control characters other than tab, line feed, form feed and carriage return. */
function controlShare(text: string): number {
  const sample = text.slice(0, SNIFF_BYTES);
  if (sample.length === 0) return 0;
  let controls = 0;
  for (let i = 0; i < sample.length; i++) {
    const c = sample.charCodeAt(i);
    if ((c < 0x20 && c !== 0x09 && c !== 0x0a && c !== 0x0c && c !== 0x0d) || c === 0xfffd) {
      controls++;
    }
  }
  return controls / sample.length;
}

/** Strict UTF-8: null when the bytes are not valid UTF-8. */
function strictUtf8(bytes: Uint8Array): string | null {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}

/** Decodes a text file; the byte-order mark, if any, decides the encoding and is removed. */
export function decodeText(bytes: Uint8Array): DecodeResult {
  if (startsWith(bytes, [0xef, 0xbb, 0xbf])) return checked(bytes, 'utf-8');
  if (startsWith(bytes, [0xff, 0xfe])) return checked(bytes, 'utf-16le');
  if (startsWith(bytes, [0xfe, 0xff])) return checked(bytes, 'utf-16be');

  const known = KNOWN_BINARY.find(({ magic }) => startsWith(bytes, magic));
  if (known) return { ok: false, code: 'binary', message: notTextMessage(known.what) };
  if (hasNulByte(bytes)) {
    return {
      ok: false,
      code: 'binary',
      message: notTextMessage('binary data (it contains zero bytes)'),
    };
  }
  const utf8 = strictUtf8(bytes);
  if (utf8 !== null) return checked(bytes, 'utf-8', utf8);
  // Not valid UTF-8 and no zero bytes: most likely an older Windows export.
  return checked(bytes, 'windows-1252');
}

/** Decodes (TextDecoder drops the byte-order mark) and rejects text that is mostly control codes. */
function checked(bytes: Uint8Array, encoding: TextEncodingName, decoded?: string): DecodeResult {
  const text = decoded ?? new TextDecoder(encoding).decode(bytes);
  if (controlShare(text) > MAX_CONTROL_SHARE) {
    return {
      ok: false,
      code: 'binary',
      message: notTextMessage('binary data (it is full of control characters)'),
    };
  }
  return { ok: true, text, encoding };
}
