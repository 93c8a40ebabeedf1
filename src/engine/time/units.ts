// Billable units from minutes of service under each payer's rounding rule (docs/units.md).
import type { RoundingRule, UnitsReport } from '../types';

/** Minutes as a person writes them: 45, 7.5, 22.25. */
export function formatMinutes(minutes: number): string {
  return String(Math.round(minutes * 100) / 100);
}

function plural(count: number, word: string): string {
  return `${count} ${word}${count === 1 ? '' : 's'}`;
}

// Float noise ("0.1 * 3") must not drop a unit at an exact boundary.
const EPSILON = 1e-9;

function countUnits(minutes: number, unitMinutes: number, rounding: RoundingRule): number {
  const whole = Math.floor(minutes / unitMinutes + EPSILON);
  const rest = minutes - whole * unitMinutes;
  switch (rounding) {
    case 'whole-units':
      return whole;
    case 'nearest-unit':
      return whole + (rest + EPSILON >= unitMinutes / 2 ? 1 : 0);
    case 'cms-8-minute': {
      // CMS counts whole minutes; a unit needs at least half of it, rounded up (8 of 15).
      const wholeMinutes = Math.floor(minutes + EPSILON);
      const full = Math.floor(wholeMinutes / unitMinutes);
      return full + (wholeMinutes - full * unitMinutes >= cmsThreshold(unitMinutes) ? 1 : 0);
    }
    case 'cpt-midpoint':
      return whole + (rest > unitMinutes / 2 + EPSILON ? 1 : 0);
  }
}

function cmsThreshold(unitMinutes: number): number {
  return Math.ceil(unitMinutes / 2 - EPSILON);
}

// The part of the line that lets a reader check the count by hand.
function reason(
  minutes: number,
  unitMinutes: number,
  units: number,
  rounding: RoundingRule,
): string {
  const unit = formatMinutes(unitMinutes);
  switch (rounding) {
    case 'whole-units': {
      const rest = minutes - units * unitMinutes;
      return rest > EPSILON
        ? `whole units only; ${formatMinutes(rest)} min left over`
        : 'whole units only';
    }
    case 'nearest-unit':
      return `rounded to the nearest ${unit} min: ${formatMinutes(units * unitMinutes)} min`;
    case 'cms-8-minute': {
      const threshold = cmsThreshold(unitMinutes);
      if (units === 0) return `CMS 8-minute rule: under ${threshold} min is not billable`;
      const low = (units - 1) * unitMinutes + threshold;
      return `CMS 8-minute rule: ${low}-${low + unitMinutes - 1} min = ${plural(units, 'unit')}`;
    }
    case 'cpt-midpoint': {
      const half = unitMinutes / 2;
      if (units === 0)
        return `CPT midpoint rule: a unit needs more than ${formatMinutes(half)} min`;
      const low = formatMinutes((units - 1) * unitMinutes + half);
      const high = formatMinutes(units * unitMinutes + half);
      return `CPT midpoint rule: more than ${low} and up to ${high} min = ${plural(units, 'unit')}`;
    }
  }
}

/**
 * Units the minutes support, with one line a person can check by hand, e.g.
 * "44 min = 2 units of 15 min (whole units only; 14 min left over)". No time (zero,
 * negative or not a number) is 0 units. Throws RangeError for a unit that is not positive.
 */
export function unitsFor(
  minutes: number,
  unitMinutes: number,
  rounding: RoundingRule,
): UnitsReport {
  if (!Number.isFinite(unitMinutes) || unitMinutes <= 0) {
    throw new RangeError(`A unit must be a positive number of minutes, not ${unitMinutes}`);
  }
  const unit = formatMinutes(unitMinutes);
  if (!Number.isFinite(minutes) || minutes <= 0) {
    const shown = Number.isFinite(minutes) ? minutes : 0;
    return {
      minutes: shown,
      unitMinutes,
      units: 0,
      rounding,
      explanation: `${formatMinutes(shown)} min = 0 units of ${unit} min (no service time)`,
    };
  }
  const units = countUnits(minutes, unitMinutes, rounding);
  const because = reason(minutes, unitMinutes, units, rounding);
  return {
    minutes,
    unitMinutes,
    units,
    rounding,
    explanation: `${formatMinutes(minutes)} min = ${plural(units, 'unit')} of ${unit} min (${because})`,
  };
}
