// The model the apply-path fuzz (fuzz.spec.ts) checks each editor against: what the note's text
// and selection must be after each step. Pure: no browser, no page. See docs/testing.md.

import { createRandom, pick } from '../../bench/prng';

/** A seeded PRNG (mulberry32, shared with the benchmarks): the same seed gives the same steps. */
export const random = createRandom;
export { pick };

export function between(rng: () => number, low: number, high: number): number {
  return low + Math.floor(rng() * (high - low + 1));
}

/** [from, to) of the text before it replaced by `insert`. */
export interface Edit {
  from: number;
  to: number;
  insert: string;
}

export function applyEdit(text: string, edit: Edit): string {
  return text.slice(0, edit.from) + edit.insert + text.slice(edit.to);
}

/** The single changed region between two texts (common prefix and suffix): an Edit. */
export function diffEdit(before: string, after: string): Edit {
  let from = 0;
  const shorter = Math.min(before.length, after.length);
  while (from < shorter && before[from] === after[from]) from += 1;
  let to = before.length;
  let end = after.length;
  while (to > from && end > from && before[to - 1] === after[end - 1]) {
    to -= 1;
    end -= 1;
  }
  return { from, to, insert: after.slice(from, end) };
}

/** What the text went through: texts[k + 1] = applyEdit(texts[k], edits[k]). */
export interface History {
  texts: string[];
  /** null: not a known edit (an undo); only its result is known. */
  edits: (Edit | null)[];
}

export interface Tracked {
  start: number;
  end: number;
  /** An edit went into the span's words: the span is gone. */
  touched: boolean;
  /** An edit ended or began right at its edge, or an undo's extent is a guess. */
  unsure: boolean;
}

/**
 * Where [start, end) of history.texts[from] is in the last text. An edit strictly inside or
 * across the span touches it; one that only meets its edge leaves it in place but unsure
 * (letters glued onto a word change the word; a space does not).
 */
export function trackSpan(history: History, from: number, start: number, end: number): Tracked {
  const span: Tracked = { start, end, touched: false, unsure: false };
  for (let k = from; k < history.edits.length; k += 1) {
    const known = history.edits[k];
    const edit = known ?? diffEdit(history.texts[k]!, history.texts[k + 1]!);
    if (!known && edit.to !== edit.from) span.unsure = true;
    if (edit.to === edit.from && edit.insert === '') continue;
    const delta = edit.insert.length - (edit.to - edit.from);
    if (span.start === span.end) {
      // A place to insert at (a missing field): it moves with edits before it.
      if (edit.to <= span.start && edit.from < span.start) {
        span.start += delta;
        span.end += delta;
      } else if (edit.from < span.start) {
        span.unsure = true;
        span.start = span.end = edit.from + edit.insert.length;
      } else if (edit.from === span.start) span.unsure = true;
      continue;
    }
    if (edit.to < span.start) {
      span.start += delta;
      span.end += delta;
    } else if (edit.from > span.end) {
      // after: stays
    } else if (edit.to === span.start) {
      span.unsure = true;
      span.start += delta;
      span.end += delta;
    } else if (edit.from === span.end) {
      span.unsure = true;
    } else {
      span.touched = true;
      return span;
    }
  }
  return span;
}

/**
 * Whether a missing line's words written at place `at` of `text` stand on a line of their own:
 * words without a line break in front must start a line, without one behind must end one. The
 * reader writes nothing otherwise (the note changed since the report placed them).
 */
export function onOwnLine(text: string, at: number, insert: string): boolean {
  const startsLine = insert.startsWith('\n') || at === 0 || text[at - 1] === '\n';
  const endsLine = insert.endsWith('\n') || at === text.length || text[at] === '\n';
  return startsLine && endsLine;
}

/** Where a Use of `replacement` at [start, end) leaves the selection: its first [blank], else after it. */
export function selectionAfterUse(start: number, replacement: string): [number, number] {
  const blank = /\[[^\]\n]+\]/.exec(replacement);
  if (blank) return [start + blank.index, start + blank.index + blank[0].length];
  const end = start + replacement.length;
  return [end, end];
}

/** An editor's text as the model spells it: no-break spaces are spaces, caret fillers nothing. */
const plain = (text: string) => text.replace(/[\u200b\u2060\ufeff]/g, '').replace(/\u00a0/g, ' ');

/** Compares the editor's own model of the note (paragraphs joined by "\n") with the model's. */
export function sameText(actual: string, expected: string): boolean {
  return plain(actual) === plain(expected);
}

/**
 * Compares what the editor shows (innerText) with the model, ignoring how many line breaks
 * stand between paragraphs: browsers render a paragraph's margin as a blank line.
 */
export function sameShown(shown: string, expected: string, spaceRuns = false): boolean {
  const lines = (text: string) => {
    const one = plain(text)
      .replace(/\n+/g, '\n')
      .replace(/^\n|\n$/g, '');
    return spaceRuns ? one.replace(/ +/g, ' ') : one;
  };
  return lines(shown) === lines(expected);
}
