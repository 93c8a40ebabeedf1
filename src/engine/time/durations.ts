// Stated lengths of service: "45 minutes", "1h15m", "an hour and a half", "Duration: 50".
import { boundedRegExp } from './bounded-regexp';
import { NUMBER_WORD_SOURCE, parseNumber } from './number-words';

export interface DurationMatch {
  minutes: number;
  text: string;
  start: number;
  end: number;
  /** Written after a label such as "Duration:" or "Total time:". */
  labelled: boolean;
}

// "and a half", "and a quarter", "and three quarters": a part of an hour after the number.
const HALF = String.raw`[ \t]{1,2}and[ \t]{1,2}(?:a[ \t]{1,2}(?:half|quarter)|three[ \t]{1,2}quarters)`;
// Groups: 1-2 "1:15 hours"; 3 digits, 4 fraction, 5 number word, 6 "and a half", 7 unit,
// 8 "h"/"m" right after a digit ("45m", never "a m"; "1.25 h" with a space; "45 m" only after "1 h"), 9 "and a half". Also starts right
// after "1h" so "1h15m" reads as two pieces.
const PIECE = boundedRegExp(
  String.raw`(?:(?<![\w$.#/])|(?<=\dh))(?:(\d{1,2}):([0-5]\d)[ \t]{0,2}(?:hours?|hrs?)` +
    String.raw`|half[ \t]{1,2}(?:an?[ \t]{1,2})?hour|an?[ \t]{1,2}half[ \t-]{1,2}hour` +
    String.raw`|(?:a[ \t]{1,2}|three[ \t-]{1,2})?quarters?[ \t]{1,2}(?:of[ \t]{1,2})?an?[ \t]{1,2}hour` +
    String.raw`|(?:(\d{1,3}(?:\.\d{1,2})?)(?:[ \t]{0,2}(½|1\/2))?|(${NUMBER_WORD_SOURCE}|an?))` +
    String.raw`(${HALF})?(?:[ \t-]{0,2}(hours?|hrs?|minutes?|mins?)|(?<=\d)(h|m|[ \t]h|(?<=h[ \t]{1,3}\d{1,2})[ \t]m))` +
    String.raw`(${HALF}(?![ \t-]{1,2}(?:hours?|hrs?|minutes?|mins?)(?![a-z])))?)(?![a-z])`,
  'gi',
);
const JOIN = boundedRegExp(String.raw`^[ \t]{0,3}(?:,|and)?[ \t]{0,3}$`, 'i');

// Times that are not the service: "every 2 hours", "within 48 hours", "30 minutes late".
// "Call last fourteen minutes" (a second-language writer's verb) is the contact's length.
const CONTACT_LASTS = String.raw`(?<![a-z])(?:call|session|visit|meeting|contact|group|appointment)[ \t]{1,3}lasts?[ \t]{1,3}$`;
const NOT_SERVICE_BEFORE = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:every|within|in|after|per|each|next|last|past|than)[ \t]{1,3}$(?<!${CONTACT_LASTS})` +
    // "counted out the 2 minutes with a song": a length that belongs to something in the
    // session, unless the session is spent in it ("for the 45 min").
    String.raw`|(?:^|[^a-z])(?<!(?:for|spent|all|lasted|during|of)[ \t]{1,3})the[ \t]{1,3}$`,
  'i',
);
const NOT_SERVICE_AFTER = boundedRegExp(
  String.raw`^[ \t-]{0,3}(?:ago|later|earlier|late|early|away|before|after|prior|from[ \t]now|per|each` +
    String.raw`|every|a[ \t]{1,2}(?:day|week|night|month|year)|of[ \t]{1,2}(?:sleep|travel|driving)` +
    String.raw`|drive|walk|ride|sleep|units?|increments?|intervals?|blocks?|weekly|daily|nightly)(?![a-z])`,
  'i',
);
const LABEL_BEFORE = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:duration|total[ \t]time|time[ \t]spent|session[ \t]length|length|total)` +
    String.raw`[ \t]{0,3}(?:[:=\-][ \t]{0,3})?(?:of[ \t]{1,2})?$`,
  'i',
);
const SERVICE_BEFORE = boundedRegExp(
  String.raw`(?:\(|(?:^|[^a-z])(?:for|spent|lasted|lasting|approximately|approx\.?|about|totall?ing))[ \t]{0,3}$|${CONTACT_LASTS}`,
  'i',
);
const SERVICE_AFTER = boundedRegExp(
  String.raw`^[ \t-]{0,3}(?:session|visit|meeting|appointment|face[ \t-]to[ \t-]face|group|service)`,
  'i',
);
// "so 2.5 hrs total", "75 min in all": a total said after the number.
const TOTAL_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,3}(?:total|in[ \t]all|altogether)(?![a-z])`,
  'i',
);
// "Duration: 50" and "Total hours: 1.5" give a number with the unit in the label.
const LABELLED_NUMBER = boundedRegExp(
  String.raw`(?:^|[^a-z])(duration|total[ \t]time|time[ \t]spent|session[ \t]length|total[ \t]minutes|minutes|mins` +
    String.raw`|total[ \t]hours|hours)` +
    // "Duration (min): 45", "Time spent (hrs): 1.5": the unit in brackets after the label.
    String.raw`(?:[ \t]{0,2}\((min|mins|minutes|hr|hrs|hours)\))?` +
    String.raw`[ \t]{0,3}[:=][ \t]{0,3}(?:(\d{1,2}):([0-5]\d)|(\d{1,3}(?:\.\d{1,2})?))(?![\d.:])`,
  'gi',
);
const UNIT_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,2}(?:h|hours?|hrs?|m|mins?|minutes?)(?![a-z])`,
  'i',
);

const LOOK_AROUND = 24;

interface Piece extends DurationMatch {
  unit: 'hours' | 'minutes';
}

/** Every stated duration in `text`, in order; joined pieces ("1 hr 15 min") count as one. */
export function findDurations(text: string): DurationMatch[] {
  return findAllDurations(text).filter(
    (duration) => duration.minutes <= MAX_SERVICE_MINUTES && isService(text, duration),
  );
}

/** "the ESP 24-hr number", "24 hours a day": no session of one worker runs this long. */
const MAX_SERVICE_MINUTES = 12 * 60;

/** Every length of time written in `text`, service or not ("20 min drive", "every 2 hours"). */
export function findAllDurations(text: string): DurationMatch[] {
  const found: DurationMatch[] = [];
  let pending: Piece | null = null;
  PIECE.lastIndex = 0;
  for (let match = PIECE.exec(text); match !== null; match = PIECE.exec(text)) {
    const piece = toPiece(match);
    if (piece === null) continue;
    if (
      pending !== null &&
      pending.unit === 'hours' &&
      piece.unit === 'minutes' &&
      JOIN.test(text.slice(pending.end, piece.start))
    ) {
      found.push(join(text, pending, piece));
      pending = null;
    } else {
      if (pending !== null) found.push(pending);
      pending = piece;
    }
  }
  if (pending !== null) found.push(pending);
  return [...found.map((duration) => withLabel(text, duration)), ...findLabelledNumbers(text)]
    .filter((duration) => duration.minutes > 0)
    .sort((a, b) => a.start - b.start);
}

function withLabel(
  text: string,
  { minutes, text: written, start, end }: DurationMatch,
): DurationMatch {
  const labelled = LABEL_BEFORE.test(text.slice(Math.max(0, start - LOOK_AROUND), start));
  return { minutes, text: written, start, end, labelled };
}

function toPiece(match: RegExpExecArray): Piece | null {
  const [
    text,
    clockHours,
    clockMinutes,
    digits,
    fraction,
    word,
    halfBefore,
    unit,
    letter,
    halfAfter,
  ] = match;
  const start = match.index;
  if (clockHours !== undefined && clockMinutes !== undefined) {
    return piece(text, start, Number(clockHours) * 60 + Number(clockMinutes), 'hours');
  }
  const unitText = (unit ?? letter)?.trim();
  // "half an hour", "a quarter of an hour", "three quarters of an hour".
  if (unitText === undefined) return piece(text, start, 60 * partOfHour(text), 'hours');
  const value = parseNumber(digits ?? word ?? '');
  if (value === null) return null;
  const part = fraction !== undefined ? 0.5 : partOfHour(halfBefore ?? halfAfter ?? '');
  const amount = value + part;
  const hours = unitText.toLowerCase().startsWith('h');
  return piece(text, start, hours ? amount * 60 : amount, hours ? 'hours' : 'minutes');
}

/** The part of an hour a phrase names: "and a half" 0.5, "a quarter" 0.25, "three quarters" 0.75; none 0. */
function partOfHour(phrase: string): number {
  if (/quarter/i.test(phrase)) return /three/i.test(phrase) ? 0.75 : 0.25;
  return /half/i.test(phrase) ? 0.5 : 0;
}

function piece(text: string, start: number, minutes: number, unit: Piece['unit']): Piece {
  const end = start + text.length;
  return { minutes: roundMinutes(minutes), text, start, end, labelled: false, unit };
}

function join(text: string, hours: Piece, minutes: Piece): DurationMatch {
  return {
    minutes: roundMinutes(hours.minutes + minutes.minutes),
    text: text.slice(hours.start, minutes.end),
    start: hours.start,
    end: minutes.end,
    labelled: false,
  };
}

function findLabelledNumbers(text: string): DurationMatch[] {
  const found: DurationMatch[] = [];
  LABELLED_NUMBER.lastIndex = 0;
  for (let match = LABELLED_NUMBER.exec(text); match !== null; match = LABELLED_NUMBER.exec(text)) {
    const [whole, name = '', unit = '', clockHours, clockMinutes, number] = match;
    const label = unit === '' ? name : unit;
    const valueText = clockHours !== undefined ? `${clockHours}:${clockMinutes}` : (number ?? '');
    const end = match.index + whole.length;
    if (UNIT_AFTER.test(text.slice(end, end + LOOK_AROUND))) continue;
    const minutes =
      clockHours !== undefined
        ? Number(clockHours) * 60 + Number(clockMinutes)
        : Number(number) * (/hour|^hrs?$/i.test(label) ? 60 : 1);
    const start = end - valueText.length;
    found.push({ minutes: roundMinutes(minutes), text: valueText, start, end, labelled: true });
  }
  return found;
}

function isService(text: string, duration: DurationMatch): boolean {
  const before = text.slice(Math.max(0, duration.start - LOOK_AROUND), duration.start);
  const after = text.slice(duration.end, duration.end + LOOK_AROUND);
  return duration.minutes > 0 && !NOT_SERVICE_BEFORE.test(before) && !NOT_SERVICE_AFTER.test(after);
}

// Labelled > written as the session's length ("for 45 minutes", "(60 min)") > any other.
function weight(text: string, duration: DurationMatch): number {
  const after = text.slice(duration.end, duration.end + LOOK_AROUND);
  if (duration.labelled || TOTAL_AFTER.test(after)) return 3;
  const before = text.slice(Math.max(0, duration.start - LOOK_AROUND), duration.start);
  if (SERVICE_AFTER.test(after)) return 2;
  // "set phone timer for 15-min warnings": a length joined to the noun it describes is that
  // thing's, not the session's, whatever comes before it.
  return SERVICE_BEFORE.test(before) && !MODIFIES_NOUN.test(duration.text + after) ? 2 : 1;
}

const MODIFIES_NOUN = boundedRegExp(
  String.raw`^[\d.]{1,5}-(?:minutes?|mins?|hours?|hrs?)[ \t]{1,2}[a-z]`,
  'i',
);

/**
 * The duration that best states the length of the service, or null when none is written.
 * `statedOnly`: only one labelled as the total ("Total: 50", "2.5 hrs total"), not a length
 * in passing ("cried for about 6 minutes").
 */
export function findDuration(text: string, statedOnly = false): DurationMatch | null {
  let best: DurationMatch | null = null;
  let bestWeight = statedOnly ? 2 : 0;
  for (const duration of findDurations(text)) {
    const w = weight(text, duration);
    if (w > bestWeight) {
      best = duration;
      bestWeight = w;
    }
  }
  return best;
}

/** Minutes in a duration written on its own, e.g. "1 hr 15 min" = 75; null if it is not one. */
export function parseDuration(text: string): number | null {
  const durations = findDurations(text);
  const only = durations[0];
  if (durations.length !== 1 || only === undefined || only.text !== text.trim()) return null;
  return only.minutes;
}

function roundMinutes(minutes: number): number {
  return Math.round(minutes * 100) / 100;
}
