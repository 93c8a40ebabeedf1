// Which characters of a note are in view. Text is laid out top to bottom in the order of its
// offsets, so a binary search over the boxes of single characters finds the first and the last
// line in view with a few dozen layout reads, however long the note is.

export interface Span {
  start: number;
  end: number;
}

/** The vertical extent of what can be seen, in the same coordinates as the boxes. */
export interface View {
  top: number;
  bottom: number;
}

/** How far to look on for a character with a box of its own (line breaks may have none). */
const NEAREST_BOX = 64;

/**
 * `[start, end)` of the characters whose boxes meet `view`; null when none does or the text
 * cannot be measured. `boxOf(offset)` is the box of the character at `offset`, null if it has none.
 */
export function visibleSpan(
  length: number,
  boxOf: (offset: number) => DOMRectReadOnly | null,
  view: View,
): Span | null {
  if (length === 0 || view.bottom <= view.top) return null;
  const nearBox = (offset: number): DOMRectReadOnly | null => {
    for (let at = offset; at < Math.min(length, offset + NEAREST_BOX); at += 1) {
      const box = boxOf(at);
      if (box && box.height > 0) return box;
    }
    return null;
  };
  // The first offset where `past` holds; it holds for every offset after it too.
  const firstWhere = (past: (box: DOMRectReadOnly) => boolean): number => {
    let low = 0;
    let high = length;
    while (low < high) {
      const middle = (low + high) >> 1;
      const box = nearBox(middle);
      if (box === null || past(box)) high = middle;
      else low = middle + 1;
    }
    return low;
  };
  const start = firstWhere((box) => box.bottom > view.top);
  const end = firstWhere((box) => box.top >= view.bottom);
  return end > start ? { start, end } : null;
}

/** The part of `box` inside the window's height, or `box` itself when it is out of sight. */
export function inWindow(box: DOMRectReadOnly, windowHeight: number): View {
  const top = Math.max(box.top, 0);
  const bottom = Math.min(box.bottom, windowHeight);
  return bottom > top ? { top, bottom } : { top: box.top, bottom: box.bottom };
}
