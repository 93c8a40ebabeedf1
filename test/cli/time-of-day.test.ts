import { describe, expect, it } from 'vitest';
import { parseTimeOfDay } from '../../src/cli/time-of-day';

describe('reading a time from an EHR cell', () => {
  it('reads 12-hour times with or without minutes, dots and spaces', () => {
    expect(parseTimeOfDay('1:05 PM')).toBe(13 * 60 + 5);
    expect(parseTimeOfDay('9am')).toBe(9 * 60);
    expect(parseTimeOfDay('10:30 a.m.')).toBe(10 * 60 + 30);
  });

  it('puts 12 PM at noon and 12 AM at midnight', () => {
    expect(parseTimeOfDay('12:00 PM')).toBe(12 * 60);
    expect(parseTimeOfDay('12:30 AM')).toBe(30);
  });

  it('reads 24-hour times and the time in a date-time cell', () => {
    expect(parseTimeOfDay('13:45')).toBe(13 * 60 + 45);
    expect(parseTimeOfDay('3/14/2026 1:05 pm')).toBe(13 * 60 + 5);
    expect(parseTimeOfDay('2026-03-14 08:15')).toBe(8 * 60 + 15);
  });

  it('gives nothing for an empty cell, a bare date or an impossible time', () => {
    expect(parseTimeOfDay('')).toBeUndefined();
    expect(parseTimeOfDay('03/14/2026')).toBeUndefined();
    expect(parseTimeOfDay('25:10')).toBeUndefined();
    expect(parseTimeOfDay('13:00 PM')).toBeUndefined();
  });
});
