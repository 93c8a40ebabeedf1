import { describe, expect, it } from 'vitest';
import { findDuration, findDurations, parseDuration } from './durations';

describe('parseDuration', () => {
  it.each([
    ['45 minutes', 45],
    ['45 min', 45],
    ['45 mins', 45],
    ['45m', 45],
    ['1 hr 15 min', 75],
    ['1h15m', 75],
    ['1h 15m', 75],
    ['1 hour, 15 minutes', 75],
    ['1.5 hours', 90],
    ['1.25 hrs', 75],
    ['2h', 120],
    ['an hour', 60],
    ['an hour and a half', 90],
    ['one and a half hours', 90],
    ['1½ hours', 90],
    ['half an hour', 30],
    ['half hour', 30],
    ['forty-five minutes', 45],
    ['forty five minutes', 45],
    ['twenty minutes', 20],
    ['two hours', 120],
    ['1:15 hours', 75],
    ['2.5 minutes', 2.5],
    // an "h" a space after the number is hours; an "m" stays unread ("45 m" may be metres).
    ['1.25 h', 75],
    // ... except after an hour: "1 h 45 m".
    ['1 h 45 m', 105],
  ])('%j = %i min', (text, minutes) => {
    expect(parseDuration(text)).toBe(minutes);
  });

  it.each(['45', '45 m', 'a m', 'I am', 'ah', '10 mg', '45 minutes and 2 hours'])(
    '%j is not one duration',
    (text) => {
      expect(parseDuration(text)).toBeNull();
    },
  );
});

describe('findDurations', () => {
  it('gives offsets of what was read', () => {
    const note = 'Met for 1 hr 15 min (75 minutes).';
    expect(findDurations(note).map((d) => [d.text, note.slice(d.start, d.end), d.minutes])).toEqual(
      [
        ['1 hr 15 min', '1 hr 15 min', 75],
        ['75 minutes', '75 minutes', 75],
      ],
    );
  });

  it('does not let "and a half" run into the next duration', () => {
    expect(findDurations('15m and a half hour').map((d) => d.minutes)).toEqual([15, 30]);
  });

  it.each([
    'Client takes medication every 2 hours.',
    'Will call back within 48 hours.',
    'Client arrived 30 minutes late.',
    'Client lives 20 minutes away.',
    'Medication given 2 hours ago.',
    'Parenting support averages 4 hours a week.',
    'Client reports 6 hours of sleep.',
    'Billed in 15-minute units.',
    'Re-engage in 2 hours.',
  ])('skips lengths that are not the service: %j', (note) => {
    expect(findDurations(note)).toEqual([]);
  });
});

describe('findDuration', () => {
  it('picks a labelled duration first', () => {
    expect(findDuration('Walked 10 minutes to the bus. Total time: 40 minutes.')?.minutes).toBe(40);
  });

  it('picks "for N minutes" or "(N min)" over a passing mention', () => {
    expect(findDuration('Took a 5 minute break; met for 50 minutes.')?.minutes).toBe(50);
    expect(findDuration('Read 10 minutes of the plan together (55 min).')?.minutes).toBe(55);
    // "for 15-min warnings": the length of the warnings, not of the session.
    expect(findDuration('02/24/2026 | 90 min | home. Set phone timer for 15-min warnings herself.')?.minutes).toBe(90); // prettier-ignore
  });

  it('reads "call last N minutes" as the contact\'s length, "in the last N minutes" as not', () => {
    expect(findDuration('She feel calmer. Call last fourteen minutes.')?.minutes).toBe(14);
    expect(findDuration('The home visit last 40 minutes.')?.minutes).toBe(40);
    expect(findDurations('No calls in the last 30 minutes.')).toEqual([]);
  });

  it('reads labels that carry the unit', () => {
    expect(findDuration('Minutes: 35')).toMatchObject({ minutes: 35, text: '35', labelled: true });
    expect(findDuration('Total hours: 2')?.minutes).toBe(120);
  });

  it('gives null when nothing is stated', () => {
    expect(findDuration('Met with client at the library to review the budget.')).toBeNull();
  });
});

describe('durations with the unit in brackets after the label', () => {
  it.each([
    ['Date: 10/26/2026   Duration (min): 45', 45],
    ['Time spent (hrs): 1.5', 90],
    ['Time: 1.25 h face to face.', 75],
  ])('%j is %i minutes', (text, minutes) => {
    expect(findDurations(text).map((duration) => duration.minutes)).toEqual([minutes]);
  });
});
