// The note's service time: a start-end range if one is written, else a stated duration.
import type { TimeMark, TimeReport } from '../types';
import { ClockToken, daytimeReading, findClockTokens, MINUTES_PER_DAY } from './clock';
import { type DurationMatch, findDuration } from './durations';
import { findLabelledTimes } from './labelled-times';
import {
  findNarrativeRange,
  findTimeRanges,
  looksLikePair,
  resolveRange,
  type TimeRange,
} from './ranges';

const MAX_PAIR_DISTANCE = 240;
// A range the note leaves out of the service ("the drive, 8:05 to 8:20, is not counted"), or
// the time of a session that did not happen ("Missed: IOP group Mon 3/16, 6-9 pm").
const LEFT_OUT =
  /\b(?:not (?:counted|billed|billable|included)|unbilled|non-?billable|excluded|travel|drive|driving|commute|lunch|break|missed|no[- ]?show|cancell?ed|(?:re)?scheduled)\b/i;
const TIME_LABEL =
  /(?:^|[\s|])(?:time|times|session time|time of service|service time|time billed|billed time|billed|billing|time counted|counted time|billable time|contacts)\s{0,2}[:=]\s{0,3}$/i;
const CONTACT_LINE =
  /^\s{0,4}(?:[-•*]\s{0,2})?(?:visit|contact|session|segment|seg|phone|call|face[ -]to[ -]face|f2f|in[ -]person|part|meeting|home visit|group)\b[^\n:]{0,40}[:,]/i;

/** "Contact 2: HV ", "Session B ", "visit #1 - ": a numbered contact just before its range. */
const NUMBERED_CONTACT_BEFORE =
  /\b(?:contact|visit|session|segment|seg|call|part|meeting|hv)\s{0,2}(?:#\s?)?(?:[1-3]|[ab]|one|two|three)\b[^\d\n.]{0,30}$/i;

/**
 * Two or three contacts on their own lines, each with its range ("Visit 1: 9:00-9:44 AM ...",
 * "Visit 2: 4:15-4:46 PM ..."; "Phone, 7:40 pm to 8:05 pm ...", "Face to face, ... 8:20 pm
 * to 9:35 pm"): the service time is their sum. Null when the note has one range, or ranges
 * that overlap, or any not on a contact's line.
 */
function separateContacts(text: string, ranges: readonly TimeRange[]): number | null {
  const counted = ranges.filter((range) => !LEFT_OUT.test(clauseOf(text, range)));
  if (counted.length < 2 || counted.length > 3) return null;
  const lines = new Set(counted.map((range) => text.lastIndexOf('\n', range.start.start - 1)));
  // ... or a contact log: each line opens with its range ("8:40-8:55 phone w/ Bill",
  // "10:00-10:45 - Rode the #5 bus with Eddie").
  const opensItsLine = (range: TimeRange) =>
    /^\s{0,4}(?:[-•*]\s{0,2})?$/u.test(
      text.slice(text.lastIndexOf('\n', range.start.start - 1) + 1, range.start.start),
    );
  const eachOnItsLine =
    lines.size === counted.length &&
    counted.every(
      (range) => CONTACT_LINE.test(lineOf(text, range.start.start)) || opensItsLine(range),
    );
  // "Contact 1: phone 9:05-9:35 am ... Contact 2: HV 2:15-3:00 pm", "Session A 9:00-9:40 |
  // Session B 2:10-2:55": numbered contacts on one line.
  const eachNumbered = counted.every((range) =>
    NUMBERED_CONTACT_BEFORE.test(
      text.slice(Math.max(0, range.start.start - 45), range.start.start),
    ),
  );
  if (!eachOnItsLine && !eachNumbered) return null;
  for (let i = 1; i < counted.length; i += 1) {
    const before = counted[i - 1] as TimeRange;
    const here = counted[i] as TimeRange;
    if (here.startMinutes < before.endMinutes) return null;
  }
  return counted.reduce((sum, range) => sum + range.minutes, 0);
}

/**
 * "Billed time: 12:45-1:30, 1:45-3:15, 3:30-4:15", "Time billed: 5:30-6:00 before the meeting
 * and 7:00-7:15 after it": ranges listed after the label, one after another on its line, are
 * billed together. Null when the label has one range.
 */
function listedAfter(text: string, ranges: readonly TimeRange[], first: number): number | null {
  let minutes = (ranges[first] as TimeRange).minutes;
  let count = 1;
  let endOfLast = (ranges[first] as TimeRange).endMinutes;
  for (let i = first + 1; i < ranges.length; i += 1) {
    const before = ranges[i - 1] as TimeRange;
    const here = ranges[i] as TimeRange;
    const gap = text.slice(before.end.end, here.start.start);
    if (gap.length > 40 || /[.\n]/.test(gap) || !/[,;&+]|\band\b/.test(gap)) break;
    // Plain hours read in the morning ("7:00-7:15" after "5:30-6:00" pm) follow in the evening.
    let start = here.startMinutes;
    if (start < endOfLast && start + 720 >= endOfLast) start += 720;
    if (start < endOfLast) return null;
    endOfLast = start + here.minutes;
    minutes += here.minutes;
    count += 1;
  }
  return count > 1 ? minutes : null;
}

/** The sentence or parenthesis a range is written in. */
function clauseOf(text: string, range: TimeRange): string {
  const line = lineOf(text, range.start.start);
  const lineStart = text.lastIndexOf('\n', range.start.start - 1) + 1;
  const from = range.start.start - lineStart;
  const to = range.end.end - lineStart;
  // A bracket closed before the range ("Drive to client (Hartford -> Wethersfield) 8:50-9:10")
  // does not start its clause; one still open does.
  const open = line.lastIndexOf('(', from);
  const bracket = open !== -1 && line.lastIndexOf(')', from) < open ? open : -1;
  const start = Math.max(line.lastIndexOf('. ', from), bracket, 0);
  // "8:50-9:10: not billed": a colon right after the range opens what is said of it.
  const after = /^:\s/u.test(line.slice(to)) ? to + 2 : to;
  const ends = ['. ', ')', '(', ': ']
    .map((stop) => line.indexOf(stop, after))
    .filter((at) => at !== -1);
  return line.slice(start, ends.length > 0 ? Math.min(...ends) : line.length);
}

function lineOf(text: string, at: number): string {
  const start = text.lastIndexOf('\n', at - 1) + 1;
  const end = text.indexOf('\n', at);
  return text.slice(start, end === -1 ? text.length : end);
}

function mark(token: ClockToken, minutes: number): TimeMark {
  return { minutes, text: token.text, start: token.start, end: token.end };
}

/**
 * Start, end and minutes of service written in `text`. A labelled pair ("Start: 10:00
 * End: 10:50") comes first, then the first written range; a duration fills in the minutes
 * only when no range gives them. Impossible pairs give marks but no minutes. `tokens` are the
 * clock readings in `text`, passed in when the caller already has them.
 */
export function findTimes(text: string, tokens = findClockTokens(text)): TimeReport {
  const labelled = findLabelledTimes(text, tokens);
  // A labelled pair is written together ("Start: 9:05 Stop: 10:17"), not paragraphs apart
  // ("Call ended 8:05" ... "left at 9:25").
  if (
    labelled.start !== null &&
    labelled.end !== null &&
    // "CSW left at 9:10 ... front desk called CSW at 10:40": an end written before its start
    // is two events, not a pair.
    labelled.start.start < labelled.end.start &&
    labelled.end.start - labelled.start.start <= MAX_PAIR_DISTANCE
  ) {
    const resolved = looksLikePair(labelled.start, labelled.end, labelled.labelledBare === true)
      ? resolveRange(labelled.start, labelled.end)
      : null;
    if (resolved !== null) {
      return {
        start: mark(labelled.start, resolved.startMinutes),
        end: mark(labelled.end, resolved.endMinutes),
        minutes: resolved.minutes,
        basis: 'range',
      };
    }
  }
  const ranges = findTimeRanges(text, tokens);
  // "Drive time 8:05-8:30 not billed. Session 8:30-9:45": the range left out is not the service.
  // "(sister, present 2:00-3:15) ... Time: 2:00 to 5:00 pm": the range the note labels as its
  // time is the service's, before any other written earlier.
  const labelledAt = ranges.findIndex((candidate) =>
    TIME_LABEL.test(text.slice(Math.max(0, candidate.start.start - 30), candidate.start.start)),
  );
  const range =
    ranges[labelledAt] ??
    ranges.find((candidate) => !LEFT_OUT.test(clauseOf(text, candidate))) ??
    ranges[0];
  if (range !== undefined) {
    return {
      start: mark(range.start, range.startMinutes),
      end: mark(range.end, range.endMinutes),
      minutes:
        (labelledAt === -1 ? null : listedAfter(text, ranges, labelledAt)) ??
        separateContacts(text, ranges) ??
        range.minutes,
      basis: 'range',
    };
  }
  const told = findNarrativeRange(text, tokens);
  if (told !== null) {
    const duration = findDuration(text, true);
    // A start and an end told as events ("got there around 8:45 ... done around 10:45") are
    // read less surely than a total the note states ("so 2.5 hrs total"): the total counts.
    return {
      start: mark(told.start, told.startMinutes),
      end: mark(told.end, told.endMinutes),
      minutes: duration?.minutes ?? told.minutes,
      basis: duration === null ? 'range' : 'duration',
    };
  }
  const duration = findDuration(text);
  const spanned = duration === null ? null : startForDuration(text, tokens, duration);
  if (spanned !== null) return spanned;
  return {
    start: labelled.start === null ? null : mark(labelled.start, daytimeReading(labelled.start)),
    end: labelled.end === null ? null : mark(labelled.end, daytimeReading(labelled.end)),
    minutes: duration === null ? null : duration.minutes,
    basis: duration === null ? null : 'duration',
  };
}

/** "From 2 for an hour and a half", "started at 10:15 for 45 min": a start and the length after it. */
const START_BEFORE =
  /(?:^|[^a-z])(?:from|start(?:ed|ing)?(?:[ \t]at)?|began(?:[ \t]at)?|beginning(?:[ \t]at)?)[ \t]{1,2}$/i;
const FOR_BETWEEN =
  /^[ \t]{0,2}(?:[ap]\.?m\.?)?[ \t]{0,2},?[ \t]{0,2}for[ \t]{1,2}(?:(?:about|around|approx\.?|approximately|roughly|nearly|almost|just over|just under)[ \t]{1,2})?$/i;

/**
 * A start clock with the length written right after it ("From 2 for an hour and a half"): the
 * end is the start plus the length, as a reader would count it.
 */
function startForDuration(
  text: string,
  tokens: readonly ClockToken[],
  duration: DurationMatch,
): TimeReport | null {
  for (const token of tokens) {
    if (token.end > duration.start) break;
    if (!START_BEFORE.test(text.slice(Math.max(0, token.start - 16), token.start))) continue;
    if (!FOR_BETWEEN.test(text.slice(token.end, duration.start))) continue;
    const start = daytimeReading(token);
    return {
      start: mark(token, start),
      end: {
        minutes: (start + duration.minutes) % MINUTES_PER_DAY,
        text: duration.text,
        start: duration.start,
        end: duration.end,
      },
      minutes: duration.minutes,
      basis: 'duration',
    };
  }
  return null;
}
