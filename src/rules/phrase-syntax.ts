// Checks a pack phrase before it is compiled, so a typo is a load error and not a crash, and a
// phrase that could make matching backtrack (try the same words in many ways) is refused.
const SLOTS = new Set(['person', 'worker']);

/**
 * The most ways a phrase may match one stretch of words. Each way is tried in turn when the
 * words after it fail, so this bounds the work per position in the note; the bundled packs
 * need at most 16.
 */
export const MAX_MATCH_WAYS = 64;

/** Null when the phrase is well formed, otherwise what is wrong with it. */
export function phraseProblem(phrase: string): string | null {
  const problem = syntaxProblem(phrase);
  if (problem !== null) return problem;
  if (!/[\p{L}\p{N}]/u.test(phrase.replace(/\{\w+\}/g, '')) && !/\{\w+\}/.test(phrase))
    return 'has no letter or digit to match';
  const ways = matchWays(phrase);
  return ways > MAX_MATCH_WAYS
    ? `can match the same words in ${ways > 1e6 ? 'over a million' : ways} ways (at most ${MAX_MATCH_WAYS}): choices in "( | )" must not repeat or start with each other's words`
    : null;
}

function syntaxProblem(phrase: string): string | null {
  let depth = 0;
  for (let i = 0; i < phrase.length; i += 1) {
    const ch = phrase[i];
    if (ch === '<' || ch === '{') {
      const close = phrase.indexOf(ch === '<' ? '>' : '}', i);
      if (close === -1) return `"${ch}" is never closed`;
      const inner = phrase.slice(i + 1, close);
      if (inner.trim() === '') return `"${ch}${ch === '<' ? '>' : '}'}" is empty`;
      if (ch === '{' && !SLOTS.has(inner))
        return `{${inner}} is not a known slot ({person} or {worker})`;
      i = close;
    } else if (ch === '>' || ch === '}') {
      return `"${ch}" closes nothing`;
    } else if (ch === '(') {
      depth += 1;
    } else if (ch === ')') {
      depth -= 1;
      if (depth < 0) return '")" closes nothing';
    }
  }
  return depth === 0 ? null : '"(" is never closed';
}

/** A phrase read as a sequence of parts; a choice holds alternative sequences. */
type Part = { word: string } | { choice: Part[][] } | { gap: true };

/**
 * Upper bound on the ways the phrase can match the same words: a sequence multiplies its
 * parts; a choice adds up its alternatives when two of them can begin with the same word
 * (an empty alternative begins with whatever follows the choice), and otherwise counts as its
 * most ambiguous alternative. "~" (up to three words) counts four.
 */
export function matchWays(phrase: string): number {
  return choiceWays(parseSequence(phrase, { at: 0 }), new Set());
}

function parseSequence(phrase: string, pos: { at: number }): Part[][] {
  const alternatives: Part[][] = [[]];
  let word = '';
  const flush = () => {
    if (word.replace(/-+/g, '') !== '') alternatives[alternatives.length - 1]!.push({ word });
    word = '';
  };
  while (pos.at < phrase.length) {
    const ch = phrase[pos.at] as string;
    if (ch === '(') {
      flush();
      pos.at += 1;
      alternatives[alternatives.length - 1]!.push({ choice: parseSequence(phrase, pos) });
    } else if (ch === ')') {
      flush();
      pos.at += 1;
      return alternatives;
    } else if (ch === '|') {
      flush();
      alternatives.push([]);
      pos.at += 1;
    } else if (ch === '~') {
      flush();
      alternatives[alternatives.length - 1]!.push({ gap: true });
      pos.at += 1;
    } else if (ch === '<' || ch === '{') {
      const close = phrase.indexOf(ch === '<' ? '>' : '}', pos.at);
      word += phrase.slice(pos.at, close + 1);
      pos.at = close + 1;
    } else if (/\s/.test(ch)) {
      flush();
      pos.at += 1;
    } else {
      word += ch.toLowerCase();
      pos.at += 1;
    }
  }
  flush();
  return alternatives;
}

/** Words that can begin what follows; null when that may be any word. */
type Follow = ReadonlySet<string> | null;

/** For the word the note has there, only the alternatives that can begin with it go on. */
function choiceWays(alternatives: Part[][], follow: Follow): number {
  const each = alternatives.map((parts) => sequenceWays(parts, follow));
  const starts = alternatives.map((parts) => firstWords(parts, 0, follow));
  const words = new Set(starts.flatMap((start) => (start === null ? [] : [...start])));
  const waysFor = (word: string | null) =>
    each.reduce((sum, ways, i) => {
      const start = starts[i] as Follow;
      return start === null || (word !== null && start.has(word)) ? sum + ways : sum;
    }, 0);
  return Math.max(waysFor(null), ...[...words].map(waysFor));
}

function sequenceWays(parts: Part[], follow: Follow): number {
  return parts.reduce((ways, part, i) => {
    if ('word' in part) return ways;
    if ('gap' in part) return ways * 4;
    return ways * choiceWays(part.choice, firstWords(parts, i + 1, follow));
  }, 1);
}

/** The words `parts[from..]` can begin with, followed by `follow`. */
function firstWords(parts: Part[], from: number, follow: Follow): Follow {
  const part = parts[from];
  if (part === undefined) return follow;
  if ('gap' in part) return null;
  if ('word' in part) return new Set([part.word]);
  const after = firstWords(parts, from + 1, follow);
  const words = new Set<string>();
  for (const alternative of part.choice) {
    const inner = firstWords(alternative, 0, after);
    if (inner === null) return null;
    for (const word of inner) words.add(word);
  }
  return words;
}
