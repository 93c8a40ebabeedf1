// Turns the phrase language of rule packs into regular expressions:
//   <drive>      every form of the verb          <drive|drove>  these forms
//   {person}     a client-side person word        {worker}      the writer
//   (a|b)        a choice                         ~             up to three words between
// Matching ignores case; "-" also matches a space or nothing, "'" also matches "’".
import { verbForms } from './verb-forms';

export interface PhraseVocabulary {
  person: readonly string[];
  worker: readonly string[];
}

const WORD_CHAR = String.raw`[\p{L}\p{N}]`;
const GAP = String.raw`(?:[^\s.;!?]+\s+){0,3}`;
const PLAIN_WORD = /^[\p{L}\p{N}]+$/u;

export function phraseSource(phrase: string, vocab: PhraseVocabulary): string {
  let out = '';
  let i = 0;
  while (i < phrase.length) {
    const ch = phrase[i] as string;
    if (ch === '<') {
      const close = phrase.indexOf('>', i);
      const inner = phrase.slice(i + 1, close);
      const forms = inner.includes('|') ? inner.split('|') : verbForms(inner);
      out += alternation(forms.map(literal));
      i = close + 1;
    } else if (ch === '{') {
      const close = phrase.indexOf('}', i);
      const slot = phrase.slice(i + 1, close);
      out += slotSource(slot, vocab);
      i = close + 1;
    } else if (ch === '~') {
      out += GAP;
      i += 1;
      while (i < phrase.length && /\s/.test(phrase[i] as string)) i += 1;
    } else if (ch === '(') {
      out += '(?:';
      i += 1;
    } else if (ch === ')' || ch === '|') {
      out += ch;
      i += 1;
    } else if (/\s/.test(ch)) {
      out += String.raw`\s+`;
      while (i < phrase.length && /\s/.test(phrase[i] as string)) i += 1;
    } else {
      let end = i;
      while (end < phrase.length && !/[<{~()|\s]/.test(phrase[end] as string)) end += 1;
      out += literal(phrase.slice(i, end));
      i = end;
    }
  }
  return out;
}

/** One regex that finds any of the phrases as whole words. */
export function phrasesRegExp(
  phrases: readonly string[],
  vocab: PhraseVocabulary,
  flags = 'giu',
): RegExp {
  return new RegExp(bounded(alternation(phrases.map((p) => phraseSource(p, vocab)))), flags);
}

export function bounded(source: string): string {
  return `(?<!${WORD_CHAR})(?:${source})(?!${WORD_CHAR})`;
}

function slotSource(slot: string, vocab: PhraseVocabulary): string {
  const words = slot === 'person' ? vocab.person : slot === 'worker' ? vocab.worker : null;
  if (words === null) throw new Error(`unknown slot {${slot}}`);
  const determiner =
    slot === 'person' ? String.raw`(?:(?:the|this|that|his|her|their|my|our|your)\s+)?` : '';
  return determiner + alternation(words.map(literal));
}

function alternation(parts: readonly string[]): string {
  const sorted = [...new Set(parts)].sort((a, b) => b.length - a.length);
  return `(?:${sorted.join('|')})`;
}

/** One word as the phrases spell it: hyphens and apostrophes loose. */
export function wordSource(word: string): string {
  return literal(word);
}

/**
 * Words joined by `\s+`, each hyphen a loose `[-\s]?`. A run of hyphens counts as one and a
 * word's edge hyphens are dropped, so no two optional parts ever touch each other or a `\s+`:
 * however many spaces or hyphens a note holds, a match attempt cannot backtrack over them.
 */
function literal(text: string): string {
  // Most words and verb forms are letters only, which the steps below leave as they are.
  if (PLAIN_WORD.test(text)) return text;
  return text
    .trim()
    .split(/\s+/)
    .map((word) => word.replace(/-{2,}/g, '-').replace(/^-|-$/g, ''))
    .filter((word) => word !== '')
    .map((word) =>
      word
        .replace(/[.*+?^${}()|[\]\\]/g, '\\$&')
        .replace(/['’]/g, "['’]")
        .replace(/-/g, String.raw`[-\s]?`),
    )
    .join(String.raw`\s+`);
}
