// Activities the program does not pay for, when the worker did them and the note says they
// happened ("CSW drove client", not "client took the bus" or "did not drive him"), unless
// the program's exception is documented.
import {
  triggerMatches,
  type CompiledException,
  type CompiledPack,
  type CompiledRule,
} from '../compile';
import { splitSentences, type Sentence } from '../sentences';
import { exceptionHolds, findingFor } from '../findings';
import { findActivities, handedOver, mayFindActivities } from '../activities';
import { agentOf, isNegatedOrUnreal, statedAgent, tokenAt, type Token } from '../grammar';
import { personAfter } from '../phrase-parts';
import { fieldPresence } from './required-fields';
import type { Finding } from '../types';
import { markOf, NOTHING, statesIntent, type Check, type Mark, type SentenceInput } from './check';

const PREFIX = 'non-billable:';
/** Marks an act whose sentence names no doer ("Completed the call with minimal prompting"). */
export const NB_NO_SUBJECT = 'non-billable-no-subject';

export const nonBillable: Check = {
  sentence(input) {
    if (statesIntent(input.text) || SAYS_NOT_BILLED.test(input.text) || AUTHORSHIP.test(input.text))
      return NOTHING;
    const marks: Mark[] = [];
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'non-billable') continue;
      const matches = [...triggerMatches(entry, input.text)];
      if (matches.length === 0 || exemptSentence(entry, input.text)) continue;
      const done = matches.find(
        (match) =>
          !(negatedWithin(match[0]) && !saysNegation(entry)) &&
          !namesADocument(input.text, match.index + match[0].length) &&
          !endsOnOwner(input, match.index + match[0].length) &&
          !(
            entry.rule.code === 'no-show' &&
            (anotherAppointment(match[0], input.text, match.index) ||
              anotherDay(input.text, match.index, match.index + match[0].length) ||
              SUPPOSED_BEFORE.test(input.text.slice(Math.max(0, match.index - 40), match.index)))
          ) &&
          happened(input, entry, match.index),
      );
      if (done !== undefined) marks.push(markOf(PREFIX + entry.rule.id, done));
    }
    marks.push(...activityMarks(input, marks));
    // "Took Tonya to see a movie": one act read by two rules from the same verb is the one whose
    // object says what it was (recreation), not the one that stops at the person (a ride).
    for (let k = marks.length - 1; k >= 0; k -= 1) {
      const mark = marks[k] as Mark;
      if (marks.some((other) => other.start === mark.start && other.end > mark.end))
        marks.splice(k, 1);
    }
    // "typed it into the notes app on her phone": her phone's app, not the record. "(what do I
    // do if I miss a dose?)": a question asked, not an act. "Transport Justification .......": a
    // form's label before its dotted leader, not an act.
    for (let k = marks.length - 1; k >= 0; k -= 1) {
      const rest = input.text.slice((marks[k] as Mark).end);
      if (
        (isTransport(input.pack, marks[k] as Mark) && TO_A_ROOM.test(rest)) ||
        /^\s{0,2}apps?\b/i.test(rest) ||
        /^[^.!?\n]{0,80}\?/u.test(rest) ||
        /^[ \t]{0,3}(?:\.{3,}|_{3,})/u.test(rest)
      )
        marks.splice(k, 1);
    }
    // Under the client's heading an act with no doer is the client's: analyze reads the headings.
    for (const mark of [...marks]) {
      if (mark.key.startsWith(PREFIX) && namesNoDoer(input, mark.start))
        marks.push({ key: NB_NO_SUBJECT, start: mark.start, end: mark.end });
    }
    return marks.length > 0 ? { findings: [], marks } : NOTHING;
  },

  note(input) {
    if (input.notBilled) return [];
    const findings: Finding[] = [];
    const note = new NoteExceptions(input.text);
    const judged: { mark: Mark; entry: CompiledRule; exempt: boolean }[] = [];
    for (const mark of input.marks) {
      if (!mark.key.startsWith(PREFIX)) continue;
      const id = mark.key.slice(PREFIX.length);
      const entry = input.pack.rules.find((candidate) => candidate.rule.id === id);
      if (entry === undefined) continue;
      // The flagged sentence must name what the exception covers ("to her psychiatrist
      // appointment"), unless it names no destination at all ("CSP drove member today as a
      // temporary ride while PT-1 is pending"): then the note's own account of the trip counts.
      // "Gave Rosa a lift to Riverside for her 10:00. This is temporary transportation to an
      // essential behavioral health appointment...": a next sentence that says what "this" was.
      const sentence = `${note.sentenceAt(mark.start)} ${note.nextIfAbout(mark.start)}`;
      const noDestination = !namesADestination(note.restOfSentence(mark.start));
      const exempt = entry.exceptions.some(
        (exception) =>
          exception.exception.scope !== 'sentence' &&
          note.holds(exception) &&
          exception.flagged.every(
            (group) => matches(group, sentence) || (noDestination && matches(group, input.text)),
          ),
      );
      judged.push({ mark, entry, exempt });
    }
    // "Stopped by to see how he was doing" is a routine visit only when no plan goal is named.
    let presence: ReturnType<typeof fieldPresence> | null = null;
    const found = (entry: CompiledRule) => {
      if (entry.rule.kind !== 'non-billable' || entry.rule.unlessFound.length === 0) return false;
      presence ??= fieldPresence(input);
      return entry.rule.unlessFound.some((field) => presence?.[field]?.present === true);
    };
    for (const { mark, entry, exempt: own } of judged) {
      // "On the drive back we went over the bus option": the same trip as the ride the
      // exception covers, when this sentence names no other place.
      const exempt =
        own ||
        (judged.some((other) => other.entry === entry && other.exempt) &&
          !namesAPlace(note.restOfSentence(mark.start)));
      // (B)6 and (B)7 both describe "drove client to the program": one finding is enough.
      const repeated = findings.some(
        (other) =>
          other.code === entry.rule.code && other.start < mark.end && mark.start < other.end,
      );
      if (!exempt && !repeated && !found(entry) && !note.nextSaysNotBilled(mark.start))
        findings.push(findingFor(entry.rule, mark.start, mark.end));
    }
    // "9:00 to 10:30 (incl. 20 min drive from office)": billed time the program does not pay for.
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'non-billable' || entry.rule.match.billedTime.length === 0) continue;
      if (findings.some((other) => other.code === entry.rule.code)) continue;
      const minutes = input.time.minutes ?? 0;
      const billed = input.deductions.find(
        (deduction) =>
          !deduction.declared &&
          deduction.minutes < minutes &&
          entry.rule.kind === 'non-billable' &&
          entry.rule.match.billedTime.includes(deduction.reason),
      );
      if (billed) {
        findings.push(findingFor(entry.rule, billed.start, billed.end));
        continue;
      }
      // "Time billed: 12:00-1:30 PM (incl. drive from office)": included, though not timed.
      const untimed = entry.rule.match.billedTime.includes('travel')
        ? untimedTravel(input.text)
        : null;
      if (untimed) findings.push(findingFor(entry.rule, untimed.start, untimed.end));
    }
    return findings;
  },
};

/**
 * "(incl. drive from office)", "time includes my drive out and back", "which counts the drive out
 * from our office": the worker's travel said to be inside the billed time, with no minutes.
 */
const INCLUDES_TRAVEL =
  /(?<!\b(?:not|n't|without|excluding)\s{1,2})\b(?:incl\.?|includ(?:e|es|ed|ing)|counts|counting)\s{1,2}(?:the\s{1,2}|my\s{1,2}|our\s{1,2})?(?:round[ -]trip\s{1,2})?(?:drive|driving|travel|travell?ing|commute)\b/i;

function untimedTravel(text: string): { start: number; end: number } | null {
  const match = INCLUDES_TRAVEL.exec(text);
  if (match === null) return null;
  const sentenceEnd = text.slice(match.index).search(/[.;\n]\s/u);
  const rest = text.slice(
    match.index,
    sentenceEnd === -1 ? text.length : match.index + sentenceEnd,
  );
  if (SAYS_NOT_BILLED.test(rest)) return null;
  return { start: match.index, end: match.index + match[0].length };
}

const VERDICT_REACH = 3;

/**
 * The worker says the time was left out: "(drive not billed)", "is not counted in the times
 * above", "that drive time is left out", "excluded from the billed time".
 */
const SAYS_NOT_BILLED =
  /\b(?:not|never|wasn't|isn't|didn't|did not|won't|will not)\s{1,2}(?:billed|billable|billing|bill|counted|counting|included|incl|charged|charging|part of (?:the |this |my |that )?(?:note['’]s |visit['’]s |session['’]s )?(?:(?:billed|billing|service) time|time|(?:billed |billing )?(?:session|visit|service|contact))|in (?:the|my|that|this) (?:billed )?(?:time|times|minutes)(?: above)?)\b|\b(?:unbilled|non-?billed|off the clock|not on the clock)\b|\bseparate non-?billable (?:entry|note)\b|\b(?:none|neither) (?:of (?:that|this|it|those|them|which) )?(?:is |was |were |are )?(?:billed|counted|charged|included)\b|\bonly\s{1,2}(?:billing|billed|counting|counted|charging)\b|\bbilling\s{1,2}only\b|\b(?:is|was|were|are|been)\s{1,2}(?:left\s{1,2}out|excluded|taken\s{1,2}out|subtracted|deducted)\b|\b(?:left\s{1,2}out\s{1,2}of|excluded\s{1,2}from)\s{1,2}(?:the\s{1,2}|my\s{1,2}|this\s{1,2})?(?:billed\s{1,2}|billing\s{1,2})?(?:time|minutes|units|bill)\b/i;

/**
 * "I, Janelle Brooks, CSW, wrote this note.": who wrote the note, a sign-off, not time spent
 * writing it (no time, place or "after" follows).
 */
const AUTHORSHIP =
  /^\s{0,3}(?:I(?:,\s{1,2}[^,.!?\d]{2,40},(?:\s{1,2}[^,.!?\d]{2,20},)?)?|\p{Lu}[^,.!?\d]{1,40},\s{1,2}[^,.!?\d]{2,20},|this note was|note)\s{1,2}(?:wrote|written|typed|completed|prepared|entered|documented)\s{1,2}(?:up\s{1,2})?(?:this|the)\s{1,2}(?:progress\s{1,2}|case\s{1,2})?note(?:\s{1,2}(?:on\s{1,2})?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?)?\s{0,2}[.!]?\s{0,2}$/iu;

/** "did not do therapy": a negation inside the matched words themselves. */
function negatedWithin(matched: string): boolean {
  return /\b(?:not|never|no)\b|n['’]t\b/i.test(matched);
}

/** A rule whose own phrases hold a negation ("no show", "was not home") is about one. */
function saysNegation(entry: CompiledRule): boolean {
  return entry.rule.kind === 'non-billable' && entry.rule.match.phrases.some(negatedWithin);
}

/** "gave them her crisis plan + meds list": the last word names a document, not the thing. */
function namesADocument(text: string, end: number): boolean {
  return /^[\s-]{0,3}(?:list|lists|log|logs|sheet|sheets|history|record|records|form|forms|card|cards|info|information|reconciliation|education|schedule|calendar)\b/i.test(
    text.slice(end, end + 20),
  );
}

/** What the activity lexicons find, for the rules that flag those groups and found nothing yet. */
function activityMarks(input: SentenceInput, found: readonly Mark[]): Mark[] {
  const rules = input.pack.rules.filter(
    (entry) =>
      entry.rule.kind === 'non-billable' &&
      entry.activities.size > 0 &&
      !found.some((mark) => mark.key === PREFIX + entry.rule.id),
  );
  if (rules.length === 0) return [];
  const groups = new Set(rules.flatMap((entry) => [...entry.activities]));
  if (!mayFindActivities(input.text, input.pack.activities, groups)) return [];
  const tokens = input.tokens();
  const person = input.pack.matchers.personAt;
  const isClient = (k: number) => {
    const token = tokens[k];
    if (token === undefined || (token.tags.has('Possessive') && !objectHer(tokens, k)))
      return false;
    if (standsForThings(tokens, k)) return false;
    return (
      personAfter(input.text, tokens, k, person) !== null || /^\p{Lu}\.\p{Lu}\.?$/u.test(token.text)
    );
  };
  const hits = findActivities(input.text, tokens, input.pack.activities, groups, isClient);
  const marks: Mark[] = [];
  for (const entry of rules) {
    if (exemptSentence(entry, input.text)) continue;
    const done = hits.filter(
      (candidate) =>
        entry.activities.has(candidate.entry.group) &&
        // "iron-fortified cereal": the first part of a compound is no verb.
        !/^[-‐]/u.test(
          input.text.slice(tokens[candidate.verb]!.end, tokens[candidate.verb]!.end + 1),
        ) &&
        !handedOver(tokens, candidate.verb) &&
        !negatedWithin(
          input.text.slice(tokens[candidate.verb]!.start, tokens[candidate.last]!.end),
        ) &&
        happenedAt(input, entry, candidate.verb, candidate.entry.agent),
    );
    // "Reviewed client's chart ..., then typed the plan update into the EHR": an act another
    // rule has not already claimed first.
    const taken = [...found, ...marks];
    const free = (candidate: (typeof done)[number]) =>
      !taken.some(
        (mark) =>
          mark.start < (tokens[candidate.last] as Token).end &&
          (tokens[candidate.verb] as Token).start < mark.end,
      );
    const hit = done.find(free) ?? done[0];
    if (hit === undefined) continue;
    const start = (tokens[hit.verb] as Token).start;
    const end = (tokens[hit.last] as Token).end;
    marks.push({ key: PREFIX + entry.rule.id, start, end });
  }
  return marks;
}

/** Things a worker carries, which a later "them" may stand for. */
const THINGS = new Set(
  'meds medications medication pills prescriptions scripts groceries papers forms bags boxes supplies documents bottles clothes items things books diapers donations packets applications'.split(
    ' ',
  ),
);
const PEOPLE = new Set('kids children clients members family parents boys girls twins'.split(' '));

/** "Picked up his meds ... and brought them over": "them" is the meds, not people. */
function standsForThings(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.normal !== 'them') return false;
  for (let j = k - 1; j >= Math.max(0, k - 15); j -= 1) {
    const word = (tokens[j] as Token).normal;
    if (PEOPLE.has(word)) return false;
    if (THINGS.has(word)) return true;
    if (/[.;!?]/.test((tokens[j] as Token).post)) return false;
  }
  return false;
}

/** Words that follow an object "her", never a thing she owns: "ran her over to", "took her home". */
const AFTER_OBJECT = new Set([
  'up',
  'over',
  'to',
  'home',
  'back',
  'off',
  'out',
  'at',
  'from',
  'in',
  'into',
  'around',
  'down',
  'across',
  'and',
]);

/**
 * "Picked up her groceries": a match that ends on "her" before a thing she owns names no person.
 */
function endsOnOwner(input: SentenceInput, end: number): boolean {
  if (!/\bher$/i.test(input.text.slice(Math.max(0, end - 4), end))) return false;
  const tokens = input.tokens();
  const k = tokenAt(tokens, end - 1);
  return tokens[k]?.normal === 'her' && tokens[k + 1] !== undefined && !objectHer(tokens, k);
}

/** "her" as the verb's object ("ran her over"), which compromise may tag a possessive. */
function objectHer(tokens: readonly Token[], k: number): boolean {
  if (tokens[k]?.normal !== 'her') return false;
  const next = tokens[k + 1];
  return next === undefined || /[,;:.!?]/.test(tokens[k]!.post) || AFTER_OBJECT.has(next.normal);
}

/**
 * The note-wide exceptions of one note: the note is split into sentences once (a note with
 * many findings must not be split once per finding) and each exception is tried once.
 */
class NoteExceptions {
  private sentences: Sentence[] | null = null;
  private readonly held = new Map<CompiledException, boolean>();

  constructor(private readonly text: string) {}

  /** 'note': each group anywhere; 'one-sentence': every group in one and the same sentence. */
  holds(exception: CompiledException): boolean {
    let holds = this.held.get(exception);
    if (holds === undefined) {
      holds =
        exception.exception.scope === 'note'
          ? exceptionHolds(exception, this.text)
          : this.all().some((sentence) => exceptionHolds(exception, sentence.text));
      this.held.set(exception, holds);
    }
    return holds;
  }

  /** The sentence holding `offset`, from `offset` to its end. */
  restOfSentence(offset: number): string {
    const sentence = this.all().find(
      (candidate) => candidate.start <= offset && offset < candidate.end,
    );
    return sentence ? this.text.slice(offset, sentence.end) : '';
  }

  /**
   * "not home, no answer at door. NOT BILLED (no-show).": the sentence after the one holding
   * `offset`, on the same line, is a short one that says the act was left out of the time.
   */
  nextSaysNotBilled(offset: number): boolean {
    const sentences = this.all();
    const at = sentences.findIndex(
      (candidate) => candidate.start <= offset && offset < candidate.end,
    );
    if (at === -1) return false;
    // "No answer at the door; ... Waited 10 min, left a card. Missed visit — not billed.": the
    // verdict may close the paragraph a few sentences on.
    for (let k = at + 1; k <= at + VERDICT_REACH && k < sentences.length; k += 1) {
      const next = sentences[k] as Sentence;
      const between = this.text.slice((sentences[k - 1] as Sentence).end, next.start);
      if (between.includes('\n')) return false;
      const words = next.text.trim().split(/\s+/u).length;
      if (words <= 6 && SAYS_NOT_BILLED.test(next.text)) return true;
    }
    return false;
  }

  /** The sentence after the one holding `offset` when it opens on "This is", "That was"... */
  nextIfAbout(offset: number): string {
    const sentences = this.all();
    const at = sentences.findIndex(
      (candidate) => candidate.start <= offset && offset < candidate.end,
    );
    const next = at === -1 ? undefined : sentences[at + 1];
    return next !== undefined && /^\s*(?:this|that|it)\s+(?:is|was|ride|trip)\b/i.test(next.text)
      ? next.text
      : '';
  }

  /** The text of the sentence holding `offset` ('' between sentences). */
  sentenceAt(offset: number): string {
    const sentences = this.all();
    let low = 0;
    let high = sentences.length - 1;
    while (low <= high) {
      const middle = (low + high) >> 1;
      const sentence = sentences[middle] as Sentence;
      if (offset < sentence.start) high = middle - 1;
      else if (offset >= sentence.end) low = middle + 1;
      else return sentence.text;
    }
    return '';
  }

  private all(): Sentence[] {
    this.sentences ??= splitSentences(this.text);
    return this.sentences;
  }
}

// "a no-show for her 11/4 psychiatry appt", "missed his PCP appointment": someone else's
// appointment the client missed, which the worker's service may be about.
const OTHER_PROVIDER = String.raw`(?:psych\w*|doctor|dr\.?|pcp|primary[ \t]care|dentist|dental|medical|clinic|hospital|court|probation|parole|therap\w*|counsel\w*|prescriber|md|specialist|lab|labs|intake|dss|ssa|wic|housing|job|work|school|iep|interview)`;
const ANOTHER_APPOINTMENT = new RegExp(
  String.raw`^(?:[^.;!?\n]{0,12}?\b(?:for|to|at|with)\s{1,2})?(?:(?:her|his|their|the|a|an|today's|this)\s{1,2})?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s{1,2})?(?:[\p{L}'’-]{1,20}\s{1,2}){0,2}?${OTHER_PROVIDER}\b`,
  'iu',
);

function anotherAppointment(matched: string, text: string, at: number): boolean {
  // "missed her psychiatry appt": the provider may sit inside the matched words themselves.
  if (new RegExp(String.raw`\b${OTHER_PROVIDER}\b`, 'iu').test(matched)) return true;
  return ANOTHER_APPOINTMENT.test(
    text.slice(at + matched.length, at + matched.length + 80).trimStart(),
  );
}

/** "how he can help when Keisha's not home": a time supposed, not a visit missed. */
const SUPPOSED_BEFORE = /\b(?:when|whenever|if|in case|on days)\b[^.;:!?]{0,30}$/i;

/** "rescheduled from mon no show", "after last week's no-show": a no-show on another day. */
const ANOTHER_DAY_BEFORE =
  /\b(?:from|since|after|last|yesterday|yesterday's|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?(?:['’]s)?)\b[^.;\d]{0,14}$/i;

/** "the no show last tuesday", "no-show on 10/27", "no show yesterday". */
const ANOTHER_DAY_AFTER =
  /^[\s,]{1,3}(?:last\s|yesterday\b|the (?:day|week) before\b|on\s{1,2}(?:\d{1,2}\/\d{1,2}|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b))/i;

function anotherDay(text: string, at: number, end: number): boolean {
  return (
    ANOTHER_DAY_BEFORE.test(text.slice(Math.max(0, at - 30), at)) ||
    ANOTHER_DAY_AFTER.test(text.slice(end, end + 30))
  );
}

/**
 * "Last 2 times CSP drive her; PT-1 now approved", "Yesterday I picked up her meds": a sentence
 * that opens on an earlier occasion tells what was done then, not in the visit this note bills.
 */
const EARLIER_OCCASION = new RegExp(
  String.raw`^[\s"'(-]{0,3}(?:(?:the\s{1,2})?(?:last|previous|prior)\s{1,2}(?:week|weekend|month|time|times|visit|visits|session|sessions|two|three|(?:\d|a\s{1,2}few|few|couple)\b[^.;:\d]{0,14}?\b(?:times|visits|sessions|weeks)|(?:mon|tues|wednes|thurs|fri|satur|sun)day)` +
    String.raw`|yesterday|previously|earlier\s{1,2}this\s{1,2}(?:week|month)|(?:the\s{1,2})?week\s{1,2}before|over\s{1,2}the\s{1,2}(?:past|last)\s{1,2}(?:few\s{1,2})?(?:weeks?|months?))\b`,
  'iu',
);
/** Words that bring the sentence back to this visit. */
const THIS_VISIT =
  /\b(?:today|tonight|this\s{1,2}(?:visit|session|morning|afternoon|evening)|now)\b/i;

function anotherOccasion(text: string, at: number): boolean {
  const before = text.slice(0, at);
  return EARLIER_OCCASION.test(before) && !THIS_VISIT.test(before);
}

/**
 * "took her to the dayroom", "brought him back to his room": a room of the building the visit is
 * in, reached on foot, not a ride. (An emergency room is a hospital: not listed.)
 */
const TO_A_ROOM =
  /^\s{0,2}(?:(?:back\s{1,2})?(?:to|into)\s{1,2})?(?:the|her|his|their|my|our)\s{1,2}(?:day\s?room|tv\s(?:room|lounge)|(?:card|group|living|dining|laundry|break|conference|community|activity|game|computer|quiet|visiting|family|common|meeting)\sroom|bathroom|bedroom|room|lounge|kitchen|hallway|porch|back\s?yard|courtyard|patio|lobby|front\sdesk|nurses?['’]?\sstation)(?![\p{L}])/iu;

function isTransport(pack: CompiledPack, mark: Mark): boolean {
  if (!mark.key.startsWith(PREFIX)) return false;
  const id = mark.key.slice(PREFIX.length);
  return pack.rules.some(
    (entry) =>
      entry.rule.id === id &&
      entry.rule.kind === 'non-billable' &&
      entry.rule.code === 'transportation',
  );
}

/** "... to the mall", "... to Walmart": a destination of its own, which the exception must cover. */
const TO_A_PLACE = /\bto\s{1,2}(?:the|a|an|her|his|their|its|my|our)\b|\bto\s{1,2}\p{Lu}/u;

function namesAPlace(rest: string): boolean {
  return TO_A_PLACE.test(rest);
}

/** "... at Market Basket", "... at the mall", or any place `namesAPlace` finds. */
const AT_A_PLACE = /\b(?:at|into|in)\s{1,2}(?:the\s{1,2})?\p{Lu}|\bat\s{1,2}the\b/u;

function namesADestination(rest: string): boolean {
  return namesAPlace(rest) || AT_A_PLACE.test(rest);
}

function matches(group: RegExp, text: string): boolean {
  group.lastIndex = 0;
  return group.test(text);
}

function exemptSentence(entry: CompiledRule, text: string): boolean {
  return entry.exceptions.some(
    (exception) => exception.exception.scope === 'sentence' && exceptionHolds(exception, text),
  );
}

function happened(input: SentenceInput, entry: CompiledRule, start: number): boolean {
  const tokens = input.tokens();
  const index = tokenAt(tokens, start);
  const token = tokens[index];
  // Words in a leading label are a title, not something done.
  if (token === undefined || token.start > start || token.end <= start) return false;
  return happenedAt(input, entry, index);
}

/** The activity at token `index` was done, and by the worker unless anyone's doing counts. */
function happenedAt(
  input: SentenceInput,
  entry: CompiledRule,
  index: number,
  agent?: 'worker' | 'any',
): boolean {
  if (entry.rule.kind !== 'non-billable') return false;
  const tokens = input.tokens();
  // 'Goal 3, "make my own lunch and help around the house"': someone's words, not an act.
  if (quoted(input.text, (tokens[index] as Token).start)) return false;
  if (inWrittenPlan(input.text, (tokens[index] as Token).start)) return false;
  if (inStatedGoal(input.text, tokens, index)) return false;
  if (anotherOccasion(input.text, (tokens[index] as Token).start)) return false;
  if (listedStep(input.text, (tokens[index] as Token).start)) return false;
  const byAnyone = (agent ?? entry.rule.match.agent) === 'any';
  if (isNegatedOrUnreal(tokens, index, !byAnyone)) return false;
  return byAnyone || agentOf(input.text, tokens, index, input.pack.matchers) === 'worker';
}

/**
 * "a card (1. find the name, 2. read the take line, 3. put the pills in the AM row, 4. count)":
 * an item of a numbered list is a step written down, not something done. The sentence reader
 * parts such a list at each number, so an item shows itself by the next number at its end,
 * or by its own number before it when the list is read whole.
 */
const ENUMERATOR = /(?:^|[\s(,;])\(?\d{1,2}[.)][ \t]{1,2}/gu;
function listedStep(text: string, at: number): boolean {
  if (/[,;][ \t]{0,2}\(?\d{1,2}[.)][ \t]*$/u.test(text)) return true;
  if (!/(?:^|[\s(,;])\(?\d{1,2}[.)][ \t]{1,2}$/u.test(text.slice(Math.max(0, at - 8), at)))
    return false;
  return [...text.matchAll(ENUMERATOR)].length >= 2;
}

/** The act at `start` is told with no doer: "Completed the call and crisis plan update". */
function namesNoDoer(input: SentenceInput, start: number): boolean {
  const tokens = input.tokens();
  const index = tokenAt(tokens, start);
  if (tokens[index] === undefined) return false;
  return statedAgent(input.text, tokens, index, input.pack.matchers) === null;
}

/**
 * "We wrote a 5-9 pm evening plan on an index card: call sponsor at 6, cook dinner instead":
 * the items of a plan or list the note says was written, not acts done in the visit.
 */
const WRITTEN_PLAN_BEFORE =
  /\b(?:wrote|write|writes|made|make|built|build|drew up|listed|came up with|put together|wrote out|worked out|filled in|filled out)\b[^.!?;:\n]{0,60}\b(?:plan|list|card|steps|schedule|routine|chart|checklist)\b[^.!?;:\n]{0,30}:[^.!?;:\n]*$/i;

function inWrittenPlan(text: string, offset: number): boolean {
  return WRITTEN_PLAN_BEFORE.test(text.slice(Math.max(0, offset - 200), offset));
}

/**
 * "Rehab plan obj 1b: plan and buy a week of groceries for $60 or less": the words of a goal
 * after its label are what the client is working toward, not an act of the visit. An act told
 * in the past ("Goal 2: drove him to the DMV") is still one.
 */
const GOAL_LABEL_BEFORE =
  /\b(?:goal|obj(?:ective)?|target)\.?\s{0,2}(?:#\s{0,2})?(?:\d{1,2}[a-z]?|[a-z]\d?)?\s{0,2}(?:\([^)\n]{0,40}\)\s{0,2})?:\s*([^.!?;:\n]*)$/i;

function inStatedGoal(text: string, tokens: readonly Token[], index: number): boolean {
  const trigger = tokens[index] as Token;
  if (trigger.tags.has('PastTense')) return false;
  const goal = GOAL_LABEL_BEFORE.exec(text.slice(Math.max(0, trigger.start - 120), trigger.start));
  if (goal === null) return false;
  const from = trigger.start - (goal[1] as string).length;
  return !tokens.some(
    (token) => token.start >= from && token.end <= trigger.start && token.tags.has('PastTense'),
  );
}

/** True when `offset` sits inside double quotes opened earlier in the sentence. */
function quoted(text: string, offset: number): boolean {
  let open = false;
  for (let k = 0; k < offset; k += 1) {
    const char = text[k];
    if (char === '"') open = !open;
    else if (char === '“') open = true;
    else if (char === '”') open = false;
  }
  return open;
}
