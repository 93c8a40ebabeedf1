// Hours a week the note itself states for the same family: "6 hrs for the week", "Weekly
// hours: 7", "PSS hours: 9 this week", "Wk total incl today 4 h 45 m", "about 8 hrs a week
// since January", "seeing her 3x a wk" (with this session's length). The Parenting Support
// weekly average is checked against the largest of these.
import { boundedRegExp } from './bounded-regexp';
import { findAllDurations } from './durations';

const WEEK_AROUND = boundedRegExp(
  String.raw`^[ \t]{0,3}(?:a|per|each|every|this|\/|for[ \t]the|in[ \t]the|that)[ \t]{0,2}(?:week|wk)s?\b|^[ \t]{0,3}(?:weekly|\/[ \t]{0,2}wk)`,
  'i',
);
const WEEK_BEFORE = boundedRegExp(
  String.raw`(?:week(?:ly)?|wk)[ \t]{0,2}(?:total|hours|hrs)?[^.\n]{0,30}(?:at|is|was|of|:|=|today|total(?:ing)?|comes[ \t]to|puts[ \t](?:her|him|them)[ \t]at)[ \t]{0,3}(?:about|around|approx\.?)?[ \t]{0,2}$`,
  'i',
);
// "Weekly hours: 7", "PSS hours: 9 this week": a bare number after an hours label.
const LABELLED = boundedRegExp(
  String.raw`(?:weekly[ \t]hours|hours[ \t]this[ \t](?:week|wk)|hours[ \t]per[ \t](?:week|wk)|(?:pss|pssp|provider)[ \t]hours)[ \t]{0,2}[:=][ \t]{0,2}(\d{1,2}(?:\.\d{1,2})?)(?![\d:])`,
  'gi',
);
const PER_WEEK_VISITS = boundedRegExp(
  String.raw`(?<![\w.])(\d|one|two|three|four|five)[ \t]?(?:x|times|visits|sessions)[ \t]{0,2}(?:a|per|each|every|\/)[ \t]{0,2}(?:week|wk)(?![a-z])`,
  'gi',
);
const WORD_NUMBERS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5 };
const LOOK = 40;

/** The most minutes a week the note says the family gets, or null when it says none. */
export function statedWeeklyMinutes(text: string, sessionMinutes: number | null): number | null {
  let most: number | null = null;
  const keep = (minutes: number) => {
    if (minutes > 0 && minutes <= 60 * 60) most = Math.max(most ?? 0, minutes);
  };
  for (const duration of findAllDurations(text)) {
    const after = text.slice(duration.end, duration.end + LOOK);
    const before = text.slice(Math.max(0, duration.start - LOOK), duration.start);
    if (WEEK_AROUND.test(after) || WEEK_BEFORE.test(before)) keep(duration.minutes);
  }
  LABELLED.lastIndex = 0;
  for (let match = LABELLED.exec(text); match !== null; match = LABELLED.exec(text))
    keep(Number(match[1]) * 60);
  if (sessionMinutes !== null) {
    PER_WEEK_VISITS.lastIndex = 0;
    for (
      let match = PER_WEEK_VISITS.exec(text);
      match !== null;
      match = PER_WEEK_VISITS.exec(text)
    ) {
      const word = (match[1] as string).toLowerCase();
      keep((WORD_NUMBERS[word] ?? Number(word)) * sessionMinutes);
    }
  }
  return most;
}
