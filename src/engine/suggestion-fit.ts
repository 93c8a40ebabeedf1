// Makes every "Use" safe before a finding leaves the engine. A suggestion keeps its
// replacement only when applying it gives a well-formed note: a missing element goes on its
// own line where it belongs (never glued to a word), a verb phrase replaces a verb phrase
// that has its own subject and no object left dangling, a noun phrase replaces a noun phrase.
// Anything else (a whole sentence, an instruction, a clause for an adjective) becomes advice:
// shown as text, with no Use button.
import { parseTokens, tokenAt, type Token } from './grammar';
import { splitSentences, type Sentence } from './sentences';
import type { FieldId, FieldPresence, Finding, Suggestion } from './types';

type Fields = Partial<Record<FieldId, FieldPresence>>;

/** The element whose line a missing one follows: End after Start, Start after the date. */
const FOLLOWS: Partial<Record<FieldId, FieldId>> = {
  'start-time': 'date',
  'end-time': 'start-time',
};

const AUXILIARY = new Set(['Copula', 'Auxiliary', 'Modal']);
const OBJECT_TAGS = ['Noun', 'Pronoun', 'Determiner', 'Adjective', 'Value'];
const CACHE_SIZE = 500;
type Shape = 'verb-phrase' | 'noun-phrase' | 'other';
const shapes = new Map<string, Shape>();

/** The findings with each suggestion made safe to apply to `text`, or turned into advice. */
export function fitSuggestions(
  text: string,
  findings: readonly Finding[],
  fields: Fields,
): Finding[] {
  let sentences: Sentence[] | null = null;
  const sentenceAt = (offset: number) => {
    sentences ??= splitSentences(text);
    return sentences.find((s) => s.start <= offset && offset < s.end) ?? null;
  };
  return findings.map((finding) => {
    if (finding.suggestions.every((suggestion) => suggestion.replacement === undefined))
      return finding;
    if (finding.kind === 'missing-field') return missingElementLine(text, finding, fields);
    // Fitted with the sentence's own words when it was checked (and cached with it).
    if (SENTENCE_KINDS.has(finding.kind)) return finding;
    const sentence = finding.end > finding.start ? sentenceAt(finding.start) : null;
    if (sentence === null || finding.end > sentence.end)
      return { ...finding, suggestions: finding.suggestions.map(advice) };
    const [fitted] = fitSentenceFindings(sentence.text, () => parseTokens(sentence.text), [
      { ...finding, start: finding.start - sentence.start, end: finding.end - sentence.start },
    ]);
    return { ...finding, suggestions: (fitted as Finding).suggestions };
  });
}

/** The kinds whose findings come from one sentence's check and are fitted there. */
const SENTENCE_KINDS: ReadonlySet<string> = new Set(['ambiguous-term', 'subjective-language']);

/** Fits the suggestions of findings with offsets into `sentence`, given its parsed words. */
export function fitSentenceFindings(
  sentence: string,
  tokens: () => readonly Token[],
  findings: readonly Finding[],
): Finding[] {
  return findings.map((finding) => {
    const suggestions = finding.suggestions.map((suggestion) => {
      if (suggestion.replacement === undefined) return suggestion;
      const fitted = fitReplacement(sentence, tokens, finding, suggestion.replacement);
      return fitted === null ? advice(suggestion) : { ...suggestion, replacement: fitted };
    });
    return { ...finding, suggestions };
  });
}

/** The note as it reads after the suggestion is used (what the editor is asked to do). */
export function applySuggestion(text: string, finding: Finding, suggestion: Suggestion): string {
  if (suggestion.replacement === undefined) return text;
  return text.slice(0, finding.start) + suggestion.replacement + text.slice(finding.end);
}

function advice(suggestion: Suggestion): Suggestion {
  const text = suggestion.replacement;
  if (text === undefined) return suggestion;
  // "Document this..." reads as the second half of "Record it apart...: document this..."
  const lowered = /^\p{Lu}\p{Ll}/u.test(text) ? text[0]!.toLowerCase() + text.slice(1) : text;
  // "Your agency's wording: led the group..." already says it.
  if (suggestion.label.toLowerCase().includes(lowered.toLowerCase()))
    return { label: suggestion.label };
  return { label: `${suggestion.label}: ${lowered}` };
}

/** A missing element goes on a line of its own: after its related line, or at the end. */
function missingElementLine(text: string, finding: Finding, fields: Fields): Finding {
  const place = insertionPlace(text, finding.code as FieldId, fields);
  const suggestions = finding.suggestions.map((suggestion) => {
    const line = suggestion.replacement;
    if (line === undefined) return suggestion;
    const firstLine = line.split('\n')[0] ?? line;
    // Its blank line is already there: a second click must not add another.
    if (text.includes(firstLine))
      return { label: `${suggestion.label}: fill in the “${firstLine}” line in the note` };
    const atLineStart = place.at === 0 || text[place.at - 1] === '\n';
    const replacement = place.above ? `${line}\n` : atLineStart ? line : `\n${line}`;
    return { ...suggestion, replacement };
  });
  return { ...finding, start: place.at, end: place.at, suggestions };
}

/** Where a missing element's line goes; `above`: in front of the sign-off's line. */
function insertionPlace(
  text: string,
  field: FieldId,
  fields: Fields,
): { at: number; above: boolean } {
  const related = FOLLOWS[field];
  const after = related ? fields[related] : undefined;
  if (after?.where === 'note' && after.start !== undefined) {
    const lineEnd = text.indexOf('\n', after.start);
    return { at: lineEnd === -1 ? text.length : lineEnd, above: false };
  }
  const signed = fields.signature;
  if (field !== 'signature' && signed?.where === 'note' && signed.start !== undefined) {
    const lineStart = text.lastIndexOf('\n', signed.start - 1) + 1;
    // A sign-off on the note's only line leaves nowhere above it: the end will do.
    if (lineStart > 0) return { at: lineStart, above: true };
  }
  return { at: text.length, above: false };
}

/** The replacement as it should be written at the finding's place, or null when unsafe. */
function fitReplacement(
  sentence: string,
  tokens: () => readonly Token[],
  finding: Finding,
  replacement: string,
): string | null {
  const { start, end } = finding;
  if (end <= start) return null;
  // A whole sentence or an instruction ("Document this activity...") is never pasted into one,
  // and a blank in the verb's place ("[taught ... / referred ...]") leaves the grammar to chance.
  if (/^\p{Lu}/u.test(replacement) && /[.)]$/.test(replacement)) return null;
  if (replacement.startsWith('[')) return null;
  // What follows the flagged words would attach to a second clause ("...; client [result]
  // for the week") or to a verb phrase's last blank ("...by [method] with housing").
  const followed = !/^[\s.!?)"”]*$/.test(sentence.slice(end));
  // "... and drove him to the store": a new clause or a pause follows; nothing attaches to the
  // replacement's last blank.
  const newClause = /^\s*(?:[,;:!?)]|(?:and|then|but|so|while|before|after|because|until)\b)/i.test(
    sentence.slice(end),
  );
  if (followed && /;|, then /.test(replacement)) return null;
  const shape = shapeOf(replacement);
  if (followed && !newClause && shape === 'verb-phrase' && /\]$/.test(replacement)) return null;
  if (!replacementFits(tokens(), start, end, replacement, shape)) return null;
  // At the start of the sentence (after any "D:" label) the replacement starts it.
  const opensSentence = /^[\s•*-]*(?:\p{L}[\p{L}\p{N} /#&().'-]{0,30}:\s*)?$/u.test(
    sentence.slice(0, start),
  );
  return opensSentence ? replacement.replace(/^\p{Ll}/u, (c) => c.toUpperCase()) : replacement;
}

function replacementFits(
  tokens: readonly Token[],
  start: number,
  end: number,
  replacement: string,
  shape: Shape,
): boolean {
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  const head = tokens[first];
  if (head === undefined || head.start !== start) return false;
  const before = tokens[first - 1];
  const after = tokens[last + 1];
  if (shape === 'verb-phrase') {
    // "Client was noncompliant": a clause cannot take an adjective's place after "was".
    if (!head.tags.has('Verb') || head.tags.has('Gerund') || head.tags.has('Infinitive'))
      return false;
    // "was needy and demanding": a verb phrase for "was needy" leaves "and demanding" behind.
    if (hasAny(head, AUXILIARY)) return false;
    if (before && (hasAny(before, AUXILIARY) || before.normal === 'to')) return false;
    // "refused meds": the replacement would leave "meds" with no verb to belong to.
    const closes = /[,;:.!?()]/.test((tokens[last] as Token).post);
    if (after && !closes && OBJECT_TAGS.some((tag) => after.tags.has(tag))) return false;
    return true;
  }
  if (shape === 'noun-phrase') {
    if (head.tags.has('Verb')) return false;
    // "an addict" -> "an person with...": the article would no longer agree.
    if (before && (before.normal === 'a' || before.normal === 'an')) {
      const wanted = startsWithVowelSound(replacement) ? 'an' : 'a';
      if (before.normal !== wanted) return false;
    }
    return true;
  }
  return false;
}

/** What a replacement is, read with its blanks filled by their examples. */
function shapeOf(replacement: string): Shape {
  const known = shapes.get(replacement);
  if (known !== undefined) return known;
  const shape = readShape(replacement);
  shapes.set(replacement, shape);
  if (shapes.size > CACHE_SIZE) shapes.delete(shapes.keys().next().value as string);
  return shape;
}

function readShape(replacement: string): Shape {
  const words = withStandIns(replacement);
  const tokens = parseTokens(`They ${words}`);
  const head = tokens[1];
  if (head === undefined) return 'other';
  // "They urine drug screen...": a noun can read as a verb after a subject; after "saw the"
  // it reads as what it is. A verb phrase's head is a verb in both frames.
  const asNoun = parseTokens(`They saw the ${words}`).slice(3);
  const nounHead = asNoun[0];
  const verbInBoth =
    head.tags.has('Verb') && (nounHead?.tags.has('Verb') === true || head.tags.has('PastTense'));
  if (verbInBoth && !head.tags.has('Gerund')) return 'verb-phrase';
  // The head noun phrase, up to its first preposition: "[a person] with a substance use
  // disorder", "[urine drug screen negative] for [substances tested]".
  const preposition = asNoun.findIndex((token) => token.tags.has('Preposition'));
  const headPhrase = preposition === -1 ? asNoun : asNoun.slice(0, preposition);
  const hasVerb = headPhrase.some((token) => token.tags.has('Verb') && !token.tags.has('Gerund'));
  return nounHead !== undefined &&
    !hasVerb &&
    (nounHead.tags.has('Noun') || nounHead.tags.has('Adjective'))
    ? 'noun-phrase'
    : 'other';
}

/** "[what the client did, e.g. stayed in bed]" reads as "stayed in bed"; "[a / b]" as "a". */
export function withStandIns(text: string): string {
  return text.replace(/\[([^\]\n]*)\]/g, (_, inside: string) => {
    const example = /\be\.g\.,?\s*(.+)$/.exec(inside)?.[1];
    const choice = (example ?? inside.split(' / ')[0] ?? inside)
      .replace(/\s*\.\.\.\s*/g, ' ')
      .trim();
    if (/^#|^\d/.test(choice)) return '2';
    return choice === '' ? 'it' : choice;
  });
}

function hasAny(token: Token, tags: ReadonlySet<string>): boolean {
  for (const tag of token.tags) if (tags.has(tag)) return true;
  return false;
}

function startsWithVowelSound(text: string): boolean {
  const word = withStandIns(text).trim().toLowerCase();
  // "urine", "use", "unit" start with a "y" sound; "hour" with a vowel.
  if (/^u(?:r[aeiou]|s[aeiou]|ni)/.test(word)) return false;
  return /^(?:[aeio]|u|hour|honest)/.test(word);
}
