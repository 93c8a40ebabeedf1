// The lexical prefilter: one regex per pack over one required word of every phrase. A phrase
// can only match where its key word occurs, so a sentence without any key word is skipped
// without running a single rule (plain word alternations are far cheaper than the phrases).
import { verbForms } from './verb-forms';

const FILLER = new Set([
  'to',
  'the',
  'a',
  'an',
  'with',
  'of',
  'for',
  'in',
  'at',
  'on',
  'and',
  'by',
  'up',
  'off',
]);

/** Words of which at least one occurs wherever the phrase matches. */
export function keyWords(phrase: string): string[] {
  const tokens = topLevelTokens(phrase);
  let fallback: string[] | null = null;
  for (const token of tokens) {
    const words = wordsOf(token);
    if (words === null) continue;
    if (words.every((word) => FILLER.has(word))) {
      fallback ??= words;
      continue;
    }
    return words;
  }
  return fallback ?? [];
}

/** Splits on spaces outside () <> {}; "~" and slots are their own tokens. */
function topLevelTokens(phrase: string): string[] {
  const tokens: string[] = [];
  let depth = 0;
  let current = '';
  for (const ch of phrase) {
    if (ch === '(' || ch === '<' || ch === '{') depth += 1;
    if (ch === ')' || ch === '>' || ch === '}') depth -= 1;
    if (/\s/.test(ch) && depth === 0) {
      if (current) tokens.push(current);
      current = '';
    } else current += ch;
  }
  if (current) tokens.push(current);
  return tokens;
}

/** The first words a token can start with, or null when it may be empty or is a slot/gap. */
function wordsOf(token: string): string[] | null {
  if (token === '~' || token.startsWith('{')) return null;
  if (token.startsWith('<') && token.endsWith('>')) {
    const inner = token.slice(1, -1);
    return (inner.includes('|') ? inner.split('|') : verbForms(inner)).map(firstWord);
  }
  if (token.startsWith('(')) {
    const close = token.indexOf(')');
    const options = token.slice(1, close).split('|');
    const rest = token.slice(close + 1);
    const optional = options.some((option) => option.trim() === '');
    // "(the |)chart": an optional group says nothing, the word after it is required.
    if (optional) return rest === '' ? null : wordsOf(rest);
    if (token.slice(1, close).includes('(') || options.some((option) => /[<{~]/.test(option)))
      return null;
    return options.map(firstWord);
  }
  if (/[()<>{}|~]/.test(token)) return null;
  return [firstWord(token)];
}

function firstWord(text: string): string {
  return (text.trim().split(/\s+/)[0] ?? '').toLowerCase();
}
