// Reading what follows a verb: the person acted on, the topic, and whether the sentence
// goes on to say how ("by reading each question aloud", "to complete the SNAP form").
import type { Token } from './grammar';

const DETERMINERS = new Set([
  'the',
  'a',
  'an',
  'this',
  'that',
  'these',
  'those',
  'his',
  'her',
  'their',
  'my',
  'our',
  'your',
  'its',
  'some',
  'any',
  'all',
  'each',
]);
const TOPIC_PREPOSITIONS = new Set([
  'with',
  'on',
  'about',
  'regarding',
  're',
  'for',
  'to',
  'concerning',
]);
const ABOUT = new Set(['about', 'abt', 'regarding', 're', 'concerning']);
const METHOD_PREPOSITIONS = new Set(['by', 'through', 'via']);
/** Verbs that say no more than the vague term itself. */
const EMPTY_VERBS = new Set([
  'be',
  'is',
  'was',
  'were',
  'are',
  'been',
  'being',
  'have',
  'has',
  'had',
  'do',
  'does',
  'did',
  'get',
  'got',
  'go',
  'went',
  'gone',
  'come',
  'came',
  'feel',
  'felt',
  'seem',
  'seemed',
  'appear',
  'appeared',
  'deal',
  'dealt',
  'cope',
  'coped',
  'address',
  'addressed',
  'handle',
  'handled',
  'manage',
  'managed',
  'continue',
  'continued',
  'stay',
  'stayed',
  'keep',
  'kept',
  'try',
  'tried',
  'work',
  'worked',
  'focus',
  'focused',
  'help',
  'helped',
  'assist',
  'assisted',
  'support',
  'supported',
  'talk',
  'talked',
  'chat',
  'chatted',
  'visit',
  'visited',
  'spend',
  'spent',
  'meet',
  'met',
  'check',
  'checked',
  'discuss',
  'discussed',
  'need',
  'needed',
  'want',
  'wanted',
  'say',
  'said',
  'tell',
  'told',
  'process',
  'processed',
  'leave',
  'left',
  'return',
  'returned',
  'improve',
  'improved',
  'follow',
  'followed',
  'encourage',
  'encouraged',
  'monitor',
  'monitored',
  'make',
  'made',
  'take',
  'took',
  'let',
  'become',
  'became',
  'remain',
  'remained',
  'report',
  'reported',
  'state',
  'stated',
  'ask',
  'asked',
  'agree',
  'agreed',
  'arrive',
  'arrived',
  'wait',
  'waited',
  'sit',
  'sat',
  'walk',
  'walked',
  'accompany',
  'accompanied',
  'advocate',
  'advocated',
]);

export interface Span {
  from: number;
  /** Index of the last token. */
  to: number;
}

export function isPersonAt(text: string, token: Token, person: RegExp): boolean {
  return personLengthAt(text, token.start, person) !== null;
}

/** Length of the person words starting exactly at `at` (the regex is sticky). */
function personLengthAt(text: string, at: number, person: RegExp): number | null {
  person.lastIndex = at;
  const match = person.exec(text);
  return match === null ? null : match[0].length;
}

export function personAfter(
  text: string,
  tokens: readonly Token[],
  at: number,
  person: RegExp,
): Span | null {
  const first = tokens[at];
  if (first === undefined) return null;
  const length = personLengthAt(text, first.start, person);
  if (length !== null) {
    const end = first.start + length;
    let to = at;
    while (to + 1 < tokens.length && (tokens[to + 1] as Token).end <= end) to += 1;
    return { from: at, to };
  }
  if (first.tags.has('Pronoun') && !first.tags.has('Possessive') && first.normal !== 'it')
    return { from: at, to: at };
  if (
    first.tags.has('Person') ||
    (first.tags.has('ProperNoun') && !first.tags.has('Organization'))
  ) {
    let to = at;
    while (to + 1 < tokens.length && (tokens[to + 1] as Token).tags.has('ProperNoun')) to += 1;
    return { from: at, to };
  }
  return null;
}

/** A noun phrase starting at `at` ("the SNAP form", "her financial needs"). */
export function nounPhraseAt(tokens: readonly Token[], at: number): Span | null {
  let to = at - 1;
  for (let k = at; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    const nounish =
      DETERMINERS.has(token.normal) ||
      token.tags.has('Noun') ||
      token.tags.has('Adjective') ||
      token.tags.has('Value') ||
      token.tags.has('Possessive') ||
      (token.tags.has('Gerund') && k > at);
    const subjectPronoun = token.tags.has('Pronoun') && !token.tags.has('Possessive');
    if (
      !nounish ||
      subjectPronoun ||
      token.tags.has('Preposition') ||
      token.tags.has('Conjunction')
    )
      break;
    to = k;
    if (/[,;:.!?()]/.test(token.post)) break;
  }
  return to >= at ? { from: at, to } : null;
}

/** True when every word of the phrase is a determiner, a person, or a generic topic. */
export function isGeneric(
  text: string,
  tokens: readonly Token[],
  span: Span,
  generic: ReadonlySet<string>,
  person: RegExp,
): boolean {
  for (let k = span.from; k <= span.to; k += 1) {
    const token = tokens[k] as Token;
    const word = token.normal.replace(/['’]s$/, '');
    if (DETERMINERS.has(word) || generic.has(word) || generic.has(word.replace(/s$/, ''))) continue;
    if (isPersonAt(text, token, person)) continue;
    if (token.tags.has('Pronoun')) continue;
    return false;
  }
  return true;
}

/** The topic right after a preposition ("with errands", "to his appointment"), within the clause. */
export function topicAfter(tokens: readonly Token[], from: number, to: number): Span | null {
  const token = tokens[from];
  if (token === undefined || from >= to) return null;
  if (!TOPIC_PREPOSITIONS.has(token.normal) && token.normal !== 'w') return null;
  const next = tokens[from + 1];
  if (next === undefined || (token.normal === 'to' && isVerbAfterTo(next))) return null;
  return nounPhraseAt(tokens, from + 1);
}

/**
 * Whether the words after the vague term say what was actually done: a method ("by reading"),
 * a purpose ("to complete the SNAP form"), an action ("in scheduling"), a specific topic after
 * "about", or (unless `laterVerbCounts` is false) another concrete verb.
 */
const NOT_A_METHOD = new Set(['to', 'and', 'then', 'but', 'or', 'also']);
const NOUN_SLOT_TAGS = ['Determiner', 'Adjective', 'Possessive'];
const OBJECT_PRONOUNS = new Set(['her', 'him', 'them', 'me', 'us']);

export function saysHow(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  generic: ReadonlySet<string>,
  person: RegExp,
  laterVerbCounts = true,
): boolean {
  for (let k = from; k < to; k += 1) {
    const token = tokens[k] as Token;
    const next = tokens[k + 1];
    if (next === undefined) break;
    // "by role-playing" reaches compromise as "role" + "playing".
    const gerundNext = isGerund(next) || (next.tags.has('Hyphenated') && isGerund(tokens[k + 2]));
    if (METHOD_PREPOSITIONS.has(token.normal) && gerundNext) return true;
    if (token.normal === 'in' && isGerund(next) && !EMPTY_VERBS.has(next.normal)) return true;
    if (token.normal === 'to' && isVerbAfterTo(next) && !EMPTY_VERBS.has(next.normal)) return true;
    // "regarding visitation" names a topic: enough for a talk, not for what the worker did.
    if (!laterVerbCounts && ABOUT.has(token.normal)) {
      const topic = nounPhraseAt(tokens, k + 1);
      if (topic && !isGeneric(text, tokens, topic, generic, person)) return true;
    }
    // A verb after "and" starts a second action ("assisted him with tasks and provided
    // support"); it does not say how the first was done.
    // After "various" or "his", a word tagged as a verb is a noun ("various tasks").
    const before = tokens[k - 1];
    const coordinated = before !== undefined && NOT_A_METHOD.has(before.normal);
    // "helped her write three questions": "her" right after the term is its object, not a
    // possessive before a noun.
    const objectFirst = k - 1 === from && OBJECT_PRONOUNS.has(before?.normal ?? '');
    const nounSlot =
      before !== undefined && !objectFirst && NOUN_SLOT_TAGS.some((tag) => before.tags.has(tag));
    if (laterVerbCounts && k > from && isConcreteVerb(token) && !coordinated && !nounSlot)
      return true;
    // "asked Ron whether the schedule could change", "asked the landlord to fix the lock": a
    // request that names what was asked for.
    if (ASK.has(token.normal) && k > from && askedFor(tokens, k + 1)) return true;
    // "Helped carry the bags up": "help" takes a bare verb that says what was done.
    if (k === from && HELP.has(tokens[from - 1]?.normal ?? '') && isBareVerb(token)) return true;
  }
  return false;
}

/** A specific object right after the term ("discussed the NBA as a career"). */
export function namesTopic(
  text: string,
  tokens: readonly Token[],
  at: number,
  generic: ReadonlySet<string>,
  person: RegExp,
): boolean {
  let k = at;
  const first = tokens[k];
  if (first && first.normal === 'with') {
    const who = personAfter(text, tokens, k + 1, person);
    if (who === null) return false;
    k = who.to + 1;
  }
  const phrase = nounPhraseAt(tokens, k);
  return phrase !== null && !isGeneric(text, tokens, phrase, generic, person);
}

function isGerund(token: Token | undefined): boolean {
  if (token === undefined) return false;
  return token.tags.has('Gerund') || /ing$/.test(token.normal);
}

function isVerbAfterTo(token: Token): boolean {
  // "to housing court": an -ing word after "to" is a noun, not the verb of a purpose.
  return (
    (token.tags.has('Verb') || token.tags.has('Infinitive')) &&
    !token.tags.has('Determiner') &&
    !token.tags.has('Gerund')
  );
}

const HELP = new Set(['help', 'helps', 'helped', 'helping']);
const ASK = new Set(['ask', 'asks', 'asked', 'asking', 'request', 'requested', 'requesting']);

/** After "asked": someone (one to three words), then whether, if, for or to with a verb. */
function askedFor(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < Math.min(tokens.length - 1, from + 4); k += 1) {
    const word = (tokens[k] as Token).normal;
    if (word === 'whether' || word === 'if') return true;
    if (word === 'to' && isConcreteVerb(tokens[k + 1] as Token)) return true;
    if (word === 'for' && k > from) return true;
  }
  return false;
}

function isBareVerb(token: Token): boolean {
  return token.tags.has('Infinitive') && isConcreteVerb(token);
}

function isConcreteVerb(token: Token): boolean {
  return (
    token.tags.has('Verb') &&
    !token.tags.has('Auxiliary') &&
    !token.tags.has('Copula') &&
    !token.tags.has('Modal') &&
    !token.tags.has('Gerund') &&
    !token.tags.has('Participle') &&
    !token.tags.has('Particle') &&
    !EMPTY_VERBS.has(token.normal)
  );
}
