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

function splitLine(text: string, from: number, to: number, out: Sentence[]): void {
  let start = from;
  while (start < to && /\s/.test(text[start] as string)) start += 1;
  const mark = LIST_MARK.exec(text.slice(start, to));
  if (mark) start += mark[0].length;
  let i = start;
  while (i < to) {
    const ch = text[i] as string;
    if ((ch === '.' || ch === '!' || ch === '?') && endsSentence(text, start, i, to)) {
      let end = i + 1;
      while (end < to && /[.!?"')\]”’]/.test(text[end] as string)) end += 1;
      push(text, start, end, out);
      start = end;
      while (start < to && /\s/.test(text[start] as string)) start += 1;
      i = start;
    } else {
      i += 1;
    }
  }
  push(text, start, to, out);
}

function endsSentence(text: string, sentenceStart: number, at: number, lineEnd: number): boolean {
  const next = text[at + 1];
  if (next !== undefined && at + 1 < lineEnd && !/[\s"')\]”’]/.test(next)) return false;
  const before = /([\p{L}.]+)$/u.exec(text.slice(sentenceStart, at));
  const word = before?.[1]?.toLowerCase() ?? '';
  if (ABBREVIATIONS.has(word)) return false;
  // A single capital letter before the period is an initial ("J. Smith").
  if (/^\p{Lu}$/u.test(before?.[1] ?? '')) return false;
  return true;
}

function push(text: string, start: number, end: number, out: Sentence[]): void {
  let s = start;
  let e = end;
  while (s < e && /\s/.test(text[s] as string)) s += 1;
  while (e > s && /\s/.test(text[e - 1] as string)) e -= 1;
  if (e > s) out.push({ text: text.slice(s, e), start: s, end: e });
}
