// Dates of service: "11/23/2026", "2026-11-23", "Nov 23, 2026", "November 23rd", "DOS: 11/23".
import { boundedRegExp } from './bounded-regexp';

export interface DateMatch {
  text: string;
  start: number;
  end: number;
  /** After "Date:", "DOS:", "Date of service", "on", or at the start of a line. */
  labelled: boolean;
}

const MONTHS = [
  'jan',
  'feb',
  'mar',
  'apr',
  'may',
  'jun',
  'jul',
  'aug',
  'sep',
  'oct',
  'nov',
  'dec',
] as const;
// An abbreviation may take a dot; a full name may not, so "of November." ends at the name.
const MONTH_NAME =
  String.raw`(?:jan(?:uary|\.)?|feb(?:ruary|\.)?|mar(?:ch|\.)?|apr(?:il|\.)?|may|jun(?:e|\.)?|jul(?:y|\.)?` +
  String.raw`|aug(?:ust|\.)?|sep(?:tember|t\.?|\.)?|oct(?:ober|\.)?|nov(?:ember|\.)?|dec(?:ember|\.)?)`;
const DAYS_IN_MONTH = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

// Groups: 1-3 ISO y-m-d; 4 month, 5 separator, 6 day, 7 year; 8 month name, 9 day, 10 year;
// 11 day, 12 month name, 13 year.
const DATE = boundedRegExp(
  // An underscore may join a date to the words of a file name ("Session_2026-03-10_Jenkins").
  String.raw`(?<![\p{L}\d/.#$-])(?:(\d{4})-(\d{1,2})-(\d{1,2})(?![\p{L}\d/-]|\.\d)` +
    String.raw`|(\d{1,2})([/.-])(\d{1,2})(?:\5(\d{4}|\d{2}))?(?![\w/]|[.-]\d)` +
    String.raw`|(${MONTH_NAME})[ \t]{1,2}(\d{1,2})(?:st|nd|rd|th)?(?:,?[ \t]{1,2}(\d{4}))?(?![\w:])` +
    // "16 April 2026", "16th of April", "16-Apr-24"
    String.raw`|(\d{1,2})(?:st|nd|rd|th)?(?:[ \t]{1,2}(?:of[ \t]{1,2})?|-)(${MONTH_NAME})(?:,?[ \t]{1,2}(\d{4})|-(\d{4}|\d{2}))?(?![\w]))`,
  'giu',
);
const LABEL_BEFORE = boundedRegExp(
  String.raw`(?:(?:^|[^a-z])(?:date(?:[ \t]of[ \t]service)?|dos|service[ \t]date|on)[ \t]{0,3}[:#=-]?[ \t]{0,3}|(?:^|\n)[ \t]{0,3})$`,
  'i',
);

// "on 1/2 of the goal" and "1/2 hour" are fractions even after a label.
const FRACTION_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,2}(?:of|an?|hours?|hrs?|h|minutes?|mins?|cups?|tabs?|tablets?|pills?|doses?|mg|ml)(?![a-z])`,
  'i',
);

const LOOK_AROUND = 24;

/** Every date written in `text`, in order. A bare "11/23" counts only after a date label. */
export function findDates(text: string): DateMatch[] {
  const found: DateMatch[] = [];
  DATE.lastIndex = 0;
  for (let match = DATE.exec(text); match !== null; match = DATE.exec(text)) {
    const start = match.index;
    const end = start + match[0].length;
    const labelled = LABEL_BEFORE.test(text.slice(Math.max(0, start - LOOK_AROUND), start));
    const fraction = FRACTION_AFTER.test(text.slice(end, end + LOOK_AROUND));
    if (isDate(match, labelled && !fraction)) found.push({ text: match[0], start, end, labelled });
  }
  return found;
}

function isDate(match: RegExpExecArray, labelled: boolean): boolean {
  const [
    ,
    isoYear,
    isoMonth,
    isoDay,
    month,
    separator,
    day,
    year,
    name,
    nameDay,
    ,
    dayFirst,
    dayName,
  ] = match;
  if (isoYear !== undefined) return isValid(Number(isoMonth), Number(isoDay), Number(isoYear));
  if (month !== undefined) {
    // "1/2" or "10-11" alone are fractions and ranges; a yearless date needs a label and a slash.
    if (year === undefined && (!labelled || separator !== '/')) return false;
    const y = year === undefined ? null : Number(year);
    // "17/03/2026": a first number over 12 is the day, written day first as much of the world does.
    if (Number(month) > 12) return isValid(Number(day), Number(month), y);
    return isValid(Number(month), Number(day), y);
  }
  const monthName = name ?? dayName ?? '';
  // "may" in lower case is the verb ("may 2 clients attend"), not the month.
  if (monthName === 'may') return false;
  return isValid(monthIndex(monthName) + 1, Number(nameDay ?? dayFirst), null);
}

function monthIndex(name: string): number {
  return MONTHS.findIndex((prefix) => name.toLowerCase().startsWith(prefix));
}

/** A month's number (1-12) from its name or abbreviation ("Mar", "march"), or null. */
export function monthNumber(name: string): number | null {
  const index = monthIndex(name);
  return index < 0 ? null : index + 1;
}

function isValid(month: number, day: number, year: number | null): boolean {
  if (year !== null && year >= 100 && (year < 1900 || year > 2099)) return false;
  const days = DAYS_IN_MONTH[month - 1];
  return days !== undefined && day >= 1 && day <= days;
}

/** The date of service: the first labelled date, else the first date; null when none. */
export function findDate(text: string): { start: number; end: number } | null {
  return serviceDate(findDates(text));
}

/** Of the dates a note states, in order, the one that is the date of service. */
export function serviceDate(dates: readonly DateMatch[]): { start: number; end: number } | null {
  const date = dates.find((candidate) => candidate.labelled) ?? dates[0];
  return date === undefined ? null : { start: date.start, end: date.end };
}

/** Days in words as dictation writes them: "March nineteen", "eleven of March". */
const CARDINAL_DAY_WORDS =
  'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ -](?:one|two|three|four|five|six|seven|eight|nine))?|thirty(?:[ -]one)?';
const ORDINAL_WORDS =
  'first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth|eleventh|twelfth|thirteenth|fourteenth|fifteenth|sixteenth|seventeenth|eighteenth|nineteenth|twentieth|twenty[ -](?:first|second|third|fourth|fifth|sixth|seventh|eighth|ninth)|thirtieth|thirty[ -]first';
// "March fourth", "the twelfth of March", "3/4" (a slash date with no year, outside a label).
const LOOSE_DATE = boundedRegExp(
  String.raw`(?<![\w/.])(?:${MONTH_NAME}[ \t]{1,2}(?:the[ \t])?(?:${ORDINAL_WORDS})` +
    String.raw`|(?:the[ \t])?(?:${ORDINAL_WORDS})[ \t](?:of[ \t])?${MONTH_NAME}` +
    // dictated: "march nineteen twenty twenty six", "eleven of March"
    String.raw`|${MONTH_NAME}[ \t]{1,2}(?:${CARDINAL_DAY_WORDS})(?=[ \t,]{1,2}(?:twenty|two[ \t]thousand|20\d\d))` +
    String.raw`|(?:${CARDINAL_DAY_WORDS})[ \t]of[ \t]${MONTH_NAME}` +
    // "Tues the 3rd", "Fri 13th": a weekday and the day of the month.
    String.raw`|(?:mon|tues?|wed|thu(?:rs?)?|fri|sat|sun)[a-z]{0,6}\.?,?[ \t]{1,2}(?:the[ \t]{1,2})?(?:[12]\d|3[01]|0?[1-9])(?:st|nd|rd|th)` +
    String.raw`|(1[0-2]|0?[1-9])/([12]\d|3[01]|0?[1-9]))(?![\w/]|\.\d)`,
  'gi',
);

/**
 * Whether a note states a date in any form, for the date field: the dates of findDates, and
 * also a month with the day in words ("Tuesday, March fourth") or a slash date with no year
 * and no label ("phone call 3/6 2:10-2:35pm"), unless it reads as a fraction ("3/4 cup").
 */
export function mentionsDate(text: string): { start: number; end: number } | null {
  const strict = findDates(text)[0];
  if (strict) return { start: strict.start, end: strict.end };
  LOOSE_DATE.lastIndex = 0;
  for (let match = LOOSE_DATE.exec(text); match !== null; match = LOOSE_DATE.exec(text)) {
    const end = match.index + match[0].length;
    if (match[1] !== undefined && FRACTION_AFTER.test(text.slice(end, end + LOOK_AROUND))) continue;
    if (/^may\b/.test(match[0])) continue;
    return { start: match.index, end };
  }
  return null;
}
