// Time, date, group size, units and dollars for a note, from the time module; the EHR form's
// own start and end times win over what the note says. The scans are line by line and remember
// each line, so re-checking a long note after an edit scans only the edited line.
import type { ResolvedPack } from '../rules/schema';
import { createLineScan } from './line-scan';
import {
  dollarsFor,
  findClockTokens,
  findDates,
  findGroupSize,
  findTimes,
  serviceDate,
  unitsFor,
} from './time/index';
import type { DollarEstimate, NoteContext, TimeReport, UnitsReport } from './types';

const DAY = 24 * 60;

export interface NoteScans {
  time(text: string, context: NoteContext): TimeReport;
  date(text: string): { start: number; end: number } | null;
  groupSize(text: string, context: NoteContext): number | null;
}

export function createNoteScans(): NoteScans {
  const clocks = createLineScan(findClockTokens);
  const dates = createLineScan(findDates);
  const groups = createLineScan((line) => {
    const group = findGroupSize(line);
    return group === null ? [] : [group];
  });
  return {
    time: (text, context) => timeOf(text, context, clocks(text)),
    date: (text) => serviceDate(dates(text)),
    groupSize: (text, context) => context.groupSize ?? groups(text)[0]?.size ?? null,
  };
}

function timeOf(
  text: string,
  context: NoteContext,
  clocks: ReturnType<typeof findClockTokens>,
): TimeReport {
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
  return findTimes(text, clocks);
}

export function unitsOf(time: TimeReport, pack: ResolvedPack): UnitsReport | null {
  if (pack.unit === undefined || time.minutes === null) return null;
  return unitsFor(time.minutes, pack.unit.minutes, pack.unit.rounding);
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
