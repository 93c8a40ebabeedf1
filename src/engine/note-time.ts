// Time, date, group size, units and dollars for a note, from the time module; the EHR form's
// own start and end times win over what the note says. The scans are line by line and remember
// each line, so re-checking a long note after an edit scans only the edited line.
import type { ResolvedPack } from '../rules/schema';
import { createLineScan } from './line-scan';
import { findDeductions, type Deduction } from './time/deductions';
import type { BilledClaim } from './time/billed-claim';
import {
  dollarsFor,
  formatMinutes,
  findClockTokens,
  findDates,
  findGroupSize,
  GROUP_NOTE,
  findTimes,
  mentionsDate,
  serviceDate,
  unitsFor,
} from './time/index';
import type { DollarEstimate, NoteContext, TimeReport, UnitsReport } from './types';

const DAY = 24 * 60;

export interface NoteScans {
  time(text: string, context: NoteContext): TimeReport;
  /** Minutes the note says were spent on work that is not billable (drive, writing the note). */
  deductions(text: string): Deduction[];
  date(text: string): { start: number; end: number } | null;
  groupSize(text: string, context: NoteContext): number | null;
}

export function createNoteScans(): NoteScans {
  const clocks = createLineScan(findClockTokens);
  const dates = createLineScan(findDates);
  const groups = createLineScan((line) => {
    const group = findGroupSize(line, false);
    return group === null ? [] : [group];
  });
  // A loose count ("5 members today") on any line of a note that says it is about a group.
  const looseGroups = createLineScan((line) => {
    const group = findGroupSize(line, true);
    return group === null ? [] : [group];
  });
  const deductions = createLineScan(findDeductions);
  return {
    time: (text, context) => timeOf(text, context, clocks(text)),
    deductions,
    date: (text) => serviceDate(dates(text)) ?? mentionsDate(text),
    groupSize: (text, context) =>
      context.groupSize ??
      groups(text)[0]?.size ??
      (GROUP_NOTE.test(text) ? looseGroups(text)[0]?.size : undefined) ??
      null,
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

/**
 * Units for the service time, less the minutes the note itself names as not billable (or
 * only the minutes it says it bills, when it says so); none at all when the note says it is
 * not billed. Null without a unit or a time.
 */
export function unitsOf(
  time: TimeReport,
  pack: ResolvedPack,
  deductions: readonly Deduction[] = [],
  notBilled = false,
  claim: BilledClaim | null = null,
): UnitsReport | null {
  if (pack.unit === undefined) return null;
  const unit = pack.unit;
  if (notBilled) {
    return {
      ...unitsFor(0, unit.minutes, unit.rounding),
      notBilled: true,
      explanation: 'not billed: the note says no time is billed',
    };
  }
  if (time.minutes === null) return null;
  // "is billing 15 minutes only (one unit)" of a 50-minute meeting: the rest is not billed.
  if (claim !== null && claim.minutes < time.minutes) {
    const billable = unitsFor(claim.minutes, unit.minutes, unit.rounding);
    const rest = time.minutes - claim.minutes;
    return {
      ...billable,
      deducted: [{ minutes: rest, reason: 'not billed, as the note says' }],
      explanation: `${formatMinutes(time.minutes)} min, of which the note bills ${formatMinutes(claim.minutes)}: ${billable.explanation}`,
    };
  }
  // "session 10-11, then 15 min writing this up. billing 1:45": the note bills more than the
  // session it times; the units are what it bills, and the findings say what is not billable.
  // "Start 11:20 End 11:58 Units billed: 3": units claimed beyond the time are not supported.
  if (claim !== null && claim.minutes > time.minutes && !claim.inUnits) {
    const billed = unitsFor(claim.minutes, unit.minutes, unit.rounding);
    return {
      ...billed,
      explanation: `the note bills ${formatMinutes(claim.minutes)} min, more than the ${formatMinutes(time.minutes)} min it times: ${billed.explanation}`,
    };
  }
  const deducted = deductions.reduce((sum, deduction) => sum + deduction.minutes, 0);
  // Deductions larger than the service itself were not inside it.
  if (deducted === 0 || deducted >= time.minutes)
    return unitsFor(time.minutes, unit.minutes, unit.rounding);
  const billable = unitsFor(time.minutes - deducted, unit.minutes, unit.rounding);
  const list = deductions
    .map((deduction) => `${formatMinutes(deduction.minutes)} min ${deduction.reason}`)
    .join(', ');
  return {
    ...billable,
    deducted: deductions.map(({ minutes, reason }) => ({ minutes, reason })),
    explanation: `${formatMinutes(time.minutes)} min less ${list} (not billable, as the note says): ${billable.explanation}`,
  };
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
