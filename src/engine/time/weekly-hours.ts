// Hours a week the note itself states for the same family: "6 hrs for the week", "Weekly
// hours: 7", "PSS hours: 9 this week", "Wk total incl today 4 h 45 m", "about 8 hrs a week
// since January", "seeing her 3x a wk", "the 4th visit this week" (with this session's length). The Parenting Support
// weekly average is checked against the largest of these.
import { boundedRegExp } from './bounded-regexp';
import { findAllDurations } from './durations';

const WEEK_AROUND = boundedRegExp(
  String.raw`^[ \t]{0,3}(?:(?:in[ \t])?total[ \t]{1,2})?(?:a|per|each|every|this|\/|for[ \t]the|in[ \t]the|that)[ \t]{0,2}(?:week|wk)s?\b|^[ \t]{0,3}(?:weekly|\/[ \t]{0,2}wk)`,
  'i',
);
const WEEK_BEFORE = boundedRegExp(
  String.raw`(?:week(?:ly)?|wk)[ \t]{0,2}(?:total|hours|hrs)?(?:[^.\n]|\.\d){0,60}(?:at|is|was|of|:|=|today|total(?:ing)?|comes[ \t]to|puts[ \t](?:her|him|them)[ \t]at|brings?[ \t](?:\S{1,12}[ \t]){0,2}to)[ \t]{0,3}(?:about|around|approx\.?)?[ \t]{0,2}$`,
  'i',
);
// "Weekly hours: 7", "PSS hours: 9 this week": a bare number after an hours label.
const LABELLED = boundedRegExp(
  String.raw`(?:weekly[ \t]hours|hours[ \t]this[ \t](?:week|wk)(?:[ \t]{1,2}(?:incl(?:uding|\.)?|with)[ \t]{1,2}today)?|hours[ \t]per[ \t](?:week|wk)|(?:pss|pssp|provider)[ \t]hours)[ \t]{0,2}[:=][ \t]{0,2}(\d{1,2}(?:\.\d{1,2})?)(?![\d:])`,
  'gi',
);
const PER_WEEK_VISITS = boundedRegExp(
  String.raw`(?<![\w.])(\d|one|two|three|four|five)[ \t]?(?:x|times|visits|sessions)[ \t]{0,2}(?:a|per|each|every|\/)[ \t]{0,2}(?:week|wk)(?![a-z])`,
  'gi',
);
const VISITING_BEFORE = boundedRegExp(
  String.raw`\b(?:see|sees|seeing|seen|saw|visit|visits|visiting|visited|meet|meets|meeting|met|come|comes|coming|go|goes|going|out|there|services?|sessions?|pss|pssp|provider|we)\b[^.\n]{0,25}$`,
  'i',
);
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
// "our third 2-hour session this week", "the 4th visit this week": the week's count so far.
const NTH_VISIT = boundedRegExp(
  String.raw`\b(second|third|fourth|fifth|sixth|2nd|3rd|4th|5th|6th)[ \t]{1,2}(?:(\d(?:\.\d{1,2})?|one|two|three)[ \t-]?(?:hour|hr|h)[ \t]{1,2})?(?:home[ \t]{1,2})?(?:session|visit)[ \t]{1,2}(?:this|for[ \t]the|of[ \t]the)[ \t]{1,2}(?:week|wk)\b`,
  'gi',
);
const ORDINALS: Record<string, number> = { second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6 };
const LOOK = 40;
const SPACED_HOURS = boundedRegExp(
  String.raw`(?<![\w.:/])(\d{1,2}(?:\.\d{1,2})?)[ \t]h(?:[ \t](\d{1,2})[ \t]m)?(?![\w:])`,
  'gi',
);

/** The most minutes a week the note says the family gets, or null when it says none. */
export function statedWeeklyMinutes(text: string, sessionMinutes: number | null): number | null {
  let most: number | null = null;
  const keep = (minutes: number) => {
    if (minutes > 0 && minutes <= 60 * 60) most = Math.max(most ?? 0, minutes);
  };
  // "Wk total incl today 4 h 45 m", "brings week to 6.5 h": hours written "h" apart from the
  // number, which the duration reader leaves alone elsewhere.
  const spaced = [...text.matchAll(SPACED_HOURS)].map((match) => ({
    minutes: Math.round(Number(match[1]) * 60) + Number(match[2] ?? 0),
    start: match.index,
    end: match.index + match[0].length,
  }));
  const durations = findAllDurations(text);
  for (const duration of [...durations, ...spaced]) {
    const after = text.slice(duration.end, duration.end + LOOK);
    const before = text.slice(Math.max(0, duration.start - LOOK), duration.start);
    if (WEEK_AROUND.test(after) || WEEK_BEFORE.test(before))
      keep(duration.minutes - unpaidWithin(text, duration.end, durations));
  }
  LABELLED.lastIndex = 0;
  for (let match = LABELLED.exec(text); match !== null; match = LABELLED.exec(text))
    keep(Number(match[1]) * 60);
  NTH_VISIT.lastIndex = 0;
  for (let match = NTH_VISIT.exec(text); match !== null; match = NTH_VISIT.exec(text)) {
    const nth = (match[1] as string).toLowerCase();
    const count = ORDINALS[nth] ?? Number.parseInt(nth, 10);
    const stated = match[2]?.toLowerCase();
    const hours = stated === undefined ? null : (WORD_NUMBERS[stated] ?? Number(stated));
    const each = hours === null ? sessionMinutes : hours * 60;
    if (each !== null) keep(count * each);
  }
  if (sessionMinutes !== null) {
    PER_WEEK_VISITS.lastIndex = 0;
    for (
      let match = PER_WEEK_VISITS.exec(text);
      match !== null;
      match = PER_WEEK_VISITS.exec(text)
    ) {
      // "offer a new food at least 4 times a week" counts meals, not visits: "x" and "times"
      // count visits only after a word for seeing the family ("seeing her 3x a wk").
      const counted = /visits|sessions/i.test(match[0]);
      const before = text.slice(Math.max(0, match.index - LOOK), match.index);
      if (!counted && !VISITING_BEFORE.test(before)) continue;
      const word = (match[1] as string).toLowerCase();
      keep((WORD_NUMBERS[word] ?? Number(word)) * sessionMinutes);
    }
  }
  return most;
}

const INCLUDING = boundedRegExp(
  String.raw`^[^.\n]{0,40}?\b(?:incl(?:uding|udes|\.)?|with)[ \t]{1,2}$`,
  'i',
);
const UNPAID_AFTER = boundedRegExp(
  String.raw`^[ \t]{0,2}(?:of[ \t]{1,2})?(?:my[ \t]{1,2}|the[ \t]{1,2})?(?:travel|drive|driving|documentation|paperwork|notes?|charting)\b`,
  'i',
);

/**
 * "4 h 20 min on this week's log including 35 min of my travel": the minutes a weekly total
 * says it includes of what the program does not pay for (travel, documentation).
 */
function unpaidWithin(
  text: string,
  end: number,
  durations: readonly { minutes: number; start: number; end: number }[],
): number {
  const next = durations.find((other) => other.start >= end && other.start - end <= 48);
  if (next === undefined || !INCLUDING.test(text.slice(end, next.start))) return 0;
  return UNPAID_AFTER.test(text.slice(next.end, next.end + 30)) ? next.minutes : 0;
}

// "avg 3.6/wk", "averaging 3.5 hrs a week", "so avg under 4": the weekly average the note states.
const AVERAGE = boundedRegExp(
  String.raw`\b(?:avg|av|average|averages|averaging|averaged)\b\.?[^.\n\d]{0,25}?(under|below|less[ \t]than|<)?[ \t]{0,2}(\d{1,2}(?:\.\d{1,2})?)(?![\d:/])(?![ \t]{0,2}(?:wks?|weeks?|mos?|months?|oz|ounces?|times?|x)\b)(?:[ \t]{0,2}(?:h|hrs?|hours?)\b)?`,
  'gi',
);

/**
 * The weekly average the note itself states for the family, in minutes, or null. The limit is an
 * average: a heavy week whose stated average is within it passes ("5.5 hrs but avg 3.6/wk").
 */
export function statedAverageMinutes(text: string): number | null {
  AVERAGE.lastIndex = 0;
  for (let match = AVERAGE.exec(text); match !== null; match = AVERAGE.exec(text)) {
    const hours = Number(match[2]);
    if (!(hours > 0 && hours <= 40)) continue;
    const end = match.index + match[0].length;
    // A week must be in sight; an authorized or allowed average is the limit, not the family's.
    if (
      !/\b(?:wk|wks|week|weeks|weekly)\b/i.test(text.slice(Math.max(0, match.index - 30), end + 15))
    )
      continue;
    if (
      /\b(?:authoriz\w*|allowed|max\w*|limit|cap)\b[^.\n]{0,12}$/i.test(
        text.slice(Math.max(0, match.index - 25), match.index),
      )
    )
      continue;
    return match[1] === undefined ? hours * 60 : hours * 60 - 1;
  }
  // "still 4 a week on average": the number first.
  const after = AVERAGE_AFTER.exec(text);
  const hours = Number(after?.[1]);
  return hours > 0 && hours <= 40 ? hours * 60 : null;
}

const AVERAGE_AFTER = boundedRegExp(
  String.raw`(?<![\d.:/])(\d{1,2}(?:\.\d{1,2})?)[ \t]{0,2}(?:h|hrs?|hours?)?[ \t]{0,2}(?:a|per|each|\/)[ \t]{0,2}(?:week|wk)[ \t,]{1,3}on[ \t]average\b`,
  'i',
);
