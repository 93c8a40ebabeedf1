// Dollar estimate for the units a note supports, at a per-unit or hourly rate.
import type { DollarEstimate, SourceRef, UnitsReport } from '../types';
import { formatMinutes } from './units';

export interface Rate {
  amount: number;
  per: 'unit' | 'hour';
  /** What the rate is, e.g. "CT DMHAS CSP individual rate". */
  label: string;
  source: SourceRef;
}

// Rates are worked in hundredths of a cent so "3 x $52.02 / 4" stays exact before rounding.
const SCALE = 10000;

/**
 * units x rate for a per-unit rate; units x unit length in hours x rate for an hourly one
 * (CT DDS Parenting Support: $52.02/h billed in 15-minute units is $13.005 a unit).
 * Rounded to cents, half a cent up.
 */
export function dollarsFor(units: UnitsReport, rate: Rate): DollarEstimate {
  const scaledRate = Math.round(rate.amount * SCALE);
  const scaled =
    rate.per === 'unit'
      ? units.units * scaledRate
      : (units.units * units.unitMinutes * scaledRate) / 60;
  return {
    amount: Math.round(scaled / (SCALE / 100)) / 100,
    rate: rate.amount,
    per: rate.per,
    label: rate.label,
    source: rate.source,
  };
}

function money(amount: number): string {
  return `$${amount.toFixed(2)}`;
}

/** One line to check the estimate by hand, e.g. "3 units × $24.92 = $74.76". */
export function explainDollars(units: UnitsReport, estimate: DollarEstimate): string {
  const count = `${units.units} unit${units.units === 1 ? '' : 's'}`;
  if (estimate.per === 'unit') {
    return `${count} × ${money(estimate.rate)} = ${money(estimate.amount)}`;
  }
  const hours = formatMinutes((units.units * units.unitMinutes) / 60);
  return `${count} × ${formatMinutes(units.unitMinutes)} min = ${hours} h × ${money(estimate.rate)}/h = ${money(estimate.amount)}`;
}
