// What a regex cannot tell: who did it, whether it was done at all, and what follows a verb.
// Works on compromise's tagged terms for one candidate sentence.
// The tagger alone (compromise/two): the same tags as the full library, in half the time.
import nlp from 'compromise/two';

export interface Token {
  text: string;
  /** Lower case, no punctuation. */
  normal: string;
  start: number;
  end: number;
  tags: ReadonlySet<string>;
  /** Punctuation and spaces after the word. */
  post: string;
}

// compromise/two's tagging without its post-tagger (few hundred correction patterns that cost
// twice the rest) and without the hooks that only serve later edits and matching.
const SKIPPED = new Set(['postTagger', 'freeze', 'typeahead']);
const HOOKS = (nlp.world() as { hooks: string[] }).hooks.filter((hook) => !SKIPPED.has(hook));

interface Term {
  text: string;
  normal: string;
  post: string;
  tags: Set<string>;
  offset: { start: number; length: number };
}

/**
 * A label before the sentence ("D:", "Intervention:", "P -"): blanked to spaces of the same
 * length, so offsets hold and the first word after it reads as the start of the sentence
 * ("D: Transported Kyle": "Transported" is a verb, not a name).
 */
const LEADING_LABEL = /^[\s•*-]{0,3}(?:\p{L}[\p{L}\p{N}/#&().' -]{0,30}?)\s?:/u;

/**
 * A label is a few words naming a part ("Session content:", "Goal 2 (housing):"), not a
 * clause that happens to reach a colon ("Worker advocated for member re: his letter").
 */
function isLabel(label: string): boolean {
  const words = label.replace(/:$/, '').trim().split(/\s+/);
  if (words.length > 5) return false;
  if (/^(?:re|regarding|about|for|to|with)$/i.test(words[words.length - 1] ?? '')) return false;
  return words.length < 3 || !words.some((word) => /^\p{L}{3,}ed$/u.test(word));
}

export function parseTokens(text: string): Token[] {
  const label = LEADING_LABEL.exec(text);
  const words =
    label && isLabel(label[0]) ? ' '.repeat(label[0].length) + text.slice(label[0].length) : text;
  const doc = nlp.tokenize(words);
  doc.compute(HOOKS);
  doc.compute('offset');
  // The terms themselves, not .json(): the same fields without building a copy of each.
  return (doc.docs as unknown as Term[][]).flatMap((sentence) =>
    sentence.map((term, i) => ({
      text: term.text,
      normal: term.normal,
      start: term.offset.start,
      end: term.offset.start + term.offset.length,
      tags: actedVerb(sentence, i) ? new Set([...term.tags, 'Verb', 'PastTense']) : term.tags,
      post: term.post,
    })),
  );
}

const OPENS_AN_ACT = new Set(['and', 'then', '&']);
const SERVED = new Set('pt pts cl clt client clients mbr member members participant consumer mom dad parent kids child'.split(' ')); // prettier-ignore
const PERFECT = new Set(['had', 'has', 'have']);
const PARTICIPLES = new Set(['done', 'made', 'gone', 'given', 'taken', 'seen', 'run', 'brought', 'bought', 'taught', 'led', 'put', 'set', 'met', 'sent', 'kept']); // prettier-ignore

/**
 * Notes drop the subject: "Picked Kayla and the baby up", "then dropped her at the store".
 * compromise reads such an -ed word at the start of a clause as an adjective; before a person,
 * a pronoun or a determiner it is the worker's act.
 */
function actedVerb(terms: readonly Term[], i: number): boolean {
  const term = terms[i] as Term;
  // "Deb had done some trauma work": a participle after "had" is the verb, not an adjective.
  if (
    !term.tags.has('Verb') &&
    term.tags.has('Adjective') &&
    PERFECT.has(terms[i - 1]?.normal ?? '') &&
    (PARTICIPLES.has(term.normal) || /^[a-z]{3,}(?:ed|en)$/.test(term.normal))
  )
    return true;
  if (
    term.tags.has('Verb') ||
    !term.tags.has('Adjective') ||
    !(/^[a-z]{3,}ed$/.test(term.normal) || term.normal === 'used')
  )
    return false;
  const previous = terms[i - 1];
  // "12/1 7:30 to 8:20 picked pt up": after the date and time that head the note, too.
  const opens =
    previous === undefined ||
    OPENS_AN_ACT.has(previous.normal) ||
    /[,;:]/.test(previous.post) ||
    /\d$/.test(previous.text);
  const next = terms[i + 1];
  return (
    opens &&
    next !== undefined &&
    // "Used MI and did a thought record": an acronym after it is its object, as a name is.
    (['Person', 'ProperNoun', 'Pronoun', 'Determiner'].some((tag) => next.tags.has(tag)) ||
      /^[A-Z]{2,6}s?$/.test(next.text) ||
      // "picked pt up", "drove cl to": the words for the person served.
      SERVED.has(next.normal))
  );
}

export type Agent = 'worker' | 'other';

export interface Matchers {
  worker: RegExp;
  person: RegExp;
  /** The same as `person`, sticky: matches only where lastIndex points. */
  personAt: RegExp;
}

const CLAUSE_WORDS = new Set([
  'because',
  'while',
  'when',
  'after',
  'before',
  'although',
  'though',
  'since',
  'until',
  'where',
  'who',
  'which',
  'whereas',
  'if',
  'however',
  'during',
  'whom',
]);
const COORDINATORS = new Set(['and', '&', '+', 'but', 'then', 'so', 'or']);
/** After a comma these start a new clause ("client was tired, we talked..."). */
const SUBJECTS = new Set(['i', 'we', 'he', 'she', 'they', 'csw', 'writer', 'staff']);
const NEGATIONS = new Set([
  'not',
  'never',
  'no',
  'without',
  'declined',
  'refused',
  'unable',
  'cannot',
  'instead',
  'rather',
  'neither',
  'nor',
  'denied',
  // Typed without the apostrophe: "i didnt go in or shop for her".
  'didnt',
  'dont',
  'doesnt',
  'wasnt',
  'werent',
  'cant',
  'couldnt',
  'wouldnt',
  'wont',
  'isnt',
  'arent',
  'havent',
  'hasnt',
  'hadnt',
  'shouldnt',
]);
const IRREALIS = new Set([
  'will',
  'would',
  'could',
  'should',
  'can',
  'may',
  'might',
  'must',
  'plan',
  'plans',
  'planned',
  'offered',
  'going',
  'scheduled',
  'asked',
  'requested',
  'wants',
  'wanted',
  'needs',
  'needed',
  'arranged',
  'arrange',
  'discussed',
  'explained',
]);
const PASSIVE_AUX = new Set(['was', 'were', 'been', 'being', 'is', 'are', 'got']);

export function tokenAt(tokens: readonly Token[], offset: number): number {
  const index = tokens.findIndex((token) => token.end > offset);
  return index === -1 ? tokens.length - 1 : index;
}

function isVerbLike(token: Token): boolean {
  return token.tags.has('Verb');
}

/** Start indices of the clauses of a sentence. */
function clauseStarts(tokens: readonly Token[]): number[] {
  const starts = [0];
  let hasVerb = false;
  tokens.forEach((token, i) => {
    if (i === 0) {
      hasVerb = isVerbLike(token);
      return;
    }
    const previous = tokens[i - 1] as Token;
    const breaksAfterPrevious =
      /[;:()—]|\s-\s/.test(previous.post) ||
      (previous.post.includes(',') && SUBJECTS.has(token.normal));
    // "and" opens a clause after a verb, or before one ("Picked Kayla and the baby up and ran
    // them over": the second "and" starts a new act).
    const next = tokens[i + 1];
    // "Picked Maria and Sofia up": "and" between two names joins them, it starts no clause.
    const joinsNames =
      token.normal === 'and' &&
      previous.post.trim() === '' &&
      previous.tags.has('Person') &&
      next !== undefined &&
      next.tags.has('Person');
    const opensClause =
      CLAUSE_WORDS.has(token.normal) ||
      (COORDINATORS.has(token.normal) &&
        !joinsNames &&
        (hasVerb || (next !== undefined && isVerbLike(next) && next.tags.has('PastTense'))));
    if (breaksAfterPrevious || opensClause) {
      starts.push(i);
      hasVerb = false;
    }
    if (isVerbLike(token)) hasVerb = true;
  });
  return starts;
}

function clauseOf(tokens: readonly Token[], index: number): { from: number; to: number } {
  const starts = clauseStarts(tokens);
  let nth = 0;
  for (let k = 0; k < starts.length; k += 1) if ((starts[k] as number) <= index) nth = k;
  return { from: starts[nth] as number, to: (starts[nth + 1] ?? tokens.length) - 1 };
}

/** Who performed the verb at `index`: the writer (also when no subject is written) or someone else. */
export function agentOf(
  sentence: string,
  tokens: readonly Token[],
  index: number,
  matchers: Matchers,
): Agent {
  return statedAgent(sentence, tokens, index, matchers) ?? 'worker';
}

/**
 * Who the sentence itself says did it, or null when it names no one ("Helped another member
 * spell it"): a note's own account is the worker's unless its section says otherwise.
 */
export function statedAgent(
  sentence: string,
  tokens: readonly Token[],
  index: number,
  matchers: Matchers,
): Agent | null {
  const trigger = tokens[index] as Token;
  const before = tokens[index - 1];
  if (before && PASSIVE_AUX.has(before.normal) && /ed$|en$/.test(trigger.normal)) {
    const after = sentence.slice(trigger.end);
    const byWhom = /^[^.;]*?\bby\s+(.*)$/i.exec(after);
    if (byWhom === null) return 'other';
    return startsWith(byWhom[1] as string, matchers.worker) ? 'worker' : 'other';
  }
  // "was cleaning the kitchen and washing bottles": the second -ing form has the first one's doer.
  if (trigger.tags.has('Gerund') && before?.normal === 'and') {
    for (let j = index - 2; j >= Math.max(0, index - 10); j -= 1) {
      const token = tokens[j] as Token;
      if (token.tags.has('Gerund')) return statedAgent(sentence, tokens, j, matchers);
      if (actsAsVerb(tokens, j) || /[.;:]/.test(token.post)) break;
    }
  }
  // "sponsor giving him a ride", "her mom driving her": an -ing form right after a person's
  // noun is that person's act ("spent the afternoon driving him" is a time, not a doer).
  if (
    trigger.tags.has('Gerund') &&
    before !== undefined &&
    !/[,;:.()]/.test(before.post) &&
    (before.tags.has('Noun') || before.tags.has('ProperNoun') || PERSON_NOUNS.has(before.normal)) &&
    !before.tags.has('Pronoun') &&
    !before.tags.has('Date') &&
    !before.tags.has('Value') &&
    !TIME_NOUNS.has(before.normal)
  ) {
    if (contains(before.text, matchers.worker)) return 'worker';
    if (contains(before.text, matchers.person) || PERSON_NOUNS.has(before.normal)) return 'other';
  }
  const starts = clauseStarts(tokens);
  let clause = 0;
  for (let k = 0; k < starts.length; k += 1) if ((starts[k] as number) <= index) clause = k;
  const relative = relativeSubject(sentence, tokens, starts[clause] as number, index, matchers);
  if (relative !== null) return relative;
  // The subject right before a verb; a trigger that is not a verb ("homework") has none.
  // "Denise (grandmother) was cleaning": a bracket closed before the verb ends no subject.
  let nearStart = clause;
  while (nearStart > 0 && (tokens[(starts[nearStart] as number) - 1] as Token).post.includes(')'))
    nearStart -= 1;
  const near = isVerbLike(trigger)
    ? nearSubject(sentence, tokens, starts[nearStart] as number, index, matchers)
    : undefined;
  if (near !== undefined) return near;
  for (let k = clause; k >= 0; k -= 1) {
    // "tx plan goal crisis prevention plan: did a therapy session": a label before a colon is
    // no doer of the act after it, unless the label names one ("Mom: did the dishes").
    if (k < clause && labelBefore(tokens, starts[k + 1] as number, matchers)) break;
    // "Reviewed the chart to make sure the ASAM and plan signatures were complete, then typed
    // the update": a clause inside what was made sure of names no doer for a later act.
    if (k < clause && insideComplement(tokens, starts[k] as number)) continue;
    const subject = subjectOf(sentence, tokens, starts[k] as number, index, matchers, k < clause);
    if (subject !== null) return subject;
  }
  return null;
}

/**
 * The clause before token `start` ends with a colon after a word that names nobody, and the
 * clause after it opens with an act told as done ("...: did", not a goal's "...: prepare meals").
 */
function labelBefore(tokens: readonly Token[], start: number, matchers: Matchers): boolean {
  const last = tokens[start - 1];
  if (last === undefined || !last.post.includes(':')) return false;
  if (!tokens[start]?.tags.has('PastTense')) return false;
  return (
    !contains(last.text, matchers.worker) &&
    !contains(last.text, matchers.person) &&
    !PERSON_NOUNS.has(last.normal) &&
    !last.tags.has('Person') &&
    !last.tags.has('Pronoun')
  );
}

const TIME_NOUNS = new Set('time minutes mins hour hours hr hrs afternoon morning evening day visit session rest most half part trip way'.split(' ')); // prettier-ignore
/** People a note names by their tie to the client, who are someone else than the writer. */
const PERSON_NOUNS = new Set('sponsor mom mother dad father sister brother aunt uncle grandma grandmother grandpa grandfather cousin friend neighbor neighbour boyfriend girlfriend husband wife partner roommate son daughter landlord nurse therapist counselor'.split(' ')); // prettier-ignore

/** Words after which a clause is what was checked or wondered, up to the next comma. */
const COMPLEMENT_OPENERS = new Set(['sure', 'whether', 'if']);

/** True when the clause starting at `from` continues a "make sure …" or "whether …" not yet closed by a comma. */
function insideComplement(tokens: readonly Token[], from: number): boolean {
  for (let j = from - 1; j >= 0; j -= 1) {
    const token = tokens[j] as Token;
    if (/[,;:.]/.test(token.post)) return false;
    if (COMPLEMENT_OPENERS.has(token.normal)) return true;
  }
  return false;
}

const OUTSIDE_STAFF =
  /\b(?:nursing|nurse|intake|front[ -]desk|desk|shelter|clinic|lab|pharmacy|medical|school|hospital|er|ed|residential|dss|dta|daycare|wic|hotel|housing|court|jail|detox|unit|floor|program's|their|her|his)\s+(?:staff|worker|workers|provider|clinician|case manager|cm)\b/i;

const VERB_HELPERS = new Set([
  'had',
  'has',
  'have',
  'did',
  'does',
  'do',
  'was',
  'were',
  'is',
  'are',
]);

/**
 * Words that open a clause as adverbs though compromise may tag them nouns or adjectives
 * ("Afterward entered the ISP update", "Later typed the note", "Next called DSS"): no subject.
 */
const ADVERBIAL_WORDS = new Set([
  'afterward',
  'afterwards',
  'later',
  'next',
  'then',
  'first',
  'finally',
  'lastly',
  'meanwhile',
  'subsequently',
  'earlier',
  'today',
  'yesterday',
  'tonight',
  'also',
  'additionally',
  'again',
  'eventually',
  // a day opening a dated line ("tues 11/24 gave him a ride")
  'mon',
  'monday',
  'tue',
  'tues',
  'tuesday',
  'wed',
  'weds',
  'wednesday',
  'thu',
  'thur',
  'thurs',
  'thursday',
  'fri',
  'friday',
  'sat',
  'saturday',
  'sun',
  'sunday',
]);

function adverbial(token: Token): boolean {
  return token.tags.has('Adverb') || ADVERBIAL_WORDS.has(token.normal);
}

const OBJECT_PRONOUNS = new Set(['me', 'him', 'them', 'us']);

const THING_SUBJECTS = new Set(['this', 'that', 'which', 'it', 'these', 'those', 'what']);

const SUBJECT_STOP = new Set(['and', 'then', 'or', 'but', 'so', 'also']);

const SPEND = /^(?:spend|spends|spent|spending)$/;
/** "the hour", "about 35 min", "most of the visit", "a long time": how long, not who. */
const SPENT_TIME =
  /^(?:(?:bout|abt|like|about|around|almost|nearly|over|roughly|approx|approximately|most of|much of|all of|the rest of|half of|part of|the majority of)\s)?(?:the\s|a\s|an\s|another\s|\d{1,3}\s?|[a-z-]{3,12}\s)?(?:(?:whole|entire|full|good|long|last|first|next|remaining)\s)?(?:hour|hours|hr|hrs|min|mins|minute|minutes|session|visit|time|while|morning|afternoon|evening|rest|part|majority|bulk|half)(?:\s(?:after|before|at|in|back|on|later|afterwards|that|this|of)(?:\s[a-z'-]+){0,4})?$/;

/**
 * The subject right before the verb: the words back to the previous verb, comma or "and".
 * "Because she was short on time, CSP worker scrubbed the stove": "CSP worker". With none
 * ("scrubbed the stove, took out the trash and mopped"), the verb shares the previous verb's
 * subject. Undefined when there is no earlier verb to share with: the caller reads the clause.
 */
/**
 * "nurse also did her meds": a clause's first word the tagger reads as a verb, with only
 * adverbs between it and a verb in the past, is the noun that did it.
 */
function nounOpening(tokens: readonly Token[], k: number, clauseStart: number, index: number) {
  const token = tokens[k] as Token;
  const verb = tokens[index] as Token;
  if (k !== clauseStart || !verb.tags.has('PastTense')) return false;
  if (!token.tags.has('Infinitive') || token.tags.has('Gerund') || token.tags.has('PastTense'))
    return false;
  for (let j = k + 1; j < index; j += 1) if (!(tokens[j] as Token).tags.has('Adverb')) return false;
  return true;
}

function nearSubject(
  sentence: string,
  tokens: readonly Token[],
  clauseStart: number,
  index: number,
  matchers: Matchers,
): Agent | undefined {
  // "nurse also did her meds": a noun the tagger took for a verb opens the clause.
  if (index > clauseStart && nounOpening(tokens, clauseStart, clauseStart, index)) {
    const opening = (tokens[clauseStart] as Token).text;
    return contains(opening, matchers.worker) ? 'worker' : 'other';
  }
  const region: Token[] = [];
  let k = index - 1;
  // "she had filled his pillbox": the helping verbs go with the verb, the subject is before them.
  while (k > clauseStart && VERB_HELPERS.has((tokens[k] as Token).normal)) k -= 1;
  for (; k >= clauseStart; k -= 1) {
    const token = tokens[k] as Token;
    if (/[,;:]/.test(token.post) || SUBJECT_STOP.has(token.normal)) break;
    if (actsAsVerb(tokens, k)) break;
    region.unshift(token);
  }
  // "Ethan told me his therapist did": an object pronoun before the subject belongs to the verb before.
  while (
    region.length > 1 &&
    OBJECT_PRONOUNS.has((region[0] as Token).normal) &&
    !COORDINATORS.has((region[1] as Token).normal)
  )
    region.shift();
  const words = region.filter((token) => !adverbial(token));
  // "CSW spent the hour processing her grief", "spent bout 30 min after the visit typing up
  // the plan": the time spent is no subject; the spender is.
  const spender = spentBefore(tokens, index);
  if (spender !== -1) {
    // The spender's own subject, else that of the verb before it ("Client went home and spent
    // the evening cleaning"), else the writer.
    for (let j = spender; j >= 0; j -= 1) {
      if (j !== spender && (!actsAsVerb(tokens, j) || secondary(tokens, j))) continue;
      const own = explicitSubject(sentence, tokens, j, matchers);
      if (own !== null) return own;
    }
    return 'worker';
  }
  // "This supports her goal", "which helped": the subject is a thing said before, not the worker.
  if (words.length === 1 && THING_SUBJECTS.has((words[0] as Token).normal)) return 'other';
  if (words.length > 0) {
    const text = sentence.slice((words[0] as Token).start, (words[words.length - 1] as Token).end);
    // "nursing staff", "intake staff", "shelter staff" are someone else's staff (the word before
    // may have stopped the subject: "Nursing" reads as a verb).
    const from = k >= clauseStart ? (tokens[k] as Token).start : (words[0] as Token).start;
    if (OUTSIDE_STAFF.test(sentence.slice(from, (words[words.length - 1] as Token).end))) {
      return 'other';
    }
    if (contains(text, matchers.worker)) return 'worker';
    // "CSW and client created a list": a worker anywhere in the subject shares the act.
    const whole = sentence.slice(
      (tokens[clauseStart] as Token).start,
      (tokens[index] as Token).start,
    );
    if (!tokens.slice(clauseStart, index).some(isVerbLike) && workerJoins(whole, matchers.worker))
      return 'worker';
    if (contains(text, matchers.person)) return 'other';
    if (
      words.some(
        (token) =>
          token.tags.has('Pronoun') || token.tags.has('ProperNoun') || token.tags.has('Noun'),
      )
    )
      return 'other';
    // "Gabby picked her up": a capitalized name the tagger does not know (it reads "Gabby" as
    // an adjective) is someone all the same.
    if (
      words.every(
        (token) =>
          /^\p{Lu}[\p{Ll}'’-]+$/u.test(token.text) &&
          !token.tags.has('Adverb') &&
          !token.tags.has('Verb') &&
          !token.tags.has('Conjunction') &&
          !token.tags.has('Preposition'),
      )
    )
      return 'other';
    return undefined;
  }
  // Nothing between: the verb shares a subject with an earlier main verb ("CSW scrubbed the
  // stove, took out the trash and mopped"). Verbs that belong to someone the sentence hands
  // the act to ("observed client take", "to make sure", "was signed") are passed over; if any
  // earlier main verb is the worker's, so is this one.
  // The nearest verb whose subject is written decides ("she had filled his pillbox and given
  // his shot": hers, even after "when I got there").
  // Helping verbs ("the assessment was signed") and relative clauses ("some stuff he needed")
  // are passed over.
  // "Dana set her phone on the shelf so I could see her, and fed Mateo": after ", and" the verb
  // goes with the main clause, not with a "so"/"because" clause set between them.
  // The same after ", then": "drove her to group bc she said her car is in the shop, then
  // collected her UA".
  const afterCommaAnd =
    (tokens[index - 1]?.normal === 'and' || tokens[index - 1]?.normal === 'then') &&
    (tokens[index - 2]?.post.includes(',') ?? false);
  for (let j = Math.min(k, index - 1); j >= 0; j -= 1) {
    if (!actsAsVerb(tokens, j) || (tokens[j] as Token).tags.has('Gerund') || secondary(tokens, j))
      continue;
    if (VERB_HELPERS.has((tokens[j] as Token).normal) || relativeClause(tokens, j)) continue;
    if (afterCommaAnd && inSubordinateClause(tokens, j)) continue;
    const own = explicitSubject(sentence, tokens, j, matchers);
    if (own !== null) return own;
  }
  return undefined;
}

/**
 * "Carl Tate (Jayden's grandfather, who drove them)": a clause opened by "who" or "which" right
 * after a noun has that noun as its doer. "a group residence, where staff did the shopping": the
 * staff of the place named, not the writer.
 */
function relativeSubject(
  sentence: string,
  tokens: readonly Token[],
  start: number,
  index: number,
  matchers: Matchers,
): Agent | null {
  const opener = tokens[start];
  const head = tokens[start - 1];
  if (opener === undefined || head === undefined || start >= index) return null;
  if (opener.normal === 'who' || opener.normal === 'which') {
    if (!tokens.slice(start + 1, index).every((token) => token.tags.has('Adverb'))) return null;
    const from = Math.max(0, start - 4);
    const named = sentence.slice((tokens[from] as Token).start, head.end);
    const last = named.split(/[(,;]/).pop() ?? '';
    if (contains(last, matchers.worker)) return 'worker';
    return head.tags.has('Noun') || head.tags.has('Pronoun') ? 'other' : null;
  }
  if (opener.normal === 'where' && tokens[start + 1]?.normal === 'staff' && head.tags.has('Noun'))
    return 'other';
  return null;
}

/** Verb `j` in a clause that describes a noun: "some stuff he needed", "the form she signed". */
function relativeClause(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && VERB_HELPERS.has((tokens[k] as Token).normal)) k -= 1;
  const subject = tokens[k];
  const head = tokens[k - 1];
  if (subject === undefined || head === undefined) return false;
  if (!['he', 'she', 'they', 'it'].includes(subject.normal)) return false;
  return (
    head.tags.has('Noun') &&
    !head.tags.has('Pronoun') &&
    !/[,;:.)—-]/.test(head.post) &&
    !SUBJECT_STOP.has(head.normal)
  );
}

/** The "spent" whose time span runs up to `index`, or -1. */
function spentBefore(tokens: readonly Token[], index: number): number {
  for (let s = index - 1; s >= Math.max(0, index - 12); s -= 1) {
    const token = tokens[s] as Token;
    if (!SPEND.test(token.normal)) continue;
    const between = tokens
      .slice(s + 1, index)
      .filter((t) => !t.tags.has('Adverb'))
      .map((t) => t.normal)
      .join(' ');
    return SPENT_TIME.test(between) ? s : -1;
  }
  return -1;
}

/** Words that open a clause hanging off the main one: "so I could see her", "because he asked". */
const SUBORDINATORS = new Set([
  'so',
  'because',
  'bc',
  'cause',
  'cuz',
  'since',
  'while',
  'although',
  'though',
  'until',
]);

/** Verb `j` has its subject right after a subordinator: "so I could see her". */
function inSubordinateClause(tokens: readonly Token[], j: number): boolean {
  let k = j - 1;
  while (k > 0 && !actsAsVerb(tokens, k) && k >= j - 4) {
    const token = tokens[k] as Token;
    if (SUBORDINATORS.has(token.normal)) return true;
    if (/[,;:.]/.test(token.post)) return false;
    k -= 1;
  }
  return false;
}

/** The agent named right before verb `j`, or null when nothing stands between it and a break. */
function explicitSubject(
  sentence: string,
  tokens: readonly Token[],
  j: number,
  matchers: Matchers,
): Agent | null {
  const region: Token[] = [];
  let from = j - 1;
  while (from > 0 && VERB_HELPERS.has((tokens[from] as Token).normal)) from -= 1;
  let stop = -1;
  for (let k = from; k >= 0; k -= 1) {
    const token = tokens[k] as Token;
    if (/[,;:]/.test(token.post) || SUBJECT_STOP.has(token.normal) || actsAsVerb(tokens, k)) {
      stop = k;
      break;
    }
    region.unshift(token);
  }
  while (region.length > 0 && adverbial(region[0] as Token)) region.shift();
  if (region.length === 0) return null;
  // "CSW and client spent the hour processing her shame": the worker is one of the doers.
  const joined = tokens[stop];
  if (
    joined?.normal === 'and' &&
    stop > 0 &&
    contains((tokens[stop - 1] as Token).text, matchers.worker)
  )
    // prettier-ignore
    return 'worker';
  const text = sentence.slice((region[0] as Token).start, (region[region.length - 1] as Token).end);
  if (OUTSIDE_STAFF.test(text)) return 'other';
  if (contains(text, matchers.worker)) return 'worker';
  return region.some((token) =>
    ['Pronoun', 'ProperNoun', 'Noun'].some((tag) => token.tags.has(tag)),
  )
    ? 'other'
    : null;
}

const HANDED_OVER_BY = new Set([
  'had',
  'let',
  'made',
  'helped',
  'watched',
  'observed',
  'saw',
  'heard',
  'asked',
  'taught',
  'showed',
  'got',
]);

/** A verb someone else does or that is done to something: "to make", "was signed", "observed client take". */
function secondary(tokens: readonly Token[], j: number): boolean {
  const before = tokens[j - 1];
  if (before === undefined) return false;
  if (before.normal === 'to' || PASSIVE_AUX.has(before.normal)) return true;
  const beforeThat = tokens[j - 2];
  return (
    beforeThat !== undefined &&
    HANDED_OVER_BY.has(beforeThat.normal) &&
    ['Pronoun', 'ProperNoun', 'Noun', 'Person'].some((tag) => before.tags.has(tag))
  );
}

/** A main verb, not one compromise guessed for a noun ("various tasks", "his plans"). */
function actsAsVerb(tokens: readonly Token[], k: number): boolean {
  const token = tokens[k] as Token;
  if (!isVerbLike(token) || token.tags.has('Auxiliary') || token.tags.has('Modal')) return false;
  const before = tokens[k - 1];
  return !(
    before !== undefined &&
    ['Determiner', 'Adjective', 'Possessive', 'Preposition'].some((tag) => before.tags.has(tag))
  );
}

function subjectOf(
  sentence: string,
  tokens: readonly Token[],
  from: number,
  limit: number,
  matchers: Matchers,
  earlierClause = false,
): Agent | null {
  let first = from;
  const opener = tokens[first];
  if (opener && (CLAUSE_WORDS.has(opener.normal) || COORDINATORS.has(opener.normal))) first += 1;
  let verb = first;
  while (verb < limit && !isVerbLike(tokens[verb] as Token)) verb += 1;
  // "Picked Kayla and the baby up and ran them over": "and the baby up", joined on by "and"
  // with no verb of its own, is more of the object before it, not who ran.
  if (earlierClause && first > from && verb === limit) return null;
  // "before the state audit next week, then typed the plan": a phrase that ends at a comma
  // without a verb of its own is no subject; only the words after its comma can be.
  for (let k = verb - 2; k >= first; k -= 1) {
    if ((tokens[k] as Token).post.includes(',')) {
      first = k + 1;
      break;
    }
  }
  while (first < verb && adverbial(tokens[first] as Token)) first += 1;
  if (verb === first) return null;
  const region = tokens.slice(first, verb);
  const text = sentence.slice((region[0] as Token).start, (region[region.length - 1] as Token).end);
  if (contains(text, matchers.worker)) return 'worker';
  if (contains(text, matchers.person)) return 'other';
  if (
    region.some(
      (token) =>
        token.tags.has('Pronoun') || token.tags.has('ProperNoun') || token.tags.has('Person'),
    )
  ) {
    return 'other';
  }
  return region.some((token) => token.tags.has('Noun')) ? 'other' : null;
}

/** True when the clause says the act did not happen, or only might ("did not drive", "no ride", "will drive"). */
export function isNegatedOrUnreal(tokens: readonly Token[], index: number, unreal = true): boolean {
  const { from } = clauseOf(tokens, index);
  for (let k = from; k < index; k += 1) {
    const token = tokens[k] as Token;
    if (token.tags.has('Negative') || NEGATIONS.has(token.normal)) return true;
    if (unreal && IRREALIS.has(token.normal)) return true;
    if (/n't$/.test(token.normal)) return true;
  }
  // "did not drive or transport him": the verb right after "or" shares the earlier "not".
  return (
    from > 0 &&
    from + 1 === index &&
    tokens[from]?.normal === 'or' &&
    isNegatedOrUnreal(tokens, from - 1, unreal)
  );
}

/**
 * The words that can qualify the act at token `index`: from its clause's start to the next
 * comma, semicolon or full stop, or a word that opens a new clause ("while", "because"). Nouns
 * joined by "and" stay in: "went through the relapse with client and team".
 */
export function clauseText(sentence: string, tokens: readonly Token[], index: number): string {
  const { from } = clauseOf(tokens, index);
  let to = index;
  while (to + 1 < tokens.length) {
    if (/[,;:.!?]/.test((tokens[to] as Token).post)) break;
    const next = tokens[to + 1] as Token;
    if (CLAUSE_WORDS.has(next.normal)) break;
    // "... were signed and the ROI was current": "and" before a verb of its own opens a clause.
    if (COORDINATORS.has(next.normal) && hasOwnVerb(tokens, to + 2)) break;
    to += 1;
  }
  return sentence.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
}

/** A verb from `from` up to the next comma, semicolon or full stop. */
function hasOwnVerb(tokens: readonly Token[], from: number): boolean {
  for (let k = from; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    if (isVerbLike(token)) return true;
    if (/[,;:.!?]/.test(token.post)) return false;
  }
  return false;
}

/** The index just past the clause that holds `index`. */
export function clauseEnd(tokens: readonly Token[], index: number): number {
  return clauseOf(tokens, index).to + 1;
}

/**
 * A worker joined to the subject ("CSW and client", "me & mom"), not one listed before it
 * ("present: Brianna, baby Ava, me, and her aunt Lisa dropped off groceries").
 */
function workerJoins(subject: string, worker: RegExp): boolean {
  worker.lastIndex = 0;
  let last: RegExpExecArray | null = null;
  for (let match = worker.exec(subject); match !== null; match = worker.exec(subject)) {
    last = match;
  }
  return last !== null && !subject.slice(last.index + last[0].length).includes(',');
}

function contains(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  return re.test(text);
}

function startsWith(text: string, re: RegExp): boolean {
  re.lastIndex = 0;
  const match = re.exec(text);
  return match !== null && /^(?:the\s+|this\s+)?$/i.test(text.slice(0, match.index));
}
