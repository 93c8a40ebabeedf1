// Start-end pairs: "10:00 AM - 10:45 AM", "1:15pm to 2", "between 9 and 10:30 a.m.".
import { boundedRegExp } from './bounded-regexp';
import {
  ClockToken,
  MINUTES_PER_DAY,
  daytimeReading,
  findClockTokens,
  isYearLike,
  readingsOf,
} from './clock';

/** A service longer than this between two clock readings is a misreading, not a session. */
export const MAX_RANGE_MINUTES = 12 * 60;

export interface TimeRange {
  start: ClockToken;
  end: ClockToken;
  startMinutes: number;
  endMinutes: number;
  /** end - start, across midnight when the end is past it. */
  minutes: number;
}

const CONNECTOR = boundedRegExp(
  String.raw`^[ \t]{0,3}(?:-{1,2}|–|—|~|/|\||to|until|till|til|thru|through)(?:[ \t]{1,3}(?:about|around|approx\.?|approximately))?[ \t]{0,3}$`,
  'i',
);
const AND = boundedRegExp(String.raw`^[ \t]{1,3}and[ \t]{1,3}$`, 'i');
const BETWEEN_BEFORE = boundedRegExp(String.raw`(?:^|[^a-z])between[ \t]{1,3}$`, 'i');
// "Time: 10-11" says clocks even without colons or am/pm.
const TIME_LABEL_BEFORE = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:time|times|session[ \t]time|time[ \t]of[ \t]service|start/stop|start/end|time[ \t]in/out)[ \t]{0,2}:[ \t]{0,3}$` +
    // "3/26/25 1-3": a range right after the date at the head of a note reads as the time.
    String.raw`|(?:^|\n)[ \t]{0,3}\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[ \t,]{1,3}$` +
    // "budgeting grp 10-11", "session 1-2:30": the sitting named right before its hours.
    String.raw`|(?:^|[^a-z])(?:grp|group|session|sess|visit|mtg|meeting|class|appt)[ \t]{1,2}$` +
    // "12/4 from 10 to 11", "12/3 ~2 til 3", "wed 12/2/26 around 2 til 3ish": hours right after
    // a date, or after "from".
    String.raw`|\d{1,2}/\d{1,2}(?:/\d{2,4})?,?[ \t]{1,2}(?:(?:from|around|about|approx\.?|~)[ \t]{0,2})?$`,
  'i',
);

// "11/3 home visit tasha's apt on hill st waterbury 10-11", "tuesday 12/1 kim house norwich 2-3",
// "mbr Jorge 4/2 at the cafe near his sober house, 12-1": plain hours on a line whose first few
// words hold a date, with no other number between them, read as the time.
const HEAD_DATE_BEFORE = boundedRegExp(
  String.raw`(?:^|\n)[ \t]{0,3}(?:[a-z]{3,9}\.?,?[ \t]{1,2})?\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[^\n\d]{0,60}$`,
  'i',
);
// The same after a few words and no label ("mbr Jorge 4/2 at the cafe ..."): read unless a
// rating is near ("on 4/2 she rated her anxiety 7-8").
const WORDS_THEN_DATE_BEFORE = boundedRegExp(
  String.raw`(?:^|\n)[ \t]{0,3}[^\n\d.!?:]{1,30}[ \t]\d{1,2}[/.-]\d{1,2}(?:[/.-]\d{2,4})?[^\n\d]{0,60}$`,
  'i',
);
const HEAD_LOOK_BEHIND = 90;

// "met w/ Derek at the program 12/4 from 10 to 11": plain hours after "from" read as the time
// when the span is a session's (up to 4 hours) and no rating is being told ("her 1-10 went from
// 9 to 6").
// "visit was from about 3 to 4": a hedge between "from" and the hour keeps it told.
const FROM_BEFORE = boundedRegExp(
  String.raw`(?:^|[^a-z])from[ \t]{1,2}(?:(?:about|around|approx\.?|approximately|roughly|~)[ \t]{0,2})?$`,
  'i',
);
const RATING_NEAR =
  /\b(?:rate[sd]?|rating|scale|score|\d{1,2}\s?(?:-|to)\s?10|\/10|anxiety|distress|pain|mood|level|suds|weight|lbs|pounds)\b/i;
const FROM_MAX_MINUTES = 240;

// "2ish to 3 w/ mbr" at the head of a line: a range of plain hours reads as the time.
const LINE_START_BEFORE = boundedRegExp(String.raw`(?:^|\n)[ \t]{0,3}$`, 'i');

const LOOK_BEHIND = 24;
const MAX_GAP = 20;

/**
 * The minutes two clocks span, choosing am/pm for a side that does not say from the other
 * side: the shortest positive span wins, then one that does not cross midnight, then the
 * working-hours reading of the start. Null when no reading gives 1 minute to 12 hours; a
 * full 12 hours only when both sides say am/pm ("10:00-10:00" is not 10 am to 10 pm).
 */
export function resolveRange(
  start: ClockToken,
  end: ClockToken,
): Omit<TimeRange, 'start' | 'end'> | null {
  let best: Omit<TimeRange, 'start' | 'end'> | null = null;
  const preferredStart = daytimeReading(start);
  const longest = start.fixed && end.fixed ? MAX_RANGE_MINUTES : MAX_RANGE_MINUTES - 1;
  for (const startMinutes of readingsOf(start)) {
    for (const endMinutes of readingsOf(end)) {
      const minutes = (endMinutes - startMinutes + MINUTES_PER_DAY) % MINUTES_PER_DAY;
      if (minutes === 0 || minutes > longest) continue;
      const candidate = { startMinutes, endMinutes, minutes };
      if (best === null || rank(candidate, preferredStart) < rank(best, preferredStart)) {
        best = candidate;
      }
    }
  }
  return best;
}

function rank(range: Omit<TimeRange, 'start' | 'end'>, preferredStart: number): number {
  const wraps = range.endMinutes < range.startMinutes ? 1 : 0;
  const unusual = range.startMinutes === preferredStart ? 0 : 1;
  return range.minutes * 4 + wraps * 2 + unusual;
}

// A colon, a meridiem or noon reads as a clock; "10.45" half as much; a bare "2" not at all.
function clockLikeness(token: ClockToken): number {
  if (token.form === 'bare') return token.meridiem === null ? 0 : 2;
  if (token.form === 'dot') return token.meridiem === null ? 1 : 2;
  return 2;
}

/**
 * Whether two clocks read together as one time pair, e.g. "2" beside "2:45 pm". A 24-hour
 * "1300" only pairs with another, and "2019-2020" are years unless a label says time.
 */
export function looksLikePair(start: ClockToken, end: ClockToken, labelled: boolean): boolean {
  const military = [start, end].filter((token) => token.form === 'military').length;
  if (military > 0) {
    // "from 1030 til noon": a 24-hour clock pairs with another or with a clock that says am/pm.
    const other = start.form === 'military' ? end : start;
    const settled = other.form === 'military' || other.form === 'word' || other.meridiem !== null;
    // "3/6 10-1130": a bare hour, under a label or after the date, up to four hours before it.
    const bareStart =
      labelled &&
      military === 1 &&
      start.form === 'bare' &&
      start.meridiem === null &&
      start.hour <= end.hour &&
      end.hour - start.hour <= 4;
    if (bareStart) return true;
    return settled && (labelled || (!isYearLike(start) && !isYearLike(end)));
  }
  return labelled || clockLikeness(start) + clockLikeness(end) >= 2;
}

/** Every start-end range written in `text` ("10:00-10:45", "from 2 to 2:45 pm"), in order. */
export function findTimeRanges(text: string, tokens = findClockTokens(text)): TimeRange[] {
  const ranges: TimeRange[] = [];
  for (let i = 0; i + 1 < tokens.length; i += 1) {
    const start = tokens[i];
    const end = tokens[i + 1];
    if (start === undefined || end === undefined || end.start - start.end > MAX_GAP) continue;
    const before = text.slice(Math.max(0, start.start - LOOK_BEHIND), start.start);
    const gap = text.slice(start.end, end.start);
    const joined = CONNECTOR.test(gap) || (AND.test(gap) && BETWEEN_BEFORE.test(before));
    const plainHours = start.form !== 'dot' && end.form !== 'dot';
    const head = text.slice(Math.max(0, start.start - HEAD_LOOK_BEHIND), start.start);
    const labelled =
      TIME_LABEL_BEFORE.test(before) ||
      (plainHours && LINE_START_BEFORE.test(before)) ||
      (plainHours && HEAD_DATE_BEFORE.test(head)) ||
      (plainHours &&
        WORDS_THEN_DATE_BEFORE.test(head) &&
        !RATING_NEAR.test(text.slice(Math.max(0, start.start - 60), end.end + 20)));
    const fromHours =
      !labelled &&
      plainHours &&
      FROM_BEFORE.test(before) &&
      !RATING_NEAR.test(text.slice(Math.max(0, start.start - 60), end.end + 20));
    if (!joined || !looksLikePair(start, end, labelled || fromHours)) continue;
    // "2-3-2026": the month and day of a date written with dashes, not two hours.
    if (
      /^[-/.]\d/.test(text.slice(end.end, end.end + 2)) ||
      /\d[-/.]$/.test(text.slice(Math.max(0, start.start - 2), start.start))
    )
      continue;
    const resolved = resolveRange(start, end);
    if (resolved === null) continue;
    if (fromHours && !looksLikePair(start, end, labelled) && resolved.minutes > FROM_MAX_MINUTES)
      continue;
    ranges.push({ start, end, ...resolved });
    i += 1;
  }
  return ranges;
}

// "... until 10:10", "wrapped up at five after eleven", "dropped off 9:45", "Back at his apt 2:15":
// words before a clock that make it the time the service ended.
const END_CUE = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:until|till|til|through|thru|ended|ending|end|ends|wrapped(?:[ \t]up)?|wrapping[ \t]up|wrap[ \t]up|finished|finishing|finish|finishes|done|left|leaving|leave|dropped[ \t](?:[^ \t\n.]{1,20}[ \t]){0,2}off|back[ \t](?:at|home|to|in)|(?:home|back)[ \t](?:by|around|about)|returned|got[ \t]back|concluded|stopped|departed|got[ \t]off|hung[ \t]up|off[ \t]the[ \t](?:phone|line|call))(?:[^.!?\n\d]{0,30})$`,
  'i',
);
// A time in a plan or a schedule is not when this service ran ("Plan: next visit 3/13 at 10").
const PLAN_CUE = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:next|will|tomorrow|plan|f/u|follow[ -]?up|scheduled[ \t]for|appt[ \t]is|appointment[ \t]is)(?:[^a-z]|$)`,
  'i',
);
const CUE_LOOK_BEHIND = 48;
/** A start and an end told apart by a paragraph or two, never by the whole note. */
const MAX_NARRATIVE_GAP = 1200;
const MIN_NARRATIVE_MINUTES = 5;
const MAX_NARRATIVE_MINUTES = 8 * 60;

/**
 * A start and end told as events rather than as a range: "Picked up J.T. at 12:45 and drove
 * him ... Back at his apt 2:15", "we started at a quarter past one and went until a quarter
 * to three". The end is a clock after an end word; the start is the clock before it. Neither
 * may sit in a plan ("next visit at 10"), and the span must be a plausible session.
 */
export function findNarrativeRange(text: string, tokens = findClockTokens(text)): TimeRange | null {
  for (let j = 1; j < tokens.length; j += 1) {
    const end = tokens[j] as ClockToken;
    if (!END_CUE.test(text.slice(Math.max(0, end.start - CUE_LOOK_BEHIND), end.start))) continue;
    // "7:40pm ... a 12 pack ... 2 open on the counter ... on the phone til 8:15": bare numbers
    // between the two clocks are counts, not the start (looked past within the gap only).
    let k = j - 1;
    while (
      k > 0 &&
      isCount(tokens[k] as ClockToken) &&
      end.start - (tokens[k] as ClockToken).end <= MAX_NARRATIVE_GAP
    ) {
      k -= 1;
    }
    const start = tokens[k] as ClockToken;
    if (end.start - start.end > MAX_NARRATIVE_GAP) continue;
    if (inPlan(text, start) || inPlan(text, end)) continue;
    if (clockLikeness(start) + clockLikeness(end) + toldAsTime(text, start) < 3) continue;
    const resolved = resolveRange(start, end);
    if (resolved === null) continue;
    if (resolved.minutes < MIN_NARRATIVE_MINUTES || resolved.minutes > MAX_NARRATIVE_MINUTES) {
      continue;
    }
    return { start, end, ...resolved };
  }
  return null;
}

/** "11ish", "at 11", "around 9": a bare hour written the way a time is told. */
function toldAsTime(text: string, token: ClockToken): number {
  if (!isCount(token)) return 0;
  if (/ish$/i.test(token.text)) return 1;
  return AT_BEFORE.test(text.slice(Math.max(0, token.start - 8), token.start)) ? 1 : 0;
}
const AT_BEFORE = /(?:^|[^a-z])(?:at|around|about)[ \t]$/i;

/** A bare number with no am/pm: a count, unless nothing better is near. */
function isCount(token: ClockToken): boolean {
  return token.form === 'bare' && token.meridiem === null;
}

function inPlan(text: string, token: ClockToken): boolean {
  const lineStart = text.lastIndexOf('\n', token.start - 1) + 1;
  const from = Math.max(lineStart, token.start - CUE_LOOK_BEHIND);
  return PLAN_CUE.test(text.slice(from, token.start));
}
