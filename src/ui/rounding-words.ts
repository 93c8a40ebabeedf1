import type { RoundingRule } from '../engine/types';

/** The rounding rule said plainly, for a unit of `unitMinutes`. */
export function roundingInWords(rule: RoundingRule, unitMinutes: number): string {
  const half = Math.floor(unitMinutes / 2) + 1;
  switch (rule) {
    case 'whole-units':
      return `Only completed ${unitMinutes}-minute units count; leftover minutes are not billed.`;
    case 'nearest-unit':
      return `Rounded to the nearest ${unitMinutes} minutes.`;
    case 'cms-8-minute':
      return `CMS 8-minute rule: 8–22 min is 1 unit, 23–37 min is 2 units, and so on.`;
    case 'cpt-midpoint':
      return `A unit counts once more than half of it (${half} of ${unitMinutes} min) has passed.`;
  }
}
