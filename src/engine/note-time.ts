// Time, units and dollars for a note, from the time module; the EHR form's own start and
// end times win over what the note says.
import type { ResolvedPack } from '../rules/schema';
import { dollarsFor, findGroupSize, findTimes, unitsFor } from './time/index';
import type { DollarEstimate, NoteContext, TimeReport, UnitsReport } from './types';

const DAY = 24 * 60;

export function timeOf(text: string, context: NoteContext): TimeReport {
  const { startMinutes, endMinutes } = context;
  if (startMinutes !== undefined && endMinutes !== undefined) {
    const mark = (minutes: number) => ({ minutes, text: 'context', start: 0, end: 0 });
    return {
      start: mark(startMinutes),
      end: mark(endMinutes),
      minutes: (endMinutes - startMinutes + DAY) % DAY,
      basis: 'context',
    };
  }
  return findTimes(text);
}

export function unitsOf(time: TimeReport, pack: ResolvedPack): UnitsReport | null {
  if (pack.unit === undefined || time.minutes === null) return null;
  return unitsFor(time.minutes, pack.unit.minutes, pack.unit.rounding);
}

export function groupSizeOf(text: string, context: NoteContext): number | null {
  return context.groupSize ?? findGroupSize(text)?.size ?? null;
}

/** The group rate when several people were served together, otherwise the default rate. */
export function dollarsOf(
  units: UnitsReport | null,
  pack: ResolvedPack,
  groupSize: number | null,
): DollarEstimate | null {
  if (units === null) return null;
  const inGroup = groupSize !== null && groupSize > 1;
  const rate =
    pack.rates.find((candidate) => candidate.group === inGroup && candidate.default) ??
    pack.rates.find((candidate) => candidate.group === inGroup);
  if (rate === undefined) return null;
  return dollarsFor(units, {
    amount: rate.amount,
    per: rate.per,
    label: rate.label,
    source: rate.source,
  });
}
