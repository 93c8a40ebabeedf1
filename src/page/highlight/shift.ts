// Moving flagged spans through an edit instead of waiting for a new report: spans before
// the edit stay, spans after it move by the length change, spans the edit touched are gone.

export interface Span {
  start: number;
  end: number;
}

export interface TextEdit {
  /** Where the old and new text start to differ. */
  start: number;
  /** End of the changed part in the old text. */
  oldEnd: number;
  /** End of the changed part in the new text. */
  newEnd: number;
}

/** The single changed region between two versions of the text (common prefix and suffix). */
export function diffText(before: string, after: string): TextEdit | null {
  if (before === after) return null;
  let start = 0;
  const shorter = Math.min(before.length, after.length);
  while (start < shorter && before[start] === after[start]) start += 1;
  let oldEnd = before.length;
  let newEnd = after.length;
  while (oldEnd > start && newEnd > start && before[oldEnd - 1] === after[newEnd - 1]) {
    oldEnd -= 1;
    newEnd -= 1;
  }
  return { start, oldEnd, newEnd };
}

const WORD_CHAR = /[\p{L}\p{N}'’-]/u;

/** Whether the character at `index` of `text` would glue onto a word next to it. */
function isWordChar(text: string, index: number): boolean {
  return index >= 0 && index < text.length && WORD_CHAR.test(text[index] ?? '');
}

/**
 * The span after `edit` turned `before` into `after`, or null when the edit changed the
 * span's words (typing inside it, or letters glued onto either end of it).
 */
export function shiftSpan<T extends Span>(span: T, edit: TextEdit, after: string): T | null {
  const delta = edit.newEnd - edit.oldEnd;
  const moved = { ...span, start: span.start + delta, end: span.end + delta };
  if (span.start === span.end) {
    if (span.start <= edit.start) return span;
    return span.start >= edit.oldEnd ? moved : { ...span, start: edit.newEnd, end: edit.newEnd };
  }
  if (span.end < edit.start) return span;
  if (span.start > edit.oldEnd) return moved;
  if (span.end === edit.start && !isWordChar(after, edit.start)) return span;
  if (span.start === edit.oldEnd && !isWordChar(after, edit.newEnd - 1)) return moved;
  return null;
}

/** Shifts every span through the change from `before` to `after`, dropping touched ones. */
export function shiftSpans<T extends Span>(
  spans: readonly (T | null)[],
  before: string,
  after: string,
): (T | null)[] {
  const edit = diffText(before, after);
  if (!edit) return [...spans];
  return spans.map((span) => span && shiftSpan(span, edit, after));
}
