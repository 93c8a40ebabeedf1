// How many people a group note covers: "group of 5 members", "with 3 other clients" (= 4).
import { boundedRegExp } from './bounded-regexp';
import { NUMBER_WORD_SOURCE, parseNumber } from './number-words';

export interface GroupSize {
  size: number;
  start: number;
  end: number;
}

const NUM = String.raw`(\d{1,2}|${NUMBER_WORD_SOURCE})`;
const PEOPLE = String.raw`(?:group[ \t]{1,2})?(?:members|mbrs|participants|clients|cls|consumers|individuals|people|ppl|persons|attendees|adults|parents|youths?|peers|residents|patients|pts)`;

// Each source with the people it leaves out: "with 3 other clients" names 3 besides the client.
const SOURCES: [source: string, extra: number][] = [
  // "Present: 5 members (B.K., L.T., ...)", "Attendance: six participants".
  [
    String.raw`(?:present|attendance|attending)[ \t]{0,2}:[ \t]{0,2}${NUM}[ \t]{1,2}${PEOPLE}(?![a-z])`,
    0,
  ],
  // "Members present: 5", "Members present (6)", "6 members came".
  [
    String.raw`${PEOPLE}[ \t]{1,2}(?:present|attending|in[ \t]attendance)[ \t]{0,2}[:(=][ \t]{0,2}${NUM}(?![\d.])`,
    0,
  ],
  [
    String.raw`${NUM}[ \t]{1,2}${PEOPLE}[ \t]{1,2}(?:came|showed(?:[ \t]up)?|were[ \t]there|attended|joined|participated)(?![a-z])`,
    0,
  ],
  [String.raw`group[ \t]{1,2}of[ \t]{1,2}${NUM}(?:[ \t]{1,2}${PEOPLE})?(?!\w|\.\d)`, 0],
  [String.raw`group[ \t]{0,2}\([ \t]{0,2}${NUM}[ \t]{1,2}${PEOPLE}[ \t]{0,2}\)`, 0],
  [
    String.raw`${NUM}[ \t]{1,2}${PEOPLE}[ \t]{1,2}(?:attended|were[ \t]present|present|participated|in[ \t]attendance|joined|took[ \t]part)(?![a-z])`,
    0,
  ],
  [String.raw`attended[ \t]by[ \t]{1,2}${NUM}[ \t]{1,2}${PEOPLE}`, 0],
  [String.raw`\([ \t]{0,2}${NUM}[ \t]{1,2}${PEOPLE}[ \t]{0,2}\)`, 0],
  // "Participants (5): J.M., T.S., ...", "Members (6) -".
  [String.raw`${PEOPLE}[ \t]{0,2}\([ \t]{0,2}${NUM}[ \t]{0,2}\)`, 0],
  // "Group skill building ... with five participants": a count after "group" in the same sentence.
  // The look-behind comes after "with" so it runs only where "with" is, not at every position.
  [String.raw`with(?<=\bgroup\b[^.\n]{0,80}with)[ \t]{1,2}${NUM}[ \t]{1,2}${PEOPLE}(?![a-z])`, 0],
  [String.raw`with[ \t]{1,2}${NUM}[ \t]{1,2}other(?:s|[ \t]{1,2}${PEOPLE})(?![a-z])`, 1],
  [
    String.raw`(?:group[ \t]size|(?:number|#)[ \t]{0,2}of[ \t]{1,2}(?:participants|clients|members|attendees|people)` +
      String.raw`|attendance|participants)[ \t]{0,3}[:=|][ \t]{0,3}${NUM}(?![\d.])`,
    0,
  ],
];
// Counts said loosely, read only in a note about a group: "6 in group", "5 members today",
// "five of our folks came", "there were 5 today: AB, CM...", "the usual four plus Keisha".
const LOOSE_SOURCES: [source: string, extra: number][] = [
  [String.raw`${NUM}[ \t]{1,2}in[ \t]{1,2}(?:the[ \t]{1,2})?(?:group|grp)(?![a-z])`, 0],
  [String.raw`${NUM}[ \t]{1,2}${PEOPLE}[ \t]{1,2}(?:today|tonight|this[ \t]week)(?![a-z])`, 0],
  [
    String.raw`${NUM}[ \t]{1,2}of[ \t]{1,2}(?:our|the|my)[ \t]{1,2}(?:folks|members|mbrs|clients|regulars|guys|ladies|people|participants)[ \t]{1,2}(?:came|showed|attended|were[ \t]there|joined|made[ \t]it)(?![a-z])`,
    0,
  ],
  [
    String.raw`there[ \t]{1,2}were[ \t]{1,2}${NUM}(?:[ \t]{1,2}${PEOPLE})?[ \t]{0,2}(?:today|tonight|in[ \t]{1,2}(?:the[ \t]{1,2})?(?:group|grp)|present|total|in[ \t]{1,2}all)(?![a-z])`,
    0,
  ],
  // "6 participants. Individual note for: Gary": a count standing as a line's first field.
  [String.raw`(?<=(?:^|\n)[ \t]{0,4})${NUM}[ \t]{1,2}${PEOPLE}[ \t]{0,2}(?:[.;,|]|$)`, 0],
  // "Six came tonight (Ed, Lorraine, ...)", "4 showed up".
  [String.raw`${NUM}[ \t]{1,2}(?:came|showed[ \t]{1,2}up|made[ \t]{1,2}it|attended)(?![a-z])`, 0],
  // "Members present: Brian T., Carmen V., Felix O., Rosa L., Dwayne M. (5)": a count closing an
  // attendance list.
  [
    String.raw`(?:members|participants|clients|attendees|attendance|present|in[ \t]attendance)[ \t]{0,12}(?:present|attending)?[ \t]{0,2}:[^\n:]{3,200}?\([ \t]{0,2}${NUM}[ \t]{0,2}(?:total|members|present|people)?[ \t]{0,2}\)`,
    0,
  ],
  // "(five in room", "(6 total)", "(6 participants and 1 facilitator)": a count in brackets.
  [
    String.raw`\([ \t]{0,2}${NUM}[ \t]{1,2}(?:in[ \t]{1,2}(?:the[ \t]{1,2})?room|total|${PEOPLE})(?![a-z])`,
    0,
  ],
  // "5 ppl - dk, mr, sj, tw, ph", "6 members: ...", "six members (D.F. + five others)": a count
  // before the list of them.
  [String.raw`${NUM}[ \t]{1,2}${PEOPLE}[ \t]{0,2}(?:-|–|:|\()`, 0],
  // "We had five show up today".
  [
    String.raw`had[ \t]{1,2}${NUM}(?:[ \t]{1,2}${PEOPLE})?[ \t]{1,2}(?:show[ \t]{1,2}up|come|attend|there)(?![a-z])`,
    0,
  ],
  [
    String.raw`the[ \t]{1,2}usual[ \t]{1,2}${NUM}(?:[ \t]{1,2}${PEOPLE})?[ \t]{1,2}plus[ \t]{1,2}(?:one|a[ \t]new|\p{Lu})`,
    1,
  ],
];
/** A note about a group session, where a loose count is the group's. */
export const GROUP_NOTE = /\b(?:group|grp)\b/i;
const compiled = (sources: [string, number][]) =>
  sources.map(([source, extra]) => ({
    regex: boundedRegExp(String.raw`(?<![\w#$])` + source, 'giu'),
    extra,
  }));
const PATTERNS = compiled(SOURCES);
const LOOSE_PATTERNS = compiled(LOOSE_SOURCES);

/** The first stated group size in `text`, with the offsets of the words that state it. */
export function findGroupSize(text: string, groupNote = GROUP_NOTE.test(text)): GroupSize | null {
  let best: GroupSize | null = null;
  const patterns = groupNote ? [...PATTERNS, ...LOOSE_PATTERNS] : PATTERNS;
  for (const { regex, extra } of patterns) {
    regex.lastIndex = 0;
    for (let match = regex.exec(text); match !== null; match = regex.exec(text)) {
      const count = parseNumber(match[1] ?? '');
      if (count === null || count < 1) continue;
      if (best === null || match.index < best.start) {
        best = { size: count + extra, start: match.index, end: match.index + match[0].length };
      }
      break;
    }
  }
  if (best === null && groupNote) best = countedList(text);
  return best;
}

/** "Present: members A.D., R.F., K.L., M.O., P.S., T.V.": a group's attendance written as a list. */
const LIST =
  /(?:^|\n)[ \t]{0,4}(?:members[ \t]present|present|attendance|attendees|participants|in[ \t]attendance)[ \t]{0,2}:[ \t]{0,2}([^\n]{3,300})/giu;
const LISTED_PERSON =
  /^(?:(?:members?|mbrs?|participants?|clients?)[ \t]{1,2})?(?:(?:\p{Lu}\.?[ \t]?){1,3}|\p{Lu}\p{Ll}{1,15}(?:[ \t]{1,2}\p{Lu}(?:\.|[\p{Ll}'’-]{1,20})?)?)$/u;
const STAFF_ITEM =
  /\b(?:csw|csp|staff|facilitator|co-?facilitator|writer|me|myself|worker|leader|clinician|peer specialist|intern)\b/i;

function countedList(text: string): GroupSize | null {
  LIST.lastIndex = 0;
  for (let match = LIST.exec(text); match !== null; match = LIST.exec(text)) {
    // "..., Hui Chen (all CSP participants) + staff Kevin Lutz": brackets say who they are.
    const items = (match[1] as string)
      .replace(/\.\s*$/u, '')
      .replace(/\s*\([^)]{0,60}\)/gu, '')
      .split(/\s*[,;+]\s*|\s+and\s+/u)
      .map((item) => item.trim())
      .filter((item) => item !== '');
    const people = items.filter((item) => !STAFF_ITEM.test(item));
    if (people.length < 2 || !people.every((item) => LISTED_PERSON.test(item))) continue;
    return { size: people.length, start: match.index, end: match.index + match[0].length };
  }
  return null;
}
