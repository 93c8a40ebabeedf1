// Notes dictated to speech-to-text often keep the punctuation as words: "date march nineteen
// period new line start ten o'clock end ten forty five period". Read aloud, "period", "comma",
// "colon" and "new line" are the marks themselves. The marks replace the words with the text's
// length kept (spaces fill the rest), so every offset still points at the note the worker sees.

/** A spoken mark: the word, and what it stands for. */
const MARKS: readonly [RegExp, string][] = [
  [/[ \t]+(?:new|next)[ \t]+(?:line|paragraph)\b[ \t]*/gi, '\n'],
  [/[ \t]+(?:period|full[ \t]stop)\b/gi, '.'],
  [/[ \t]+comma\b/gi, ','],
  [/[ \t]+semicolon\b/gi, ';'],
  [/[ \t]+colon\b/gi, ':'],
  [/[ \t]+question[ \t]mark\b/gi, '?'],
];

/** Words that show the note was dictated with its punctuation spoken. */
const SPOKEN = /\b(?:period|comma|colon|new[ \t]+line|new[ \t]+paragraph)\b/gi;
/** "over a period of six weeks", "a comma-separated list": no sign of dictation alone. */
const MIN_SPOKEN = 3;
const MIN_KINDS = 2;

/** True when the note reads as dictated with its punctuation spoken as words. */
export function hasSpokenPunctuation(text: string): boolean {
  const kinds = new Set<string>();
  let count = 0;
  for (const match of text.matchAll(SPOKEN)) {
    count += 1;
    kinds.add(match[0].toLowerCase().replace(/\s+/gu, ' '));
  }
  return count >= MIN_SPOKEN && kinds.size >= MIN_KINDS;
}

/**
 * `text` with spoken punctuation written as marks, the same length: "home period new line"
 * becomes "home." and a line break, padded with spaces. Text not dictated comes back as is.
 */
export function writeSpokenPunctuation(text: string): string {
  if (!hasSpokenPunctuation(text)) return text;
  let out = text;
  for (const [pattern, mark] of MARKS) {
    out = out.replace(pattern, (words) =>
      // A line break goes last, so the new line starts at the next word; a stop goes first,
      // right after the word it ends.
      mark === '\n' ? ' '.repeat(words.length - 1) + mark : mark + ' '.repeat(words.length - 1),
    );
  }
  return out;
}
