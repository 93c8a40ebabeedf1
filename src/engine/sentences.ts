// Splits a note into sentences with their offsets. Notes are written fast: lists, headers
// ("Start: 10:00"), lower case, no final period. Every line is its own sentence at least.
export interface Sentence {
  text: string;
  start: number;
  end: number;
}

const LIST_MARK = /^(?:[-*•·▪◦]|\d{1,2}[.)]|[a-z][.)])\s+/i;
// Titles and Latin abbreviations that are followed by more of the same sentence.
const ABBREVIATIONS = new Set([
  'dr',
  'mr',
  'mrs',
  'ms',
  'st',
  'jr',
  'sr',
  'vs',
  'e.g',
  'i.e',
  'approx',
]);

export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  let lineStart = 0;
  while (lineStart <= text.length) {
    const newline = text.indexOf('\n', lineStart);
    const lineEnd = newline === -1 ? text.length : newline;
    splitLine(text, lineStart, lineEnd, sentences);
    if (newline === -1) break;
    lineStart = newline + 1;
  }
  return sentences;
}

const CLOSERS = /[.!?"')\]”’]/;

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  let start = skipSpaces(text, from, to);
  const mark = LIST_MARK.exec(text.slice(start, Math.min(to, start + 8)));
  if (mark) start += mark[0].length;
  // A scan of this line only: searching past its end would make a note of many lines quadratic.
  for (let at = start; at < to; at += 1) {
    // "loc: mbr home | 9:15a-9:50a | did his med box": a flattened form's fields are apart.
    if (
      text.charCodeAt(at) === 124 &&
      isSpace(text.charCodeAt(at - 1)) &&
      isSpace(text.charCodeAt(at + 1))
    ) {
      push(text, start, at, out);
      start = skipSpaces(text, at + 1, to);
      at = start - 1;
      continue;
    }
    // "... Recovery Plan Goal: #2 more time out Intervention: Took Tonya ...": in a form flattened
    // onto one line, each part's heading starts a sentence of its own.
    const heading = flattenedHeadingAt(text, from, at);
    if (heading > 0) {
      if (at > start) push(text, start, at, out);
      start = at;
      at += heading - 1;
      continue;
    }
    if (!isSentenceEnd(text.charCodeAt(at)) || !endsSentence(text, start, at, to)) continue;
    let end = at + 1;
    while (end < to && CLOSERS.test(text[end] as string)) end += 1;
    push(text, start, end, out);
    start = skipSpaces(text, end, to);
    at = start - 1;
  }
  push(text, start, to, out);
}

const PART_HEADING =
  /(?:\p{Lu}[\p{L}-]*[ /]){0,3}?(?:Goals?|Interventions?|Response|Plan|Follow-?up|Description|Narrative|Outcome|Assessment|Progress|Objective)(?:\/[\p{L}-]+)?[ \t]?:/uy;

/**
 * The length of a heading such as "Intervention:" or "Recovery Plan Goal:" at `at`, when a
 * space comes before it and an earlier field on the same line ("Start Time: 6:30 PM") shows the
 * line is a flattened form; 0 otherwise.
 */
function flattenedHeadingAt(text: string, lineStart: number, at: number): number {
  const code = text.charCodeAt(at);
  if (code < 65 || code > 90 || !isSpace(text.charCodeAt(at - 1))) return 0;
  PART_HEADING.lastIndex = at;
  const match = PART_HEADING.exec(text);
  if (match === null) return 0;
  const before = text.slice(lineStart, at);
  return /\p{L}[ \t]?:[ \t]/u.test(before) ? match[0].length : 0;
}

/** ".", "!" or "?". */
function isSentenceEnd(code: number): boolean {
  return code === 46 || code === 33 || code === 63;
}

function skipSpaces(text: string, from: number, to: number): number {
  let i = from;
  while (i < to && isSpace(text.charCodeAt(i))) i += 1;
  return i;
}

function isSpace(code: number): boolean {
  return code === 32 || code === 9 || code === 13 || code === 10 || code === 160;
}

function endsSentence(text: string, sentenceStart: number, at: number, lineEnd: number): boolean {
  const next = text[at + 1];
  if (next !== undefined && at + 1 < lineEnd && !/[\s"')\]”’]/.test(next)) return false;
  // Digits belong to the word: "on the 21st. Then" ends a sentence, "Main St. Apt 4" does not.
  const before = /([\p{L}\p{N}.]+)$/u.exec(text.slice(Math.max(sentenceStart, at - 24), at));
  const word = before?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital letter before the period is an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(before?.[1] ?? '')) return false;
  // Initials with stops ("Assisted R.B. with the SNAP form", "drove A.F. to her appointment"):
  // the sentence goes on when a lower-case word follows.
  if (/^(?:\p{Lu}\.)+\p{Lu}$/u.test(before?.[1] ?? '')) {
    const after = /^\s{1,3}(\S)/u.exec(text.slice(at + 1, at + 5))?.[1] ?? '';
    if (/[\p{Ll}\d]/u.test(after)) return false;
  }
  return true;
}

/**
 * The longest sentence the checks see. A longer run (no full stop for pages, a pasted blob)
 * is cut at spaces into pieces of at most this length, so the work per sentence has a bound
 * and a note's check stays linear in its length whatever it holds.
 */
export const MAX_SENTENCE_LENGTH = 1000;

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = skipSpaces(text, start, end);
  while (end - s > MAX_SENTENCE_LENGTH) {
    let cut = s + MAX_SENTENCE_LENGTH;
    const floor = s + MAX_SENTENCE_LENGTH / 2;
    while (cut > floor && !isSpace(text.charCodeAt(cut))) cut -= 1;
    if (cut === floor) cut = s + MAX_SENTENCE_LENGTH;
    pushTrimmed(text, s, cut, out);
    s = skipSpaces(text, cut, end);
  }
  pushTrimmed(text, s, end, out);
}

function pushTrimmed(text: string, s: number, end: number, out: Sentence[]): void {
  let e = end;
  while (e > s && isSpace(text.charCodeAt(e - 1))) e -= 1;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
