// Activity lexicons: what doing a non-billable activity looks like, as data (rules/*.json,
// "activities"). Each entry is a verb, in every tense and person, with the objects that make
// it that activity ("drove" + a person served, "did" + "CBT thought records", "vacuumed"
// alone). Matching walks compromise's terms of a candidate sentence: a verb form is looked up,
// then its particle and object are looked for a few words on, within the clause.
import type { ResolvedPack } from '../rules/schema';
import { clauseText, type Token } from './grammar';
import { termWords } from './term-words';
import type { NonBillableCategory } from './types';
import { verbForms } from './verb-forms';

type Agent = 'worker' | 'any';

export interface CompiledEntry {
  group: string;
  category: NonBillableCategory;
  agent: Agent | undefined;
  /** Words after the verb that must follow it ("up" in "pick up"). */
  particles: string[];
  objects: string[][];
  client: boolean;
  /** {name}: a person named (a child's name), not a pronoun or a role word. */
  name: boolean;
  after: ReadonlySet<string>;
  requires: string[];
  unless: string[];
  window: number;
}

export interface CompiledActivities {
  /** Every verb form of every entry, lower case, to find candidate sentences. */
  forms: string[];
  byForm: ReadonlyMap<string, readonly CompiledEntry[]>;
}

export interface ActivityHit {
  entry: CompiledEntry;
  /** Index of the verb's token. */
  verb: number;
  /** Index of the last token of the match (object, particle or verb). */
  last: number;
}

const CLIENT = '{client}';
const NAME = '{name}';

export function compileActivities(pack: ResolvedPack): CompiledActivities {
  const byForm = new Map<string, CompiledEntry[]>();
  for (const [group, definition] of Object.entries(pack.activities)) {
    for (const entry of definition.entries) {
      for (const verb of entry.verbs) {
        const [head = '', ...particles] = verb.toLowerCase().split(/\s+/);
        const compiled: CompiledEntry = {
          group,
          category: definition.category,
          agent: entry.agent ?? definition.agent,
          particles,
          objects: entry.objects
            .filter((object) => object !== CLIENT && object !== NAME)
            .map((object) => words(object)),
          client: entry.objects.includes(CLIENT),
          name: entry.objects.includes(NAME),
          after: new Set(entry.after.map((word) => word.toLowerCase())),
          requires: entry.requires.map(phraseOf),
          unless: entry.unless.map(phraseOf),
          window: entry.window,
        };
        for (const form of verbForms(head)) {
          const list = byForm.get(form) ?? [];
          list.push(compiled);
          byForm.set(form, list);
        }
      }
    }
  }
  return { forms: [...byForm.keys()], byForm };
}

function words(phrase: string): string[] {
  return phrase
    .toLowerCase()
    .split(/[\s-]+/)
    .filter((word) => word !== '');
}

/** A phrase as it is searched for in a sentence flattened to " word word ". */
function phraseOf(phrase: string): string {
  return ` ${words(phrase).join(' ')} `;
}

/** "Client's", "UA," and "re-check" compared as the plain words "client", "ua", "re check". */
export function plain(token: Token): string {
  const word = token.normal
    .replace(/['’]s$/, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
  // "worked thru his guilt": the spelling busy notes use for "through".
  return word === 'thru' ? 'through' : word;
}

export interface ClientTest {
  (index: number): boolean;
}

/**
 * Every place in the sentence where an entry matches: its verb, then (in any order within
 * `window` words, before the clause ends) its particles and one of its objects.
 */
export function findActivities(
  sentence: string,
  tokens: readonly Token[],
  activities: CompiledActivities,
  groups: ReadonlySet<string>,
  isClient: ClientTest,
): ActivityHit[] {
  const hits: ActivityHit[] = [];
  let flat: string | null = null;
  const flattened = () => (flat ??= flatten(sentence));
  tokens.forEach((token, index) => {
    const entries = activities.byForm.get(plain(token));
    if (entries === undefined || nounLike(tokens, index, sentence) || placeName(tokens, index))
      return;
    for (const entry of entries) {
      if (!groups.has(entry.group)) continue;
      const last = matchAfter(tokens, index, entry, isClient);
      if (last === null) continue;
      if (entry.requires.length > 0 && !entry.requires.some((word) => flattened().includes(word)))
        continue;
      // "typed up his plan update ... while he filled out his housing form": what makes it
      // not the worker's paperwork must be said in the same clause as the act.
      if (entry.unless.length > 0) {
        // "collected observed UA per nurse request": who asked for it did not do it.
        const clause = flatten(clauseText(sentence, tokens, index))
          .replace(ASKED_BY, ' ')
          .replace(ROLE_AS_PLACE, ' ');
        if (entry.unless.some((word) => clause.includes(word))) continue;
      }
      hits.push({ entry, verb: index, last });
    }
  });
  return hits;
}

/** " at the nurse station ", " the nurse window ": a place named for a role, no one who did it. */
const ROLE_AS_PLACE =
  / (?:nurse|nurses|nurse's|nursing|doctor's|pharmacy) (?:station|window|desk|office|room|counter) /gu;

/** " per nurse request ", " at the doctor request ": who asked, in a flattened clause. */
const ASKED_BY =
  / (?:per|at) (?:the |a |his |her |their )?(?:\p{L}+ ){1,2}(?:request|order|orders|instruction|instructions) | per (?:the |his |her |their )?\p{L}+ /gu;

/** The sentence as " word word ", where an entry's `requires` and `unless` phrases are looked for. */
function flatten(sentence: string): string {
  return ` ${sentence
    .toLowerCase()
    .replace(/['’]s\b/g, '')
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim()} `;
}

/** Every word `plain` can return for a term of the sentence, and some more. */
export function plainWords(sentence: string): Set<string> {
  const words = termWords(sentence);
  if (words.has('thru')) words.add('through');
  return words;
}

/**
 * False when no entry of `groups` can match in the sentence, found from its words alone: each
 * entry needs a form of its verb, its particles, its `requires` and, unless a person will do,
 * the words of one of its objects (or one of its `after` words). True means "parse and see".
 */
export function mayFindActivities(
  sentence: string,
  activities: CompiledActivities,
  groups: ReadonlySet<string>,
): boolean {
  const words = plainWords(sentence);
  let flat: string | null = null;
  const flattened = () => (flat ??= flatten(sentence));
  for (const word of words) {
    for (const entry of activities.byForm.get(word) ?? []) {
      if (!groups.has(entry.group) || !entry.particles.every((particle) => words.has(particle)))
        continue;
      if (
        entry.requires.length > 0 &&
        !entry.requires.some((phrase) => flattened().includes(phrase))
      )
        continue;
      if (!entry.client && !entry.name && entry.objects.length === 0) return true;
      if (entry.objects.some((object) => object.every((part) => words.has(part)))) return true;
      const byPerson = entry.client || entry.name;
      if (byPerson && (entry.after.size === 0 || [...entry.after].some((w) => words.has(w))))
        return true;
    }
  }
  return false;
}

/** Before an -ing form these make it a verb ("was cleaning", "spent 20 min typing"). */
const BEFORE_ING = new Set([
  'was',
  'were',
  'is',
  'are',
  'am',
  'be',
  'been',
  'spent',
  'started',
  'began',
  'kept',
  'finished',
  'continued',
  'while',
  'after',
  'before',
  'by',
  'then',
  'and',
  'i',
  'we',
  'csw',
  'staff',
  'writer',
  'worker',
  'min',
  'mins',
  'minutes',
  'hour',
  'hours',
  'hr',
  'hrs',
]);

/** "Cleaning products under the sink": an -ing form that names a thing, not an action. */
/** "on Ferry St", "Elm Drive", "Carry Ave": a capitalized word before a street word names a place. */
const STREET_WORD =
  /^(?:st|street|ave|avenue|rd|road|dr|drive|ln|lane|blvd|boulevard|way|pl|place|ct|court|ter|terrace|pkwy|parkway|hwy|highway|landing|terminal|sq|square)\.?$/iu;

function placeName(tokens: readonly Token[], index: number): boolean {
  const token = tokens[index] as Token;
  const next = tokens[index + 1];
  return (
    index > 0 && /^\p{Lu}/u.test(token.text) && next !== undefined && STREET_WORD.test(next.text)
  );
}

function nounLike(tokens: readonly Token[], index: number, sentence: string): boolean {
  const token = tokens[index] as Token;
  // "iron foods", "her iron drops": a verb's form read as a noun before another noun.
  const previous = tokens[index - 1];
  const nounSlot =
    previous !== undefined &&
    (previous.post.includes('(') ||
      sentence[token.start - 1] === '(' ||
      ['Determiner', 'Possessive', 'Preposition', 'Adjective'].some((tag) =>
        previous.tags.has(tag),
      ));
  if (nounSlot && !token.tags.has('Verb') && tokens[index + 1]?.tags.has('Noun')) return true;
  // "added the iron drops time": after "the" or "a", a word not read as a verb is a noun.
  if (previous?.tags.has('Determiner') && !token.tags.has('Verb')) return true;
  if (!/ing$/.test(token.normal)) return false;
  const before = tokens[index - 1];
  if (before !== undefined && BEFORE_ING.has(before.normal)) return false;
  // "spent bout 30 min after the visit typing up the plan": time spent doing it.
  for (let k = index - 2; k >= Math.max(0, index - 9); k -= 1) {
    if (/^(?:spent|spend|spends|spending)$/.test((tokens[k] as Token).normal)) return false;
  }
  return true;
}

/**
 * "gave him the ride line number", "gave her a transportation voucher": the object word names
 * the kind of a thing handed over, the noun after it.
 */
const COMPOUND_HEAD = new Set([
  'line',
  'number',
  'app',
  'schedule',
  'voucher',
  'vouchers',
  'program',
  'card',
  'request',
  'form',
  'forms',
  'broker',
  'list',
  'company',
  'coordinator',
  'options',
  'info',
  'information',
  'pamphlet',
  'brochure',
  'flyer',
]);
const headsACompound = (next: Token | undefined) =>
  next !== undefined && COMPOUND_HEAD.has(plain(next));

/**
 * "had everything before the team meeting Monday": a noun after "before", "after", "until" or
 * "since" tells when, it is not what the verb was done to.
 */
const TIME_WORDS = new Set(['before', 'after', 'until', 'till', 'since']);
function afterATimeWord(tokens: readonly Token[], verb: number, k: number): boolean {
  for (let j = verb + 1; j < k; j += 1) if (TIME_WORDS.has(plain(tokens[j] as Token))) return true;
  return false;
}

/** "went to the Fair Haven library": an object's last word capitalised before another is part of a name. */
function partOfAName(tokens: readonly Token[], k: number, length: number): boolean {
  const last = tokens[k + length - 1];
  const next = tokens[k + length];
  const capital = (token: Token | undefined) =>
    token !== undefined && /^\p{Lu}\p{Ll}/u.test(token.text);
  return k > 0 && capital(last) && capital(next);
}

/** "had her do 3 rounds with me counting": rounds counted are repetitions of an exercise. */
const NUMBER_WORD =
  /^(?:\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|few|several|couple)$/;
function countsRepetitions(
  tokens: readonly Token[],
  k: number,
  object: readonly string[],
): boolean {
  const before = tokens[k - 1];
  return (
    object.length === 1 &&
    object[0] === 'rounds' &&
    before !== undefined &&
    NUMBER_WORD.test(plain(before))
  );
}

const STOP_AFTER = /[.;:!?]/;
const NEW_ACTION = new Set(['and', 'then', 'but', 'while', 'because', 'so', 'or']);
const NEW_SUBJECT = new Set(['i', 'we', 'she', 'he', 'they']);

/** The index of the last token the entry needs after the verb, or null when it does not fit. */
function matchAfter(
  tokens: readonly Token[],
  verb: number,
  entry: CompiledEntry,
  isClient: ClientTest,
): number | null {
  const end = clauseLimit(tokens, verb, entry.window);
  let last = verb;
  let particleAt = verb;
  // Particles, in order, anywhere before the end: "picked him up", "picked up Marcus".
  let at = verb + 1;
  for (const particle of entry.particles) {
    let found = -1;
    for (let k = at; k <= end; k += 1) {
      if (plain(tokens[k] as Token) === particle) {
        found = k;
        break;
      }
    }
    if (found === -1) return null;
    last = Math.max(last, found);
    particleAt = found;
    at = found + 1;
  }
  if (!entry.client && !entry.name && entry.objects.length === 0) return last;
  for (let k = verb + 1; k <= end; k += 1) {
    // The person is the verb's object: "drove Marcus", "picked her up", not "drove to CVS".
    const objectOfVerb =
      rightAfter(tokens, verb, k, entry.particles) || rightAfter(tokens, particleAt, k, []);
    const named = entry.name && objectOfVerb && isName(tokens[k] as Token);
    if ((entry.client && objectOfVerb && isClient(k)) || named) {
      if (entry.after.size === 0 || followedBy(tokens, k, end + 2, entry.after))
        return Math.max(last, k);
      continue;
    }
    for (const object of entry.objects) {
      if (
        object.every(
          (word, w) => tokens[k + w] !== undefined && plain(tokens[k + w] as Token) === word,
        ) &&
        !headsACompound(tokens[k + object.length]) &&
        !countsRepetitions(tokens, k, object) &&
        !afterATimeWord(tokens, verb, k) &&
        !partOfAName(tokens, k, object.length)
      )
        return Math.max(last, k + object.length - 1);
    }
  }
  return null;
}

const BEFORE_A_NAME = new Set([
  'the',
  'this',
  'that',
  'my',
  'our',
  'mr',
  'ms',
  'mrs',
  'miss',
  'dr',
  'both',
]);

function rightAfter(
  tokens: readonly Token[],
  verb: number,
  at: number,
  particles: readonly string[],
): boolean {
  for (let k = verb + 1; k < at; k += 1) {
    const word = plain(tokens[k] as Token);
    if (!particles.includes(word) && !BEFORE_A_NAME.has(word)) return false;
  }
  return true;
}

/** The last index within `window` words after the verb and before the clause ends. */
function clauseLimit(tokens: readonly Token[], verb: number, window: number): number {
  let end = verb;
  for (let k = verb + 1; k < tokens.length && k <= verb + window; k += 1) {
    const previous = tokens[k - 1] as Token;
    if (STOP_AFTER.test(previous.post) && !abbreviation(previous)) break;
    const token = tokens[k] as Token;
    // "washed the dishes and folded the laundry": a new verb after "and" is a new action.
    if (NEW_ACTION.has(token.normal) && tokens[k + 1]?.tags.has('Verb') && k > verb + 1) break;
    // "Before we went in I reviewed the list with her": a new subject and its verb start a new act.
    if (NEW_SUBJECT.has(token.normal) && tokens[k + 1]?.tags.has('Verb') && k > verb + 1) break;
    end = k;
  }
  return end;
}

/** A capitalized name: "Kai", "Brandon". */
function isName(token: Token): boolean {
  return (
    /^\p{Lu}\p{Ll}/u.test(token.text) && (token.tags.has('ProperNoun') || token.tags.has('Person'))
  );
}

/** "Mr.", "Dr.", "J." end in a full stop that ends no sentence. */
function abbreviation(token: Token): boolean {
  return /^\.\s*$/.test(token.post) && /^(?:mr|ms|mrs|dr|st|jr|sr|\p{L})$/iu.test(token.normal);
}

function followedBy(
  tokens: readonly Token[],
  from: number,
  until: number,
  words: ReadonlySet<string>,
): boolean {
  for (let k = from + 1; k < tokens.length && k <= until; k += 1) {
    if (words.has(plain(tokens[k] as Token))) return true;
    if (STOP_AFTER.test((tokens[k - 1] as Token).post)) return false;
  }
  return false;
}

/** Verbs that hand the next action to someone else: "taught him to fill", "had her make". */
const HANDING_OVER = new Set([
  'had',
  'have',
  'has',
  'let',
  'lets',
  'made',
  'helped',
  'help',
  'helps',
  'got',
  'asked',
  'taught',
  'showed',
  'coached',
  'encouraged',
  'reminded',
  'prompted',
  'allowed',
  'watched',
  'observed',
  'walked',
  'guided',
  'supported',
  'assisted',
  'cued',
]);

/** True when the verb is someone else's to do: "to fill", "had him fill", "taught her to cook". */
export function handedOver(tokens: readonly Token[], verb: number): boolean {
  const before = tokens[verb - 1];
  if (before === undefined) return false;
  if (before.normal === 'to') return true;
  const beforeThat = tokens[verb - 2];
  return (
    beforeThat !== undefined &&
    HANDING_OVER.has(beforeThat.normal) &&
    (before.tags.has('Pronoun') || before.tags.has('ProperNoun') || before.tags.has('Person'))
  );
}
