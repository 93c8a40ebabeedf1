import { describe, expect, it } from 'vitest';
import { ROUNDING_RULES, type RoundingRule } from '../types';
import { unitsFor } from './units';

// Units of 15 min for each rule at the boundaries from 0 to 120 minutes.
const TABLE: [minutes: number, whole: number, nearest: number, cms: number, cpt: number][] = [
  [0, 0, 0, 0, 0],
  [7, 0, 0, 0, 0],
  [8, 0, 1, 1, 1],
  [14, 0, 1, 1, 1],
  [15, 1, 1, 1, 1],
  [22, 1, 1, 1, 1],
  [23, 1, 2, 2, 2],
  [29, 1, 2, 2, 2],
  [30, 2, 2, 2, 2],
  [37, 2, 2, 2, 2],
  [38, 2, 3, 3, 3],
  [44, 2, 3, 3, 3],
  [45, 3, 3, 3, 3],
  [52, 3, 3, 3, 3],
  [53, 3, 4, 4, 4],
  [60, 4, 4, 4, 4],
  [67, 4, 4, 4, 4],
  [68, 4, 5, 5, 5],
  [82, 5, 5, 5, 5],
  [83, 5, 6, 6, 6],
  [97, 6, 6, 6, 6],
  [98, 6, 7, 7, 7],
  [112, 7, 7, 7, 7],
  [113, 7, 8, 8, 8],
  [120, 8, 8, 8, 8],
];

describe('unitsFor with 15-minute units', () => {
  const rows = TABLE.flatMap(([minutes, ...counts]) =>
    ROUNDING_RULES.map((rule, i) => [minutes, rule, counts[i]] as const),
  );
  it.each(rows)('%i min under %s = %i units', (minutes, rule, units) => {
    expect(unitsFor(minutes, 15, rule).units).toBe(units);
  });

  it('matches the sources: CSP 44 min = 2, Parenting Support 38 min = 3 and 37 min = 2', () => {
    expect(unitsFor(44, 15, 'whole-units').units).toBe(2);
    expect(unitsFor(38, 15, 'nearest-unit').units).toBe(3);
    expect(unitsFor(37, 15, 'nearest-unit').units).toBe(2);
  });
});

describe('unitsFor where the rules part ways', () => {
  it('rounds a tie up under nearest-unit (7.5 of 15 min = 1 unit)', () => {
    expect(unitsFor(7.5, 15, 'nearest-unit').units).toBe(1);
    expect(unitsFor(22.5, 15, 'nearest-unit').units).toBe(2);
  });

  it('counts whole minutes under the CMS rule (7.5 min is under 8)', () => {
    expect(unitsFor(7.5, 15, 'cms-8-minute').units).toBe(0);
  });

  it('needs more than the midpoint under CPT (30 of 60 min = 0, 31 = 1)', () => {
    expect(unitsFor(30, 60, 'cpt-midpoint').units).toBe(0);
    expect(unitsFor(31, 60, 'cpt-midpoint').units).toBe(1);
    expect(unitsFor(90, 60, 'cpt-midpoint').units).toBe(1);
    expect(unitsFor(91, 60, 'cpt-midpoint').units).toBe(2);
  });

  it('takes half a unit as enough under the CMS rule and nearest-unit (30 of 60 min = 1)', () => {
    expect(unitsFor(30, 60, 'cms-8-minute').units).toBe(1);
    expect(unitsFor(30, 60, 'nearest-unit').units).toBe(1);
    expect(unitsFor(29, 60, 'cms-8-minute').units).toBe(0);
  });

  it('does not lose a unit to float noise at an exact boundary', () => {
    expect(unitsFor(0.1 * 3 * 150, 15, 'whole-units').units).toBe(3);
  });
});

describe('unitsFor explanations', () => {
  it.each<[number, RoundingRule, string]>([
    [45, 'whole-units', '45 min = 3 units of 15 min (whole units only)'],
    [44, 'whole-units', '44 min = 2 units of 15 min (whole units only; 14 min left over)'],
    [38, 'nearest-unit', '38 min = 3 units of 15 min (rounded to the nearest 15 min: 45 min)'],
    [8, 'cms-8-minute', '8 min = 1 unit of 15 min (CMS 8-minute rule: 8-22 min = 1 unit)'],
    [
      7,
      'cms-8-minute',
      '7 min = 0 units of 15 min (CMS 8-minute rule: under 8 min is not billable)',
    ],
    [
      23,
      'cpt-midpoint',
      '23 min = 2 units of 15 min (CPT midpoint rule: more than 22.5 and up to 37.5 min = 2 units)',
    ],
    [
      7,
      'cpt-midpoint',
      '7 min = 0 units of 15 min (CPT midpoint rule: a unit needs more than 7.5 min)',
    ],
  ])('%i min under %s reads %j', (minutes, rule, explanation) => {
    expect(unitsFor(minutes, 15, rule).explanation).toBe(explanation);
  });

  it('shows the minutes beside the units for every rule and length', () => {
    for (const rule of ROUNDING_RULES) {
      for (let minutes = 1; minutes <= 120; minutes += 1) {
        const report = unitsFor(minutes, 15, rule);
        expect(report.explanation).toMatch(
          new RegExp(`^${minutes} min = ${report.units} units? of 15 min \\(`),
        );
      }
    }
  });
});

describe('unitsFor without service time', () => {
  it.each([0, -5, Number.NaN])('%d min = 0 units with a clear reason', (minutes) => {
    for (const rule of ROUNDING_RULES) {
      const report = unitsFor(minutes, 15, rule);
      expect(report.units).toBe(0);
      expect(report.explanation).toMatch(/= 0 units of 15 min \(no service time\)$/);
    }
  });

  it('refuses a unit length that is not positive', () => {
    expect(() => unitsFor(45, 0, 'whole-units')).toThrow(RangeError);
    expect(() => unitsFor(45, -15, 'nearest-unit')).toThrow(RangeError);
  });

  it('reports what it was given', () => {
    expect(unitsFor(44, 15, 'whole-units')).toMatchObject({
      minutes: 44,
      unitMinutes: 15,
      rounding: 'whole-units',
    });
  });
});
