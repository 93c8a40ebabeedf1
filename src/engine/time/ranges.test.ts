import { describe, expect, it } from 'vitest';
import { findClockTokens } from './clock';
import { findTimeRanges, resolveRange } from './ranges';

function pair(text: string) {
  const [start, end] = findClockTokens(text);
  if (start === undefined || end === undefined) throw new Error(`two clocks expected in ${text}`);
  return resolveRange(start, end);
}

describe('resolveRange', () => {
  it('takes pm for a bare end from a pm start ("1:15pm to 2")', () => {
    expect(pair('1:15pm 2')).toEqual({ startMinutes: 795, endMinutes: 840, minutes: 45 });
  });

  it('takes pm for a bare start from a pm end ("from 2 to 2:45 pm")', () => {
    expect(pair('2 2:45 pm')).toEqual({ startMinutes: 840, endMinutes: 885, minutes: 45 });
  });

  it('takes am for the start when the pm reading would be longer ("10 to 2 pm")', () => {
    expect(pair('10 2 pm')).toEqual({ startMinutes: 600, endMinutes: 840, minutes: 240 });
  });

  it('crosses midnight only when the clocks say so', () => {
    expect(pair('11:30 PM 12:15 AM')).toEqual({ startMinutes: 1410, endMinutes: 15, minutes: 45 });
    expect(pair('11:30 12:15')).toEqual({ startMinutes: 690, endMinutes: 735, minutes: 45 });
  });

  it('rejects an end before the start and spans over 12 hours', () => {
    expect(pair('10:45 AM 10:00 AM')).toBeNull();
    expect(pair('6:00 AM 7:00 PM')).toBeNull();
    expect(pair('10:00 10:00')).toBeNull();
  });

  it('allows exactly 12 hours when both sides say am/pm', () => {
    expect(pair('8:00 AM 8:00 PM')?.minutes).toBe(720);
  });
});

describe('findTimeRanges', () => {
  it('finds every range in order with its clocks', () => {
    const ranges = findTimeRanges('Group 9:00-9:45; individual 10:00 to 10:30.');
    expect(ranges.map((range) => [range.start.text, range.end.text, range.minutes])).toEqual([
      ['9:00', '9:45', 45],
      ['10:00', '10:30', 30],
    ]);
  });

  it('pairs a bare hour after the date with a 24-hour end: "3/6 10-1130"', () => {
    expect(findTimeRanges('3/6 10-1130').map((range) => range.minutes)).toEqual([90]);
    expect(findTimeRanges('paid 10-1130 dollars')).toHaveLength(0);
  });

  it('reads no hours in a date written with dashes: "2-3-2026, 1:30 to 3:00 pm"', () => {
    expect(findTimeRanges('2-3-2026, 1:30 to 3:00 pm').map((range) => range.minutes)).toEqual([90]);
  });

  it('needs "between" before "and"', () => {
    expect(findTimeRanges('between 9 and 10:30 a.m.')).toHaveLength(1);
    expect(findTimeRanges('goals 9 and 10:30 a.m.')).toHaveLength(0);
  });

  it('needs at least one side that reads as a clock', () => {
    expect(findTimeRanges('from 2 to 3 times a week')).toHaveLength(0);
    expect(findTimeRanges('her rating went from 2 to 3')).toHaveLength(0);
    expect(findTimeRanges('from 2 to 3 pm')).toHaveLength(1);
    expect(findTimeRanges('1.15-2')).toHaveLength(0);
  });

  it('reads plain hours on the line a date opens as the time, with no number between', () => {
    const minutes = (text: string) => findTimeRanges(text).map((range) => range.minutes);
    expect(
      minutes("11/3 home visit tasha's apt on hill st waterbury 10-11. tasha and me."),
    ).toEqual([60]);
    expect(minutes('tuesday 12/1 kim house norwich 2-3 ppl: kim, zoe')).toEqual([60]);
    expect(minutes('11/3 she has 2 kids, 4-5 bottles a day')).toEqual([]);
  });

  it('reads plain hours after a date or after "from" as the time, but not a rating', () => {
    const minutes = (text: string) => findTimeRanges(text).map((range) => range.minutes);
    expect(minutes('session w/ Pedro at his place 12/3 ~2 til 3. did a thought record')).toEqual([
      60,
    ]);
    expect(minutes('met w/ Derek at the program on tuesday from 10 to 11. we talked')).toEqual([
      60,
    ]);
    expect(minutes('she said her 1-10 went from 9 to 6 after the call')).toEqual([]);
    expect(minutes('at his place on Hillside Ave visit was from about 3 to 4 his goal')).toEqual([
      60,
    ]);
    expect(minutes('she said her anxiety went from about 9 to 6 after the call')).toEqual([]);
  });
});
