// Which words compromise's terms of a sentence can read as, worked out from the text alone, so
// a check can rule a sentence out before paying for a parse. The set errs on the side of more:
// a word missing from it is the `normal` (less "'s" and punctuation) of no term of the text.
import nlp from 'compromise/two';

interface Model {
  one: {
    unicode: Record<string, string>;
    contractions: { word?: string; out: string[] }[];
  };
}

const MODEL = (nlp.world() as { model: Model }).model.one;

/** Words compromise spells out whole ("gonna", "cannot", "dont"). */
const CONTRACTED = new Set(MODEL.contractions.flatMap((entry) => entry.word ?? []));

/**
 * Every word compromise writes in place of a contraction or a range: its lists ("gonna" →
 * "going to"), "n't" → "not" ("ain't" → "is not"), "'s", "'d", "'re", "'ll", "'ve", "'m",
 * French elisions, and "to" for "3-4".
 */
const WRITTEN = new Set([
  ...MODEL.contractions.flatMap((entry) => entry.out.map((word) => word.toLowerCase())),
  ...['not', 'is', 'are', 'am', 'was', 'has', 'have', 'had', 'did', 'would', 'will', 'us'],
  ...['there', 'to', 'le', 'la', 'de', 'du', 'des', 'je', 'ce', 'me', 'ne', 'que', 'se', 'tu'],
]);

const APOSTROPHE = /['’`]/;
/** compromise's number ranges, "44-2" and "9:00-10:30am" (its own test is looser: any digit, dash, digit). */
const NUMBER_DASH = /[0-9][^-–—]*[-–—].*?[0-9]/;

/**
 * A superset of the plain words of the terms compromise makes of `text`: its runs of letters
 * and digits, their letter and digit parts ("3pm"), acronyms and numbers without their stops
 * and commas ("U.S." → "us", "1,000" → "1000"), what is left of a word before "n't" ("didn't"
 * → "did"), and, where the text holds a contraction or a number range, every word compromise
 * may write for one.
 */
export function termWords(text: string): Set<string> {
  const lower = transliterate(text.toLowerCase());
  const words = new Set<string>();
  addRuns(lower, words);
  if (/\p{L}\.\p{L}|\p{N},\p{N}/u.test(lower))
    addRuns(
      lower.replace(/(?<=\p{L})\.(?=\p{L})/gu, '').replace(/(?<=\p{N}),(?=\p{N})/gu, ''),
      words,
    );
  const apostrophe = APOSTROPHE.test(lower);
  if (apostrophe) addRuns(lower.replace(/n['’`]t\b/gu, ' '), words);
  let written = apostrophe || NUMBER_DASH.test(lower) || lower.includes('@');
  if (!written) for (const word of words) if (CONTRACTED.has(word)) written = true;
  if (written) for (const word of WRITTEN) words.add(word);
  return words;
}

/** Each run of letters and digits, and its letter and digit parts ("3pm": "3", "pm"). */
function addRuns(text: string, words: Set<string>): void {
  for (const [run] of text.matchAll(/[\p{L}\p{N}]+/gu)) {
    words.add(run);
    if (/\p{N}/u.test(run) && /[^\p{N}]/u.test(run))
      for (const [piece] of run.matchAll(/\p{N}+|[^\p{N}]+/gu)) words.add(piece);
  }
}

/** compromise's own letter mapping ("é" → "e"), done before words are split off. */
function transliterate(text: string): string {
  // eslint-disable-next-line no-control-regex
  if (/^[\u0000-\u007f]*$/.test(text)) return text;
  let out = '';
  for (const ch of text.split('')) out += MODEL.unicode[ch] ?? ch;
  return out;
}
