// Clock readings in note text: "10:00 AM", "1:15pm", "13:30", "10.45", "noon", a bare "2".
import { boundedRegExp } from './bounded-regexp';

export const MINUTES_PER_DAY = 24 * 60;

export interface ClockToken {
  text: string;
  start: number;
  end: number;
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  /** How it was written: "10:45", "10.45", a bare "10", "1300" (24-hour), or noon/midnight. */
  form: 'colon' | 'dot' | 'bare' | 'military' | 'word';
  /** The clock alone settles am/pm: a meridiem, a 24-hour reading ("13:30", "09:00"), noon. */
  fixed: boolean;
}

// Groups: 1 noon|midnight, 2-3 "1300" hour and minute, 4 hour, 5 separator, 6 minute,
// 7 spaced meridiem, 8 "a"/"p". Not after a word, "$", "#", "/", ":" or "." (money,
// "goal #2", dates, decimals), and not running on into more digits ("3/4", "10.5").
const CLOCK = boundedRegExp(
  String.raw`(?<![\w$#/:.])(?:(noon|midnight)|([01]\d|2[0-3])([0-5]\d)(?:[ \t]{0,2}(?:hrs|hours|h)(?![a-z]))?` +
    String.raw`|(\d{1,2})(?:([:.])([0-5]\d)(?::[0-5]\d)?)?` +
    String.raw`(?:[ \t]{0,2}(a\.m\.?|p\.m\.?|am|pm|noon|midnight)|(a|p))?)(?![a-z\d]|[.:,/]\d)`,
  'gi',
);

// A number followed by a unit is a quantity, not a clock: "10 mg", "1:15 hours", "2 times".
const UNIT_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,2}-?[ \t]{0,2}(?:hours?|hrs?|h|minutes?|mins?|m|mg|mcg|ml|cc|g|kg|lbs?|pounds?` +
    String.raw`|%|percent|x|times|units?|days?|weeks?|wks?|months?|years?|yrs?|yo|people|persons` +
    String.raw`|clients|members|participants|sessions|miles|mi|ft|feet|pills?|tabs?|tablets?|doses?` +
    String.raw`|goals?|steps?|objectives?)(?![a-z])`,
  'i',
);

// "Nov 3 to 4 pm" names two days, not a clock.
const MONTH_BEFORE = boundedRegExp(
  String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}$`,
  'i',
);

const LOOK_AROUND = 24;

/** Every clock reading in `text`, in order, with offsets. A lone bare number is included. */
export function findClockTokens(text: string): ClockToken[] {
  const tokens: ClockToken[] = [];
  CLOCK.lastIndex = 0;
  for (let match = CLOCK.exec(text); match !== null; match = CLOCK.exec(text)) {
    const token = toToken(match);
    if (token !== null && !isQuantity(text, token)) tokens.push(token);
  }
  return tokens;
}

function toToken(match: RegExpExecArray): ClockToken | null {
  const [
    text,
    word,
    militaryHour,
    militaryMinute,
    hourText,
    separator,
    minuteText,
    spaced,
    letter,
  ] = match;
  const start = match.index;
  const end = start + text.length;
  if (militaryHour !== undefined) {
    const hour = Number(militaryHour);
    const minute = Number(militaryMinute);
    return { text, start, end, hour, minute, meridiem: null, form: 'military', fixed: true };
  }
  if (word !== undefined) {
    const noon = word.toLowerCase() === 'noon';
    return {
      text,
      start,
      end,
      hour: noon ? 12 : 0,
      minute: 0,
      meridiem: null,
      form: 'word',
      fixed: true,
    };
  }
  const hour = Number(hourText);
  const minute = minuteText === undefined ? 0 : Number(minuteText);
  const form = separator === undefined ? 'bare' : separator === ':' ? 'colon' : 'dot';
  const suffix = (spaced ?? letter ?? '').toLowerCase().replace(/\./g, '');
  if (suffix === 'noon' || suffix === 'midnight') {
    if (hour !== 12 || minute !== 0) return null;
    return {
      text,
      start,
      end,
      hour: suffix === 'noon' ? 12 : 0,
      minute,
      meridiem: null,
      form: 'word',
      fixed: true,
    };
  }
  if (suffix !== '') {
    if (hour < 1 || hour > 12) return null;
    const meridiem = suffix.startsWith('a') ? 'am' : 'pm';
    const hour24 = (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    return { text, start, end, hour: hour24, minute, meridiem, form, fixed: true };
  }
  if (form === 'bare') {
    // A bare "05" is a piece of a date, and a bare 13..23 is a count, not an hour.
    if (hour < 1 || hour > 12 || hourText?.startsWith('0')) return null;
    return { text, start, end, hour, minute, meridiem: null, form, fixed: false };
  }
  if (hour > 23) return null;
  const fixed = hour === 0 || hour > 12 || (hourText?.startsWith('0') ?? false);
  return { text, start, end, hour, minute, meridiem: null, form, fixed };
}

function isQuantity(text: string, token: ClockToken): boolean {
  if (token.meridiem !== null || token.form === 'word') return false;
  if (UNIT_AFTER.test(text.slice(token.end, token.end + LOOK_AROUND))) return true;
  return (
    token.form === 'bare' &&
    MONTH_BEFORE.test(text.slice(Math.max(0, token.start - LOOK_AROUND), token.start))
  );
}

/** "1930" or "2015" alone may be a year; "1930 hrs" or "0900" may not. */
export function isYearLike(token: ClockToken): boolean {
  return token.form === 'military' && /^(?:19|20)\d\d$/.test(token.text);
}

/** The minutes after midnight a token can mean: one when fixed, else the am and the pm reading. */
export function readingsOf(token: ClockToken): number[] {
  const minutes = token.hour * 60 + token.minute;
  if (token.fixed) return [minutes];
  const am = (token.hour % 12) * 60 + token.minute;
  return [am, am + 12 * 60];
}

/**
 * The reading of a lone clock without am/pm, assuming working hours: 7-11 is morning,
 * 12 is noon, 1-6 is afternoon or evening.
 */
export function daytimeReading(token: ClockToken): number {
  const readings = readingsOf(token);
  const morning = token.hour >= 7 && token.hour <= 11;
  return (morning ? readings[0] : readings[readings.length - 1]) ?? 0;
}

/** Minutes after midnight for a lone clock reading such as "1:15 pm", "13:30" or "noon". */
export function parseClock(text: string): number | null {
  const tokens = findClockTokens(text);
  const token = tokens[0];
  if (tokens.length !== 1 || token === undefined || text.trim() !== token.text) return null;
  return daytimeReading(token);
}
