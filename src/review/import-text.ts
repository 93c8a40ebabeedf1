// Notes from pasted text and dropped .txt files. Several notes in one paste are separated by
// a line of dashes, equals signs, asterisks or underscores (---, ====); blank lines alone do
// not split, because one note often has several paragraphs.
import { decodeText } from './decode-text';

/** Largest .txt file accepted; a batch of notes is far smaller. */
export const TEXT_FILE_LIMIT_BYTES = 5 * 1024 * 1024;

export interface TextNote {
  /** "Note 3", "visits.txt" or "visits.txt #3": what the supervisor sees in the table. */
  id: string;
  text: string;
}

export type TextImportResult =
  | { ok: true; notes: TextNote[] }
  | { ok: false; code: 'binary' | 'too-large' | 'empty'; message: string };

const SEPARATOR_LINE = /^[ \t]*(?:-{3,}|={3,}|\*{3,}|_{3,}|~{3,})[ \t]*$/m;

/** Splits text into notes at separator lines; text without separators is one note. */
export function splitNotes(text: string, idPrefix = 'Note '): TextNote[] {
  const normalized = text.replace(/\r\n?/g, '\n');
  return normalized
    .split(new RegExp(SEPARATOR_LINE.source, 'gm'))
    .map((block) => block.trim())
    .filter((block) => block.length > 0)
    .map((block, i) => ({ id: `${idPrefix}${i + 1}`, text: block }));
}

export function formatBytes(bytes: number): string {
  if (bytes < 1024) return `${bytes} bytes`;
  if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
  return `${(bytes / (1024 * 1024)).toFixed(1)} MB`;
}

/** Reads a dropped .txt file: decodes it, then splits it like pasted text. */
export function importTextFile(
  bytes: Uint8Array,
  fileName: string,
  limitBytes = TEXT_FILE_LIMIT_BYTES,
): TextImportResult {
  if (bytes.length > limitBytes) {
    return {
      ok: false,
      code: 'too-large',
      message: `"${fileName}" is ${formatBytes(bytes.length)}; text files up to ${formatBytes(limitBytes)} are accepted. Split it into smaller files.`,
    };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok)
    return { ok: false, code: 'binary', message: `"${fileName}": ${decoded.message}` };
  const notes = splitNotes(decoded.text, `${fileName} #`);
  if (notes.length === 0) {
    return { ok: false, code: 'empty', message: `"${fileName}" is empty: it holds no note text.` };
  }
  if (notes.length === 1) return { ok: true, notes: [{ id: fileName, text: notes[0]!.text }] };
  return { ok: true, notes };
}
