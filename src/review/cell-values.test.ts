import { describe, expect, it } from 'vitest';
import { parseClockTime, parseServiceDate } from './cell-values';

describe('parseServiceDate', () => {
  it.each([
    ['2024-03-05', '2024-03-05'],
    ['2024-03-05T09:15:00Z', '2024-03-05'],
    ['03/05/2024', '2024-03-05'],
    ['3/5/24', '2024-03-05'],
    ['3-5-2024 9:15 AM', '2024-03-05'],
    ['March 5, 2024', '2024-03-05'],
    ['Tue, Mar 5 2024', '2024-03-05'],
    ['5 Mar 2024', '2024-03-05'],
  ])('reads %s as %s', (cell, iso) => {
    expect(parseServiceDate(cell)).toBe(iso);
  });

  it.each(['', 'N/A', '13/45/2024', '2024-02-30', 'Smarch 5, 2024', '20240305'])(
    'gives null for %j',
    (cell) => {
      expect(parseServiceDate(cell)).toBeNull();
    },
  );
});

describe('parseClockTime', () => {
  it.each([
    ['9:15', 555],
    ['09:15:00', 555],
    ['9:15 AM', 555],
    ['2:30 p.m.', 870],
    ['12:05 am', 5],
    ['12:00 PM', 720],
    ['9am', 540],
    ['4 PM', 960],
    ['0930', 570],
    ['1745', 1065],
    ['2024-03-05 13:45', 825],
    ['3/5/2024 1:45 PM', 825],
    ['noon', 720],
  ])('reads %s as %i minutes after midnight', (cell, minutes) => {
    expect(parseClockTime(cell)).toBe(minutes);
  });

  it.each(['', 'later', '25:00', '9:75', '13 pm', '2460', '12345'])('gives null for %j', (cell) => {
    expect(parseClockTime(cell)).toBeNull();
  });
});
