// The elements a program requires in every note (times, location, plan goal, signatures...).
// A field counts as present in any form: a label anywhere ("Location: library", "FSP obj 3b:"),
// the note's format headings (DAP, BIRP, SOAP, GIRP, PIE), prose ("at the library", "from 3
// to 4:15 pm", "signed by me"), the sign-off block, or the EHR form around the note. Only when
// every place was looked at and none holds it is the field reported missing, and the card
// says where the engine looked.
import { HEADER_END, type CompiledField } from '../compile';
import { readSignOff } from '../reading/sign-off';
import type { FieldId, FieldPresence, Finding } from '../types';
import { NOT_AN_ACT, NOTHING, statesIntent, type Check, type Mark, type NoteInput } from './check';

const PREFIX = 'field:';
/** "Parent signature: ______" is a line waiting to be filled, not a signature. */
const BLANK_AFTER = /^[\s:=\-–_.]*$/;
/** "Electronically signed by: ________ Date/Time: ____": a blank up to the next field. */
/** A one-line export's label whose field was left empty (`writeExportColons` writes ":_"). */
const EMPTY_LABEL_AFTER = /^:_(?:[ \t]{2}|[ \t]*$)/u;
const BLANK_FIELD_AFTER = /^\s*(?:by\b)?[\s:=\-–_.]*(?:$|\p{Lu}[\p{L}/ ]{0,20}:)/u;

/** What the card tells the user the engine read before calling the field missing. */
const WHERE_LOOKED: Record<FieldId, string> = {
  date: 'a date anywhere in the note (3/14/2026, March 14, 2026-03-14) and the form’s date field',
  'start-time':
    'a start time or a time range anywhere (1:05 PM, 13:05, from 3 to 4:15 pm, a quarter past nine), a duration, and the form’s time fields',
  'end-time':
    'an end time or a time range anywhere (until 2:30, 1-2 pm, half past ten), a duration, and the form’s time fields',
  location:
    'a place label, a place (home, apartment, office, clinic, library...), a street address, a phone or video contact, and the form’s location field',
  participants:
    'a list of who was present (Present:, With:, In attendance) and sentences saying who was there or joined',
  goal: 'a goal or objective anywhere (Goal:, FSP obj 3b, treatment plan goal 2, his goal of...), the plan it comes from, or a crisis',
  intervention:
    'what the worker did: taught, modeled, role-played, showed, practiced, reviewed, called... or an Intervention/Methods heading',
  response:
    'an outcome or progress (Outcome:, Progress:, R:, A:, E:, completed, was able to, 3 of 4...)',
  plan: 'a next step (Plan:, P:, Follow-up, next visit, will...)',
  signature:
    'a sign-off at the end (a name, with or without credentials), a Signed/Signature line, and sentences such as “signed by”',
};

export const requiredFields: Check = {
  sentence(input) {
    const marks: Mark[] = [];
    // Every header ends in one of these: most sentences hold none, and the headers are not tried.
    const mayHaveHeader = HEADER_END.test(input.text);
    for (const field of input.pack.fields) {
      const header = mayHaveHeader ? firstMatch(field.header, input.text) : null;
      const deferred = header !== null && deferredValue(field, input.text.slice(header.end));
      const generic =
        header !== null && (deferred || genericGoal(field, input.text.slice(header.end)));
      // "Goal: continue CSP services": the label's own word "goal" is no goal either; "see
      // attached checklist" names no method with its "checklist".
      const blankTo = deferred && header ? lineEndFrom(input.text, header.end) : header?.end;
      const rest =
        generic && header ? blank(input.text, header.start, blankTo ?? header.end) : input.text;
      // "goal: keep benefits so he can stay in his apartment": a place in a goal or a plan is
      // not where this service happened.
      // "Follow-up: practice the cleanup instruction nightly": what is to be practised is no
      // method used in this session.
      const inIntent =
        (field.field === 'location' && NOT_AN_ACT.test(input.text)) ||
        (field.field === 'intervention' &&
          NEXT_STEPS.test(input.text) &&
          statesIntent(input.text)) ||
        // "Objective: Carmen will use first/then language": the goal's "will" is no next step.
        (field.field === 'plan' && NOT_AN_ACT.test(input.text) && !NEXT_STEPS.test(input.text));
      const found =
        (header !== null && !generic ? header : null) ??
        (inIntent
          ? null
          : field.field === 'location'
            ? placeMatch(field.phrases, rest)
            : firstMatch(field.phrases, rest)) ??
        firstMatch(RECOGNIZERS[field.field] ?? null, input.text) ??
        (field.field === 'location' && !inIntent ? firstMatch(NAMED_PLACE, input.text) : null) ??
        (field.field === 'participants'
          ? (firstMatch(PRESENT_NAMED, input.text) ?? attendanceList(input.text))
          : null) ??
        (field.required?.topicLabels ? topicLabel(input.text, input.pack.fields) : null) ??
        (field.required?.workerAction ? workerDid(input.text, input.pack.matchers.worker) : null);
      const blankSignature =
        found !== null &&
        field.field === 'signature' &&
        BLANK_FIELD_AFTER.test(input.text.slice(found.end));
      // "Obj:_  Methods: modeling": a label whose field was left empty is no evidence.
      const emptyLabel = found !== null && EMPTY_LABEL_AFTER.test(input.text.slice(found.end));
      if (found && !blankSignature && !emptyLabel)
        marks.push({ key: PREFIX + field.field, ...found });
      field.allOf.forEach((group, i) => {
        const hit = firstMatch(group, input.text);
        if (hit && !BLANK_AFTER.test(input.text.slice(hit.end)))
          marks.push({ key: `${PREFIX}${field.field}#${i}`, ...hit });
      });
    }
    return marks.length > 0 ? { findings: [], marks } : NOTHING;
  },

  note(input) {
    if (input.notBilled) return [];
    const presence = fieldPresence(input);
    const findings: Finding[] = [];
    // A no-show gave no session: its times, goal and method are not missing, only the date and
    // who wrote it can be (the no-show finding already says the visit cannot be billed).
    const noShow = input.findings.some(
      (finding) => finding.kind === 'non-billable' && finding.code === 'no-show',
    );
    for (const field of input.pack.fields) {
      const required = field.required;
      if (required === null || presence[field.field]?.present) continue;
      if (noShow && field.field !== 'date' && field.field !== 'signature') continue;
      // "went to stop and shop and got her groceries": work the program does not pay for is
      // still an account of what the worker did.
      if (
        required.workerAction &&
        input.findings.some((finding) => finding.kind === 'non-billable')
      )
        continue;
      // Nor can a parent who was not there sign it: the writer's name is enough.
      if (noShow && field.field === 'signature' && writerSigned(input)) continue;
      findings.push({
        kind: 'missing-field',
        code: field.field,
        start: 0,
        end: 0,
        message: `${required.message} Looked for ${WHERE_LOOKED[field.field]}.`,
        suggestions: required.suggestions.map((suggestion) => ({ ...suggestion })),
        rule: `required-${field.field}`,
        severity: required.severity,
        source: required.source,
      });
    }
    return findings;
  },
};

/** A street address: "12 Elm St", "at his apt on Dudley St", "88 Warren Street". */
const ADDRESS =
  /(?:(?<![\p{L}\p{N}_])\d{1,5}[a-z]?\s+|(?<![\p{L}\p{N}_])(?:on|off|at)\s+)(?:\p{Lu}[\p{L}'.-]*\s+){1,3}(?:st|street|ave|avenue|rd|road|dr|drive|ct|court|ln|lane|blvd|boulevard|way|pl|place|ter|terrace|cir|circle|hwy|highway|route|rte|pike|turnpike|sq|square|pkwy|parkway)(?![\p{L}\p{N}_])/iu;

/** What the phrase language cannot say: numbers and the shape of a street address or an outcome. */
/**
 * "12/3 nicole's norwich 3-4", "12/4 fri maria's danbury": on the line a date opens, the family's
 * name in the possessive is where the visit was.
 */
const HOME_OF =
  /^\s*(?:\p{L}{3,9}\.?,?\s)?\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?(?:\s\p{L}{2,9}\.?,?)?(?:\s[\d:apm–-]{1,15},?)?\s(?:at\s)?\p{L}{2,}['’]s(?=\s(?:in|on)\s|\s\p{L}|\s?[,.])/iu;

/**
 * "at Lucky Strike", "@ Lynn CSP ofc", "at the Y on Grand", "at Brittany's", "ph w/ Ms. Dube": a
 * named place after "at" (capitalized: "at 2" and "at home" are read elsewhere), or a phone
 * contact in shorthand.
 */
const NAMED_PLACE =
  /(?:(?<![\p{L}])at|@)\s{1,2}(?:the\s{1,2})?\p{Lu}[\p{L}'’.&-]*(?![\p{L}'’.&-])(?<!['’]s(?=\s(?:eye|eyes|level|request|suggestion|pace|side|feet|face|hands?|head|expense|insistence|invitation|direction|speed|own)\b))|(?<![\p{L}])(?:ph|tel)\.?\s(?:w\/|call|contact|check)|(?<![\p{L}])ofc\b/u;

const RECOGNIZERS: Partial<Record<FieldId, RegExp>> = {
  // "RP #3 housing", "TP#2", "IP 1b": a plan's goal named by its number after the plan's letters.
  goal: /(?<![\p{L}\p{N}])(?:RP|TP|IP|ISP|IRP|ITP|TxP|FSP)\s?#?\s?\d{1,2}[a-z]?(?![\p{L}\p{N}])/u,
  location: new RegExp(`${ADDRESS.source}|${HOME_OF.source}`, 'iu'),
  // An attendance list written as people with their role or age: "Naomi G. (parent), Elijah
  // (4)", "maria (mom) and baby luca (7 mo)".
  // ... or people joined to a relative: "brianna + her mom + baby kylie", "tasha and baby jayden".
  participants:
    /(?<![\p{L}\p{N}_])(?:mom|mother|dad|father|grandma|grandmother|grandpa|aunt|uncle|neighbor|friend|bf|gf|boyfriend|girlfriend|partner|sister|brother)\s?\((?!\d)[\p{L}][^)]{0,25}\)|(?:^|[\s.;:,])(?!\p{L}+(?:ed|ing)(?![\p{L}\p{N}_]))\p{L}[\p{L}'.]{1,20}\s?(?:\+|&|and)\s(?:(?:her|his|their)\s)?(?:baby|babies|mom|mother|dad|father|grandma|grandmother|grandpa|grandfather|bf|gf|boyfriend|girlfriend|partner|husband|wife|son|daughter|twins|kids|children|toddler|infant)(?![\p{L}\p{N}_])|[\p{L}][\p{L}'-]{1,20}(?:\s[\p{L}][\p{L}'.-]{0,20})?\s?\(\s?(?:mom|mother|parent|dad|father|grandma|grandmother|grandfather|grandpa|aunt|uncle|partner|boyfriend|girlfriend|husband|wife|child|son|daughter|baby|infant|toddler|sibling|sister|brother|guardian|foster (?:mom|dad|parent)|\d{1,2}(?:\.\d)?\s?(?:mo|mos|months?|m|yrs?|y|yo|y\.o\.?|years?(?: old)?|wks?|weeks?)?)\s?[),;]/iu,
  // "Next 12/14 back to bedtime routine", "next: 11/24 review log": the next contact's date.
  // "next thurs keep going w corner", "next mon: nap schedule": the next contact's day.
  plan: /(?:^|[\s.;])next\s?[:\-–]?\s?(?:on\s|is\s)?(?:(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*\.?,?\s)?\d{1,2}\/\d{1,2}\b|(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)(?:day)?\b)/i,
  // "3 of 4 nights", "2/3 transitions", "did it herself", "without a prompt".
  response:
    /\b\d{1,2}\s*(?:of|out of|\/)\s*\d{1,2}\b|\b(?:herself|himself|themselves|on (?:her|his|their) own|without (?:help|me|a prompt|prompts|prompting|a reminder|reminders|looking|cues))\b|\b(?:said|says) (?:it|that|this|the [a-z]+) (?:was|is|went|worked|helped|made)/i,
};

const IRREGULAR_PAST =
  'met|went|spent|gave|made|took|brought|drove|did|sat|spoke|wrote|read|got|ran|taught|saw|told|sent|found|left|paid|bought|put|set|showed|shown|rode|walked|kept|held|began|came|felt|heard|led|let|thought|understood|won|ate|drew|dropped|picked|stayed|stood|went over|looked up|caught|knew|chose|hung|lent|meant|sold|rang|swept|fed|dealt|forgot|sought|built|drove|wore|gave';
/** A sentence that opens with what was done: "Drove Marcus...", "Met w/ Jessica", "D: Reviewed...". */
const OPENS_WITH_ACTION = new RegExp(
  String.raw`^(?:[-•*\d.)\s/:]{0,20})(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}{0,6}\.?,?\s{1,3}(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?\s{1,3})?)?(?:[ap]\.?m\.?\s{1,3})?(?:[\p{L} /#()]{1,30}:\s{0,3})?(?:and\s)?(?:\p{L}{2,20}ed|${IRREGULAR_PAST})(?![\p{L}])`,
  'iu',
);
// "I call her right away. I ask directly about suicide": told in the present, as second-language
// writers and some dictating workers do, the worker's own acts are still acts.
const PRESENT_ACT =
  'ask|call|show|teach|review|practice|practise|explain|go|talk|read|write|model|role-play|walk|discuss|stay|meet|visit|tell|use|bring|take|give|coach|prompt|guide|demonstrate|remind|listen|make|check|plan|sit';
const ACTION_WORD = new RegExp(
  String.raw`^(?:\p{L}{2,20}ed|${IRREGULAR_PAST}|will|would|can|could|(?:${PRESENT_ACT})(?:e?s)?)$`,
  'iu',
);

const TOPIC = /^\s*((?:[\p{L}][\p{L}'’&+/-]*\s){1,3}[\p{L}][\p{L}'’&+/-]*)\s?:\s*\S/u;

/**
 * "cup drinking: showed open cup ...", "med safety: went thru the cabinet": a topic of two to
 * four words heading the sentence, that no field's own header names, is what the session was for.
 */
function topicLabel(
  sentence: string,
  fields: readonly CompiledField[],
): { start: number; end: number } | null {
  const match = TOPIC.exec(sentence);
  if (match === null) return null;
  for (const field of fields) {
    if (field.header === null) continue;
    field.header.lastIndex = 0;
    const header = field.header.exec(sentence);
    if (header !== null && header.index <= match.index + 2) return null;
  }
  const start = sentence.indexOf(match[1] as string);
  return { start, end: start + (match[1] as string).length };
}

const LIST_ITEM = String.raw`[\p{L}\d][\p{L}\d'’.-]*(?:\s[\p{L}\d][\p{L}\d'’.-]*){0,2}(?:\s?\([^)]{1,30}\))?`;
// The list may lead the sentence into where and when: "samantha + rory + linda at linda's house".
const LIST = new RegExp(
  String.raw`^\s*(?:[\p{L} ]{1,20}:\s*)?(?:just\s|only\s)?(${LIST_ITEM}(?:\s*(?:,|\+|&|\band\b)\s*${LIST_ITEM}){1,7})(?:\s(?:today|here|home)\b)?(?:\s?\([^)]{1,30}\))?(?:\s(?:at|in|from|for|came|joined|were|was)\b.*)?\s*[.;]?\s*$`,
  'iu',
);
const PERSON_WORD =
  /\b(?:me|myself|i|provider|kids?|baby|babies|twins|son|daughter|mom|mother|dad|father|grandma|grandmother|grandpa|aunt|uncle|neighbor|friend|bf|gf|boyfriend|girlfriend|partner|sister|brother|case\s(?:mgr|manager))\b|\b\d{1,2}\s?(?:mo|mos|m|wk|wks|y|yo|yrs?)?\b/i;
const NOT_A_NAME_LIST =
  /(?<![\p{L}\p{N}_])(?:was|were|is|are|am|be|been|seemed|seems|said|says|did|does|had|has|have|got|felt|looked|went|came|very|so|too|not|\p{L}{3,}(?:ed|ing|ly))(?![\p{L}\p{N}_])/iu;
const PLACE_WORD =
  /\b(?:house|home|apt|apartment|st|street|ave|rd|road|office|center|ctr|clinic|library|park|room|school)\b/i;

/** "Present Kia, her son Dez age two, and ...", as a dictated note says its attendance. */
// "Present Brianna who is thirty-six weeks, her son Kayden who is two, and myself".
const PRESENT_NAMED =
  /^\s{0,3}(?:[Pp]resent|[Aa]lso present|[Ii]n attendance)\s{1,2}(?:were\s{1,2}|was\s{1,2})?\p{Lu}[\p{L}'’-]+(?:\s{1,2}who\s[^,.;\n]{1,40})?(?:,|\s{1,2}and\b)/u;

/**
 * A sentence that is nothing but a list of people: "crystal, ava, aiden, me.", "jenna + lily.",
 * "ppl: kim, zoe, rob". Two one-word names or "me" among them tell it from "crystal's house,
 * torrington".
 */
function attendanceList(sentence: string): { start: number; end: number } | null {
  if (sentence.length > 160) return null;
  // "12/2 samantha + rory + linda at ...", "keisha's apt willimantic, just k + dj today": after
  // a leading day and date, or after the sentence's last comma.
  const lead = LEADING_WHEN.exec(sentence)?.[0].length ?? 0;
  const comma = sentence.lastIndexOf(', ');
  for (const from of new Set([0, lead, comma === -1 ? 0 : comma + 2])) {
    const found = listAt(sentence, from);
    if (found !== null) return found;
  }
  return null;
}

const LEADING_WHEN =
  /^\s*(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}*\.?,?\s)?(?:\d{1,2}\/\d{1,2}(?:\/\d{2,4})?,?\s)?(?:(?:mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\p{L}*\.?,?\s)?(?:\d{1,2}(?::\d\d)?\s?(?:am|pm)?\s?-\s?\d{1,2}(?::\d\d)?\s?(?:am|pm)?,?\s)?/iu;

function listAt(sentence: string, from: number): { start: number; end: number } | null {
  const match = LIST.exec(sentence.slice(from));
  if (match === null) return null;
  const items = (match[1] as string).split(/\s*(?:,|\+|&|\band\b)\s*/u).map((item) =>
    item
      .replace(/\s?\([^)]*\)/u, '')
      .replace(/\s(?:today|here|home)$/iu, '')
      .trim(),
  );
  // "km, csw" is a sign-off; "11/12, 1-2" times and dates.
  if (
    items.some((item) =>
      /\d{1,2}[:/]\d|^(?:csw|csp|pss|pssp|cm|lcsw|lpc|bsw|msw|ba|bs|ma|ms|rn|lpn|mhp|qmhp|cadc|lcadc|cps|crss)\.?$/iu.test(
        item,
      ),
    )
  )
    return null;
  // "Mom was lazy and uncooperative" is a sentence about someone, not a list of who came.
  if (items.some((item) => PLACE_WORD.test(item) || NOT_A_NAME_LIST.test(item))) return null;
  const single = items.filter((item) => /^[\p{L}'’.-]+$/u.test(item)).length;
  if (single < 2 && !items.some((item) => PERSON_WORD.test(item))) return null;
  const start = sentence.indexOf(match[1] as string, from);
  return { start, end: start + (match[1] as string).length };
}

/**
 * True when a sentence may show a field through the recognizers alone ("jenna + lily (3).",
 * "Drove ... ", "next 12/14"): such a sentence holds none of the packs' words, and the lexical
 * prefilter would pass it over.
 */
export function mayShowField(sentence: string): boolean {
  for (const re of Object.values(RECOGNIZERS)) if (re.test(sentence)) return true;
  if (attendanceList(sentence) !== null || NAMED_PLACE.test(sentence)) return true;
  return OPENS_WITH_ACTION.test(sentence);
}

/** Outside parenting, any sign of what the worker did: an action verb after a worker word, or first. */
function workerDid(sentence: string, worker: RegExp): { start: number; end: number } | null {
  if (OPENS_WITH_ACTION.test(sentence)) return { start: 0, end: Math.min(sentence.length, 20) };
  // "... for her part: reported that Nate now calls OATS", "home visit 11/29 11:30-11:50,
  // dropped by to see how he's doing": a clause after a colon or comma opens with the act.
  for (const match of sentence.matchAll(/[:;,|.]\s{1,3}(?=\p{L})|\s[-–—]\s(?=\p{L})/gu)) {
    const at = match.index + match[0].length;
    if (OPENS_WITH_ACTION.test(sentence.slice(at, at + 60))) {
      return { start: at, end: Math.min(sentence.length, at + 20) };
    }
  }
  worker.lastIndex = 0;
  for (let match = worker.exec(sentence); match !== null; match = worker.exec(sentence)) {
    const end = match.index + match[0].length;
    const next = sentence
      .slice(end, end + 60)
      .trim()
      .split(/\s+/)
      .slice(0, 3);
    if (next.some((word) => ACTION_WORD.test(word.replace(/[^\p{L}]/gu, ''))))
      return { start: match.index, end };
  }
  return null;
}

/** A plan or follow-up heading ("F/U:", "Next:"), not a goal's: what comes after is still to do. */
const NEXT_STEPS =
  /^\s{0,4}(?:[-•*—–|]\s{0,2})?(?:plan|p|next(?:\s{1,2}(?:steps?|visit|session))?|follow[- ]?up|f\/u)\s{0,2}[:–—]/iu;

/**
 * "Intervention: see attached checklist", "Methods: see narrative", "I: Parenting support session
 * per plan": a method field whose value points elsewhere or names only the service says nothing
 * of what was done; the narrative it points to must say it.
 */
const DEFERRED_METHOD =
  /^\s{0,3}(?:see\s(?:attached|attachment|scanned|paper|form|checklist)\b[^.\n]{0,30}|see\s(?:the\s)?(?:narrative|notes?|below|above|session\snotes?|progress\snotes?)|n\/?a|none|as\s(?:planned|usual)|(?:parenting\s)?support(?:\sservices?)?(?:\s(?:session|visit))?(?:\sper\s(?:the\s)?(?:plan|fsp|ip))?)\s{0,3}\.?\s*$/i;

function lineEndFrom(text: string, from: number): number {
  const end = text.indexOf('\n', from);
  return end === -1 ? text.length : end;
}

function deferredValue(field: CompiledField, value: string): boolean {
  return field.field === 'intervention' && DEFERRED_METHOD.test(value.split('\n')[0] ?? '');
}

/** "Goal: continue CSP services" names no goal: every word of the value is generic or short. */
function genericGoal(field: CompiledField, value: string): boolean {
  if (field.field !== 'goal' || field.generic.size === 0) return false;
  const firstClause = value.split(/[.;\n]/)[0] ?? '';
  const words = firstClause.match(/[\p{L}\p{N}'’/-]+/gu) ?? [];
  // "Goal: 3", "Goal: 2b": the plan's goal named by its number, as "Goal #3" is.
  if (/^\d{1,2}[a-z]?$/i.test(words[0] ?? '') && words.length <= 2) return false;
  // A short word is filler ("to", "f/u", "1"), unless it is written as an acronym: "complete
  // IOP", "get his GED" name a goal.
  return words.every((word) => {
    const lower = word.toLowerCase();
    return field.generic.has(lower) || (lower.length <= 3 && !/^\p{Lu}{2,3}$/u.test(word));
  });
}

/** Presence of every field the program requires. */
export function fieldPresence(input: NoteInput): Partial<Record<FieldId, FieldPresence>> {
  const presence: Partial<Record<FieldId, FieldPresence>> = {};
  for (const field of input.pack.fields) {
    if (field.required === null) continue;
    presence[field.field] = presenceOf(field, input);
  }
  return presence;
}

function presenceOf(field: CompiledField, input: NoteInput): FieldPresence {
  if (input.context.fields?.[field.field]) return { present: true, where: 'context' };
  if (field.field === 'signature') return signaturePresence(field, input);
  if (field.allOf.length > 0) {
    const hits = field.allOf.map((_, i) =>
      input.marks.find((mark) => mark.key === `${PREFIX}${field.field}#${i}`),
    );
    const first = hits[0];
    return hits.every((hit) => hit !== undefined) && first
      ? { present: true, where: 'note', start: first.start, end: first.end }
      : absent();
  }
  let candidates = input.marks.filter((candidate) => candidate.key === PREFIX + field.field);
  // "Yvonne Park, PSSP / B. Tran (parent)": who signed is not who attended.
  if (field.field === 'participants' && candidates.length > 0) {
    const signed = readSignOff(input.text, input.pack.signOff);
    const spans = [signed.provider, signed.parent, signed.someone].filter((span) => span !== null);
    candidates = candidates.filter(
      (mark) => !spans.some((span) => span.start <= mark.start && mark.end <= span.end),
    );
  }
  // "Individuals present:" left empty, the next line another label: a blank template field.
  candidates = candidates.filter((mark) => !emptyLabel(input.text, mark.end, input.pack.fields));
  const mark = candidates[0];
  if (mark) return { present: true, where: 'note', start: mark.start, end: mark.end };
  return foundByTime(field, input) ?? absent();
}

/**
 * The label ending at `end` has nothing after it on its line, and the next line opens with
 * another field's label ("Session objective:"), not a value ("Mom: Maria"); or the next
 * column's label follows it on its line.
 */
function emptyLabel(text: string, end: number, fields: readonly CompiledField[]): boolean {
  if (
    !/:[ \t]*$/u.test(text.slice(Math.max(0, end - 10), end)) &&
    !/^\s*:/u.test(text.slice(end, end + 3))
  )
    return false;
  // "Location:    Service: CSP Individual": the next column's label right after, on the line.
  const gap = /[ \t]*$/u.exec(text.slice(Math.max(0, end - 8), end))?.[0].length ?? 0;
  const column = /^:?([ \t]*)\p{Lu}[\p{L}'’ /&()-]{1,30}:/u.exec(text.slice(end, end + 40));
  if (column !== null && gap + (column[1] ?? '').length >= 2) return true;
  const lineEnd = text.indexOf('\n', end);
  if (lineEnd === -1 || !/^[\s:_.-]*$/u.test(text.slice(end, lineEnd))) return false;
  const next = /^\n[ \t]*([^\n]*)/u.exec(text.slice(lineEnd))?.[1] ?? '';
  if (!/^\p{Lu}[\p{L}'’ /&()-]{1,40}:/u.test(next)) return false;
  const label = next.slice(0, next.indexOf(':') + 1);
  return fields.some((field) => {
    if (field.header === null) return false;
    field.header.lastIndex = 0;
    const hit = field.header.exec(`${label} x`);
    return hit !== null && hit.index <= 1;
  });
}

/** Parenting needs the provider's and the parent's signature; elsewhere any signer will do. */
function signaturePresence(field: CompiledField, input: NoteInput): FieldPresence {
  const mark = input.marks.find((candidate) => candidate.key === PREFIX + field.field);
  const signers = field.required?.signers;
  const signed = readSignOff(input.text, input.pack.signOff, {
    clientDoesNotSign: !signers?.includes('parent'),
  });
  if (signers === undefined || signers.length === 0) {
    const span = signed.provider ?? signed.someone ?? signed.parent ?? mark;
    return span ? { present: true, where: 'note', start: span.start, end: span.end } : absent();
  }
  // A signature whose role the note does not say stands for the provider, who signs every note.
  const bySigner = { provider: signed.provider ?? signed.someone, parent: signed.parent };
  const spans = signers.map((signer) => bySigner[signer]);
  const first = spans[0];
  return spans.every((span) => span !== null) && first
    ? { present: true, where: 'note', start: first.start, end: first.end }
    : absent();
}

function writerSigned(input: NoteInput): boolean {
  const signed = readSignOff(input.text, input.pack.signOff);
  return (signed.provider ?? signed.someone) !== null;
}

function foundByTime(field: CompiledField, input: NoteInput): FieldPresence | null {
  const { time } = input;
  if (field.field === 'date') {
    return input.date ? { present: true, where: 'note', ...input.date } : null;
  }
  if (field.field !== 'start-time' && field.field !== 'end-time') return null;
  const mark = field.field === 'start-time' ? time.start : time.end;
  if (time.basis === 'context') return { present: true, where: 'context' };
  if (mark !== null) return { present: true, where: 'note', start: mark.start, end: mark.end };
  // Outside parenting a stated duration is enough ("45 min", "1.5 hours").
  if (field.required?.orDuration && time.minutes !== null) return { present: true, where: 'note' };
  return null;
}

function absent(): FieldPresence {
  return { present: false, where: null };
}

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + ' '.repeat(end - start) + text.slice(end);
}

const globalCopies = new WeakMap<RegExp, RegExp>();

/** A device the client owns ("on his phone") or a call still to come ("will call me"): no contact. */
const NOT_A_CONTACT_BEFORE =
  /(?:(?<![\p{L}\p{N}_])(?:his|her|their|my|your|its)|\p{L}['’]s)\s{1,2}(?:own\s{1,2}|cell\s{1,2}|new\s{1,2})?$|(?<![\p{L}\p{N}_])(?:will|to|can|could|would|should|may|might|please)\s{1,2}$/iu;
const CONTACT_WORD =
  /^(?:phone|telephone|text|texted|texting|video|voicemail|call|calls|calling)\b/i;

// "the park-to-car card": a place's word inside a compound names a thing, not where the visit was.
const NOT_A_PLACE_AFTER =
  /^-\p{L}{1,12}-|^\s(?:statements?|accounts?|balance|cards?|bills?|app|number|hours|supplies|benefits|fees?|loans?|check|checks|deposit|transfer|interview|application|forms?|paperwork|letter|notice|questions)\b/iu;

/** The first place or contact the sentence names, passing over a device or a future call. */
function placeMatch(re: RegExp | null, text: string): { start: number; end: number } | null {
  if (re === null) return null;
  let global = globalCopies.get(re);
  if (global === undefined) {
    global = new RegExp(re.source, re.flags.includes('g') ? re.flags : `${re.flags}g`);
    globalCopies.set(re, global);
  }
  global.lastIndex = 0;
  for (let match = global.exec(text); match !== null; match = global.exec(text)) {
    if (match[0] === '') {
      global.lastIndex += 1;
      continue;
    }
    const before = text.slice(Math.max(0, match.index - 24), match.index);
    if (CONTACT_WORD.test(match[0]) && NOT_A_CONTACT_BEFORE.test(before)) continue;
    const end = match.index + match[0].length;
    // "his March bank statement", "keep benefits in place": a place's word that names no place.
    if (NOT_A_PLACE_AFTER.test(text.slice(end, end + 16))) continue;
    if (/\bin\s$/i.test(before) && /^place$/iu.test(match[0].trim())) continue;
    return { start: match.index, end };
  }
  return null;
}

function firstMatch(re: RegExp | null, text: string): { start: number; end: number } | null {
  if (re === null) return null;
  re.lastIndex = 0;
  const match = re.exec(text);
  return match ? { start: match.index, end: match.index + match[0].length } : null;
}
