// A pattern tried at every position of a 12 KB note costs a re-check more than all the rest of
// the note-level reading (issue 10). When every match of the pattern holds a word that a plain
// search finds fast ("sig" in a signature on file, a role in "CSW Jess R."), the pattern need
// only be tried around those words: the same matches, found in the few places they can be.

const WORD_CHAR = /[\p{L}\p{N}_]/u;

/**
 * Every match of `pattern` (global) in `text`, tried only within `reach` characters of a match
 * of `anchor` (global, case as the caller wants). Each match of `pattern` must hold a match of
 * `anchor` and reach no further than `reach` from it on either side; windows are widened to a
 * word's edge, so word boundaries and look-arounds read as they do on the whole text.
 */
export function matchAllNear(
  text: string,
  pattern: RegExp,
  anchor: RegExp,
  reach: number,
): RegExpExecArray[] {
  const windows: [number, number][] = [];
  anchor.lastIndex = 0;
  for (let hit = anchor.exec(text); hit !== null; hit = anchor.exec(text)) {
    if (hit[0].length === 0) anchor.lastIndex += 1;
    const start = wordEdgeBefore(text, hit.index - reach);
    const end = wordEdgeAfter(text, hit.index + hit[0].length + reach);
    const last = windows[windows.length - 1];
    if (last !== undefined && start <= last[1]) last[1] = Math.max(last[1], end);
    else windows.push([start, end]);
  }
  const found: RegExpExecArray[] = [];
  for (const [start, end] of windows) {
    const slice = text.slice(start, end);
    pattern.lastIndex = 0;
    for (let match = pattern.exec(slice); match !== null; match = pattern.exec(slice)) {
      if (match[0].length === 0) pattern.lastIndex += 1;
      match.index += start;
      found.push(match);
    }
  }
  return found;
}

/** At or before `at`, a position whose previous character is no word character (or 0). */
function wordEdgeBefore(text: string, at: number): number {
  let k = Math.max(0, at);
  while (k > 0 && WORD_CHAR.test(text[k - 1] as string)) k -= 1;
  // One more character, so a look-behind for "not a letter" sees what the whole text has.
  return Math.max(0, k - 1);
}

/** At or after `at`, a position whose next character is no word character (or the end). */
function wordEdgeAfter(text: string, at: number): number {
  let k = Math.min(text.length, at);
  while (k < text.length && WORD_CHAR.test(text[k] as string)) k += 1;
  // One more character, so a look-ahead for "not a letter" sees what the whole text has.
  return Math.min(text.length, k + 1);
}
