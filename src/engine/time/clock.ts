// Clock readings in note text: "10:00 AM", "1:15pm", "13:30", "10.45", "noon", a bare "2".
import { boundedRegExp } from './bounded-regexp';
import { parseNumber } from './number-words';

export const MINUTES_PER_DAY = 24 * 60;

export interface ClockToken {
  text: string;
  start: number;
  end: number;
  hour: number;
  minute: number;
  meridiem: 'am' | 'pm' | null;
  /**
   * How it was written: "10:45", "10.45", a bare "10", "1300" (24-hour), noon/midnight, or
   * spoken ("a quarter past nine", "nine thirty", "ten to eleven").
   */
  form: 'colon' | 'dot' | 'bare' | 'military' | 'word' | 'spoken';
  /** The clock alone settles am/pm: a meridiem, a 24-hour reading ("13:30", "09:00"), noon. */
  fixed: boolean;
}

// Groups: 1 noon|midnight, 2-3 "1300" hour and minute, 4 hour, 5 separator (empty in "1030am",
// "730pm", where am/pm follows hour and minutes run together), 6 minute,
// 7 spaced meridiem, 8 "a"/"p". Not after a word, "$", "#", "/", ":" or "." (money,
// "goal #2", dates, decimals), and not running on into more digits ("3/4", "10.5", "1,000";
// "13:30,14:20" in an export's row is two clocks).
const CLOCK = boundedRegExp(
  String.raw`(?<![\w$#/:.])(?:(noon|midnight)|([01]\d|2[0-3])([0-5]\d)(?:[ \t]{0,2}(?:hrs|hours|h)(?![a-z]))?` +
    String.raw`|(\d{1,2})(?:([:.]|(?=[0-5]\d[ \t]{0,2}[ap]\.?m?\.?(?![a-z])))([0-5]\d)(?::[0-5]\d)?)?` +
    String.raw`(?:[ \t]{0,2}(a\.m\.?|p\.m\.?|am|pm|noon|midnight)|(a|p))?)(?:ish)?(?![a-z\d]|[.:/]\d)(?:(?<=:[0-5]\d)|(?!,\d))`,
  'gi',
);

// A number followed by a unit is a quantity, not a clock: "10 mg", "1:15 hours", "2 times".
const UNIT_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,2}-?[ \t]{0,2}(?:hours?|hrs?|h|minutes?|mins?|m|mg|mcg|ml|cc|g|kg|lbs?|pounds?` +
    String.raw`|%|percent|x|times|units?|days?|weeks?|wks?|months?|years?|yrs?|yo|people|persons` +
    String.raw`|clients|members|participants|sessions|miles|mi|ft|feet|pills?|tabs?|tablets?|doses?` +
    // "9:50   Units: 4": a word followed by a colon labels the next field, it measures nothing.
    String.raw`|goals?|steps?|objectives?)(?![a-z]|[ \t]{0,2}(?:billed|claimed|used|requested)?[ \t]{0,2}:)`,
  'i',
);

// "Nov 3 to 4 pm" names two days, not a clock.
const MONTH_BEFORE = boundedRegExp(
  String.raw`(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}$`,
  'i',
);

const LOOK_AROUND = 24;

// "goal 2", "obj 3c", "apt 4", "step 1": a bare number after a name of a thing numbers it.
const NUMBERED_BEFORE = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:goals?|obj|objectives?|steps?|apt|room|rm|suite|ste|unit|floor|bus|route|rt|exit|level|grade|phase|tier|page|pg|part|item|question|no\.|number|#|ages?)[ \t]{0,2}$`,
  'i',
);

const HOUR_WORDS = 'one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve';
const HOUR = String.raw`(${HOUR_WORDS}|1[0-2]|[1-9])`;
const MINUTE_WORDS = String.raw`(?:oh[ \t-]{1,2}(?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|fou?rty|fifty)(?:[ \t-]{1,2}(?:one|two|three|four|five|six|seven|eight|nine))?)`;
const DAYPART = String.raw`(?:[ \t]{1,2}(a\.m\.?|p\.m\.?|am|pm|in[ \t]the[ \t](?:morning|afternoon|evening)|this[ \t](?:morning|afternoon|evening)|tonight|at[ \t]night))?`;
// Groups: 1 quarter/half/N minutes, 2 past/to, 3 hour; 4 hour, 5 minute words; 6 hour o'clock;
// 7 hour word before am/pm; 8 hour, 9 two-digit minutes spoken apart ("from 10 to 10 45");
// 10 the hour of "half ten"; 11 the part of the day.
const SPOKEN = boundedRegExp(
  String.raw`(?<![\w:.])(?:(?:(?:a[ \t])?(quarter|half|(?:${MINUTE_WORDS}|one|two|three|four|five|six|seven|eight|nine)(?:[ \t]minutes?)?|\d{1,2}[ \t]minutes?)[ \t](past|after|to|of|till|til|before)[ \t]${HOUR})` +
    String.raw`|(?:(${HOUR_WORDS})[ \t-](${MINUTE_WORDS}))` +
    String.raw`|(?:${HOUR}[ \t]?o['’]?clock)` +
    // "until six pm", "at ten in the morning": an hour in words with the part of the day after it.
    String.raw`|(?:(${HOUR_WORDS})(?=[ \t]{1,2}(?:a\.m|p\.m|am|pm|in[ \t]the[ \t](?:morning|afternoon|evening)|at[ \t]night)(?![a-z])))` +
    // ... also after the labels of a dictated template read aloud: "start 10 00 end 10 45".
    String.raw`|(?:(?<=(?:from|to|until|till|at|and|start|started|end|ended|begin|began|stop|stopped)[ \t])(1[0-2]|[1-9])[ \t]([0-5]\d))` +
    // ... and "half ten" for half past ten, as British and Irish speakers say it, after a word
    // that opens or closes a time ("from quarter past ten until half eleven").
    String.raw`|(?:(?<=(?:from|to|until|till|til|at|and|-)[ \t])half[ \t](${HOUR_WORDS}|1[0-2]|[1-9])))(?![\w:])${DAYPART}`,
  'gi',
);
const TO_WORDS = new Set(['to', 'of', 'till', 'til', 'before']);
const MINUTES_AFTER = boundedRegExp(
  String.raw`^[ \t-]{0,2}(?:minutes?|mins?|hours?|hrs?|years?|days?)(?![a-z])`,
  'i',
);

/** "a quarter past nine", "half past 10", "nine thirty", "ten minutes to ten", "three o'clock". */
function findSpokenClocks(text: string): ClockToken[] {
  const tokens: ClockToken[] = [];
  SPOKEN.lastIndex = 0;
  for (let match = SPOKEN.exec(text); match !== null; match = SPOKEN.exec(text)) {
    const [
      whole,
      amount,
      direction,
      hourA,
      hourB,
      minuteWords,
      hourC,
      hourWithDaypart,
      hourD,
      minuteDigits,
      halfHour,
      daypart,
    ] = match;
    const end = match.index + whole.length;
    // A reading refused here may still start a shorter one a word later ("nine to ten thirty").
    const retry = () => (SPOKEN.lastIndex = match.index + 1);
    let hour: number | null;
    let minute: number | null;
    if (amount !== undefined) {
      const base = parseNumber(hourA ?? '');
      const lower = amount.toLowerCase();
      const offset =
        lower === 'quarter'
          ? 15
          : lower === 'half'
            ? 30
            : parseNumber(lower.replace(/[ \t]minutes?$/, ''));
      // "from ten to eleven" is a range; "ten minutes to eleven" and "a quarter to eleven" are times.
      // "twenty to five" too: twenty cannot be an hour, so it can only count minutes.
      const counted = lower === 'quarter' || /minute/.test(lower) || (parseNumber(lower) ?? 0) > 12;
      if (!counted && lower !== 'half' && TO_WORDS.has((direction ?? '').toLowerCase())) {
        retry();
        continue;
      }
      if (
        base === null ||
        offset === null ||
        offset >= 60 ||
        (lower === 'half' && TO_WORDS.has((direction ?? '').toLowerCase()))
      ) {
        retry();
        continue;
      }
      const back = TO_WORDS.has((direction ?? '').toLowerCase());
      hour = back ? ((base + 10) % 12) + 1 : base;
      minute = back ? 60 - offset : offset;
    } else if (hourB !== undefined) {
      // "nine thirty" but not "two fifteen-minute breaks" or "five forty minutes".
      if (MINUTES_AFTER.test(text.slice(end, end + 16))) {
        retry();
        continue;
      }
      hour = parseNumber(hourB);
      minute = parseNumber((minuteWords ?? '').replace(/^oh[ \t-]{1,2}/i, ''));
    } else if (hourC !== undefined || hourWithDaypart !== undefined) {
      hour = parseNumber(hourC ?? hourWithDaypart ?? '');
      minute = 0;
    } else if (halfHour !== undefined) {
      // "half 2 hours" is an amount, not a time.
      if (MINUTES_AFTER.test(text.slice(end, end + 16))) {
        retry();
        continue;
      }
      hour = parseNumber(halfHour);
      minute = 30;
    } else {
      hour = parseNumber(hourD ?? '');
      minute = parseNumber(minuteDigits ?? '');
    }
    if (hour === null || minute === null || hour < 1 || hour > 12 || minute > 59) {
      retry();
      continue;
    }
    const part = (daypart ?? '').toLowerCase();
    const meridiem = /^a|morning/.test(part)
      ? 'am'
      : /^p|afternoon|evening|night/.test(part)
        ? 'pm'
        : null;
    const hour24 = meridiem === null ? hour : (hour % 12) + (meridiem === 'pm' ? 12 : 0);
    tokens.push({
      text: whole,
      start: match.index,
      end,
      hour: hour24,
      minute,
      meridiem,
      form: 'spoken',
      fixed: meridiem !== null,
    });
  }
  return tokens;
}

// "from ten to eleven", "between nine and ten thirty": hours in words on both sides of a range.
// "from eleven to noon": noon is read as a clock of its own; the hour before it is read here.
const WORD_RANGE = boundedRegExp(
  String.raw`(?<![\w])(?:from|between)[ \t](?:(?:about|around|approximately|roughly)[ \t])?(${HOUR_WORDS})(?:[ \t](?:to|until|till|til|and|-)[ \t](?:(?:about|around|approximately|roughly)[ \t])?)(${HOUR_WORDS}|noon|midnight)(?![ \t-]{1,2}(?:minutes?|hours?|mins?|hrs?|people|clients|times|days|weeks)(?![a-z]))(?![\w])`,
  'gi',
);

// "from half past nine to eleven": an hour in words right after a spoken time and "to".
const HOUR_AFTER_SPOKEN = boundedRegExp(
  String.raw`(?<=(?:to|until|till|til)[ \t](?:about[ \t])?)(${HOUR_WORDS})(?![ \t-]{1,2}(?:minutes?|hours?|mins?|hrs?|people|clients|times|of|more|or|days|weeks|years)(?![a-z]))(?![\w])`,
  'gi',
);

// "Started at quarter to ten and wrapped up at eleven": an hour in words after an end cue, in
// the sentence of a spoken time.
const HOUR_AFTER_END_CUE = boundedRegExp(
  String.raw`(?<=(?:wrapped[ \t]up|ended|finished|left|done|stopped|until|till|til)[ \t]at[ \t](?:about[ \t]|around[ \t])?)(${HOUR_WORDS})(?![ \t-]{1,2}(?:minutes?|hours?|mins?|hrs?|people|clients|times|of|more|or|days|weeks|years)(?![a-z]))(?![\w])`,
  'gi',
);
const END_CUE_REACH = 60;

function findHoursAfterSpoken(text: string, spoken: readonly ClockToken[]): ClockToken[] {
  // Right after "to" a spoken time (14 characters); after an end cue, in its sentence.
  const nearSpoken = (start: number, reach: number) =>
    spoken.some(
      (token) =>
        token.end <= start &&
        start - token.end <= reach &&
        !/[.!?\n]/.test(text.slice(token.end, start)),
    );
  const tokens: ClockToken[] = [];
  for (const [pattern, reach] of [
    [HOUR_AFTER_END_CUE, END_CUE_REACH],
    [HOUR_AFTER_SPOKEN, 14],
  ] as const) {
    pattern.lastIndex = 0;
    for (let match = pattern.exec(text); match !== null; match = pattern.exec(text)) {
      if (!nearSpoken(match.index, reach)) continue;
      const token = hourInWords(match[0], match.index);
      if (token !== null) tokens.push(token);
    }
  }
  return tokens;
}

/** The clock a match read in words, with no morning or evening said. */
function spokenAt(
  match: RegExpExecArray,
  hour: number,
  minute: number,
  fixed: boolean,
): ClockToken {
  const end = match.index + match[0].length;
  return { text: match[0], start: match.index, end, hour, minute, meridiem: null, form: 'spoken', fixed }; // prettier-ignore
}

/** "nine" at `start` as a clock of that hour, not yet placed in the morning or the evening. */
function hourInWords(word: string, start: number): ClockToken | null {
  const hour = parseNumber(word);
  if (hour === null) return null;
  const end = start + word.length;
  return { text: word, start, end, hour, minute: 0, meridiem: null, form: 'spoken', fixed: false };
}

// "from nine til a quarter past ten": an hour in words right before "to" and a spoken time.
const HOUR_BEFORE_SPOKEN = boundedRegExp(
  String.raw`(?<![\w])(?:from|between|time:?|time[ \t]was)[ \t](?:(?:about|around|approximately|roughly)[ \t])?(${HOUR_WORDS})(?=[ \t](?:to|until|till|til|and|-)[ \t])`,
  'gi',
);

function findHoursBeforeSpoken(text: string, spoken: readonly ClockToken[]): ClockToken[] {
  const tokens: ClockToken[] = [];
  HOUR_BEFORE_SPOKEN.lastIndex = 0;
  for (
    let match = HOUR_BEFORE_SPOKEN.exec(text);
    match !== null;
    match = HOUR_BEFORE_SPOKEN.exec(text)
  ) {
    const end = match.index + match[0].length;
    if (!spoken.some((token) => token.start >= end && token.start - end <= 8)) continue;
    const word = match[1] as string;
    const token = hourInWords(word, end - word.length);
    if (token !== null) tokens.push(token);
  }
  return tokens;
}

// "fourteen hundred to fifteen fifteen": a 24-hour clock read aloud, as dictation writes it.
const HOUR24_WORDS =
  'thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|twenty(?:[ \\t-](?:one|two|three))?';
const MILITARY_MINUTE_WORDS =
  'hundred|oh[ \\t-](?:one|two|three|four|five|six|seven|eight|nine)|ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen|(?:twenty|thirty|forty|fifty)(?:[ \\t-](?:one|two|three|four|five|six|seven|eight|nine))?';
const MILITARY_WORDS = boundedRegExp(
  String.raw`(?<![\w])(${HOUR24_WORDS})[ \t](${MILITARY_MINUTE_WORDS})(?:[ \t]hours)?(?![ \t-]{1,2}(?:minutes?|mins?|people|clients|times|days|weeks|years|dollars)(?![a-z]))(?![\w])`,
  'gi',
);

function findMilitaryWords(text: string): ClockToken[] {
  const tokens: ClockToken[] = [];
  MILITARY_WORDS.lastIndex = 0;
  for (let match = MILITARY_WORDS.exec(text); match !== null; match = MILITARY_WORDS.exec(text)) {
    const hour = parseNumber(match[1] as string);
    const minuteWords = (match[2] as string).toLowerCase();
    const minute =
      minuteWords === 'hundred' ? 0 : parseNumber(minuteWords.replace(/^oh[ \t-]/, ''));
    if (hour === null || minute === null || hour < 13 || hour > 23 || minute > 59) continue;
    // "twenty twenty six" is a year; "fifteen forty five minutes" a count.
    if (hour === 20 && /^twenty/.test(minuteWords)) continue;
    const after = text.slice(match.index + match[0].length, match.index + match[0].length + 24);
    if (/^[ \t-]{1,2}(?:[a-z]+[ \t-]{1,2})?(?:minutes?|mins?|people|dollars|times)\b/i.test(after))
      continue;
    tokens.push(spokenAt(match, hour, minute, true));
  }
  return tokens;
}

// "from to thirty to three forty five": dictation hears "two" as "to" ("four" as "for"); a
// time's minutes after it, and "from" or "at" before, say which was meant.
const MISHEARD_HOUR = boundedRegExp(
  String.raw`(?<=(?:^|[^\w])(?:from|at|between|started|start)[ \t])(to|too|for)[ \t](fifteen|thirty|forty[ \t-]five|forty|oh[ \t-]five|o['’]?clock)(?=[ \t]{1,2}(?:to|until|till|til|and|-)[ \t])`,
  'gi',
);

function findMisheardHours(text: string): ClockToken[] {
  const tokens: ClockToken[] = [];
  MISHEARD_HOUR.lastIndex = 0;
  for (let match = MISHEARD_HOUR.exec(text); match !== null; match = MISHEARD_HOUR.exec(text)) {
    const hour = /^f/i.test(match[1] as string) ? 4 : 2;
    const words = (match[2] as string).toLowerCase().replace(/^oh[ \t-]/, '');
    const minute = /^o/.test(words) ? 0 : parseNumber(words);
    if (minute === null) continue;
    tokens.push(spokenAt(match, hour, minute, false));
  }
  return tokens;
}

function findWordRanges(text: string): ClockToken[] {
  const tokens: ClockToken[] = [];
  WORD_RANGE.lastIndex = 0;
  for (let match = WORD_RANGE.exec(text); match !== null; match = WORD_RANGE.exec(text)) {
    for (const word of [match[1], match[2]] as string[]) {
      const start =
        match.index +
        match[0].indexOf(word, word === match[2] ? match[0].length - word.length - 1 : 0);
      const token = hourInWords(word, start);
      if (token !== null) tokens.push(token);
    }
  }
  return tokens;
}

// "time was 1 30 to 3 00": a dictated range, each clock's colon heard as a space.
const DICTATED_RANGE = boundedRegExp(
  String.raw`(?<![\w:.\/$#])(1[0-2]|0?[1-9]) ([0-5]\d)( ?(?:am|pm))? (?:to|till|until|-) (1[0-2]|0?[1-9]) ([0-5]\d)( ?(?:am|pm))?(?![\w:.\/]|[ \t]{0,2}(?:min|hours?|hrs?)\b)`,
  'gi',
);

function findDictatedRanges(text: string): ClockToken[] {
  const tokens: ClockToken[] = [];
  DICTATED_RANGE.lastIndex = 0;
  for (let match = DICTATED_RANGE.exec(text); match !== null; match = DICTATED_RANGE.exec(text)) {
    const [, hour1, minute1, meridiem1, hour2, minute2, meridiem2] = match;
    const whole = match[0];
    const secondAt = match.index + whole.lastIndexOf(`${hour2} ${minute2}`);
    // "room 4 15 to 5 20 people", "goal 2 10 to 3 50 steps": numbered things and counts.
    const end = match.index + whole.length;
    if (
      NUMBERED_BEFORE.test(text.slice(Math.max(0, match.index - LOOK_AROUND), match.index)) ||
      UNIT_AFTER.test(text.slice(end, end + LOOK_AROUND))
    )
      continue;
    const clock = (hour: string, minute: string, meridiem: string | undefined, start: number) => {
      const written = `${hour} ${minute}${meridiem ?? ''}`;
      const spoken = meridiem?.trim().toLowerCase();
      return {
        text: written,
        start,
        end: start + written.length,
        hour: Number(hour),
        minute: Number(minute),
        meridiem: spoken === 'am' || spoken === 'pm' ? spoken : null,
        form: 'colon',
        fixed: spoken !== undefined,
      } satisfies ClockToken;
    };
    tokens.push(clock(hour1 as string, minute1 as string, meridiem1, match.index));
    tokens.push(clock(hour2 as string, minute2 as string, meridiem2, secondAt));
  }
  return tokens;
}

/** Every clock reading in `text`, in order, with offsets. A lone bare number is included. */
export function findClockTokens(note: string): ClockToken[] {
  // "2026-12-03_JMorales_CSP_0930-1045": a file name's underscores part words like spaces.
  const text = note.includes('_') ? note.replace(/_/g, ' ') : note;
  // A misheard hour ("from to thirty to three forty five") goes before the spoken times it
  // would otherwise be read into ("thirty to three").
  const misheard = findMisheardHours(text);
  let heard = text;
  for (const token of misheard)
    heard =
      heard.slice(0, token.start) + ' '.repeat(token.end - token.start) + heard.slice(token.end);
  const spoken = [...misheard, ...findSpokenClocks(heard)];
  for (const token of [
    ...findWordRanges(text),
    ...findDictatedRanges(text),
    ...findHoursAfterSpoken(text, spoken),
    ...findHoursBeforeSpoken(text, spoken),
    ...findMilitaryWords(text),
  ])
    if (!spoken.some((other) => token.start < other.end && other.start < token.end))
      spoken.push(token);
  const tokens: ClockToken[] = [...spoken];
  CLOCK.lastIndex = 0;
  for (let match = CLOCK.exec(text); match !== null; match = CLOCK.exec(text)) {
    const token = toToken(match);
    if (token === null || isQuantity(text, token)) continue;
    // A number inside a spoken time ("half past 10") is read there, not again.
    if (spoken.some((other) => token.start < other.end && other.start < token.end)) continue;
    tokens.push(token);
  }
  return tokens.sort((a, b) => a.start - b.start);
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
  const form = separator === undefined ? 'bare' : separator === '.' ? 'dot' : 'colon';
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

// "April 16 2026", "4/16 2026", "16th April, 2026": a year after the day it belongs to.
const DATE_BEFORE = boundedRegExp(
  String.raw`(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?[ \t]{1,2}\d{1,2}(?:st|nd|rd|th)?|\d{1,2}/\d{1,2}|\d{1,2}(?:st|nd|rd|th)?[ \t]{1,2}(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]{0,6}\.?),?[ \t]{1,2}$`,
  'i',
);

function isQuantity(text: string, token: ClockToken): boolean {
  if (token.meridiem !== null || token.form === 'word') return false;
  if (UNIT_AFTER.test(text.slice(token.end, token.end + LOOK_AROUND))) return true;
  if (
    isYearLike(token) &&
    DATE_BEFORE.test(text.slice(Math.max(0, token.start - LOOK_AROUND), token.start))
  )
    return true;
  if (token.form !== 'bare') return false;
  const before = text.slice(Math.max(0, token.start - LOOK_AROUND), token.start);
  return MONTH_BEFORE.test(before) || NUMBERED_BEFORE.test(before);
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
