// Start and end written apart: "Start: 10:00 End: 10:50", "Time in: 9:05 / Time out: 9:50".
import { boundedRegExp } from './bounded-regexp';
import { ClockToken, findClockTokens, isYearLike } from './clock';

export interface LabelledTimes {
  start: ClockToken | null;
  end: ClockToken | null;
  /** Both are bare hours, each after its label: read as clocks all the same. */
  labelledBare?: true;
}

// "Start: 10:00", "Time In ......... 0930", "Start Time:" with its value on the next line.
const LABEL_TAIL = String.raw`[ \t]{0,3}(?:(?:\.{2,40}|_{2,40})[ \t]{0,3})?(?:[:=\-–][ \t]{0,3}(?:\r?\n[ \t]{0,3})?)?(?:at[ \t]{1,3})?$`;
const START_LABEL = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:start(?:ed|ing)?(?:[ \t]time)?|time[ \t]in|in[ \t]time|began|begin(?:ning)?(?:[ \t]time)?` +
    String.raw`|arrived|arrival(?:[ \t]time)?|got[ \t](?:there|here)|showed[ \t]up|in[ \t]{0,2}(?=:))` +
    LABEL_TAIL +
    // "met her in the clinic parking lot at 8:45", "called ... at about a quarter past nine",
    // "Met Gary at his apt on Cook St. around 11ish" (an abbreviation's period goes on)
    String.raw`|(?:^|[^a-z])(?:met|arrived|called|got[ \t](?:there|to)|picked[ \t](?:him|her|them|\w{1,12})[ \t]up)(?:[ \t][^.;,\d\n \t]{1,20}(?:\.(?=[ \t][a-z]))?){0,7}[ \t](?:at|around|about)(?:[ \t](?:about|around|approx\.?|approximately))?[ \t]$`,
  'i',
);
const END_LABEL = boundedRegExp(
  String.raw`(?:^|[^a-z])(?:end(?:ed|ing)?(?:[ \t]time)?|time[ \t]out|out[ \t]time|stop(?:ped)?(?:[ \t]time)?` +
    String.raw`|finish(?:ed)?|concluded|departed|departure(?:[ \t]time)?|left|out[ \t]{0,2}(?=:)` +
    // "Time in 11:10 / out 11:50": "out" after the start's separator.
    String.raw`|(?<=[/|,;][ \t]{0,2})out)` +
    LABEL_TAIL,
  'i',
);

// "In 1:00 PM   Out 3:00 PM": a form's capitalized In and Out, with no colon after them.
const START_CAPITAL = boundedRegExp(String.raw`(?:^|[ \t|,;])In[ \t]{1,3}$`);
const END_CAPITAL = boundedRegExp(String.raw`(?:^|[ \t|,;/])Out[ \t]{1,3}$`);

const LOOK_BEHIND = 72;
const BARE_PAIR_GAP = 24;

/**
 * The first clock labelled as a start and the first labelled as an end. A bare number or a
 * year is left out even after a label: "left 2 messages" is not a departure at 2.
 */
export function findLabelledTimes(text: string, tokens = findClockTokens(text)): LabelledTimes {
  let start: ClockToken | null = null;
  let end: ClockToken | null = null;
  let bareStart: ClockToken | null = null;
  let bareEnd: ClockToken | null = null;
  for (const token of tokens) {
    if (isYearLike(token)) continue;
    const bare = token.form === 'bare' && token.meridiem === null;
    const before = text.slice(Math.max(0, token.start - LOOK_BEHIND), token.start);
    if (start === null && (START_LABEL.test(before) || START_CAPITAL.test(before))) {
      if (!bare) start = token;
      else bareStart ??= token;
    } else if (end === null && (END_LABEL.test(before) || END_CAPITAL.test(before))) {
      if (!bare) end = token;
      else bareEnd ??= token;
    }
  }
  // "started 10, ended 11": two bare hours, each labelled, written together.
  if (
    start === null &&
    end === null &&
    bareStart !== null &&
    bareEnd !== null &&
    bareStart.start < bareEnd.start &&
    bareEnd.start - bareStart.end <= BARE_PAIR_GAP
  ) {
    return { start: bareStart, end: bareEnd, labelledBare: true };
  }
  // "got there around 2, left at 3:20": a bare start counts beside a written end.
  if (start === null && bareStart !== null && end !== null && bareStart.start < end.start)
    start = bareStart;
  return { start, end };
}
