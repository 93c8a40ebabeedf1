// Reads the date and time cells of an EHR export. Exports write them many ways
// ("03/05/2024", "2024-03-05T09:15:00", "9:15 AM", "0915"); anything else is null, never a guess.
import { monthNumber } from '../engine/time/index';

function isoDate(year: number, month: number, day: number): string | null {
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCFullYear() !== year || date.getUTCMonth() !== month - 1) return null;
  if (date.getUTCDate() !== day) return null;
  return date.toISOString().slice(0, 10);
}

/** Two-digit years are this century: service dates are recent. */
function fullYear(year: string): number {
  return year.length === 2 ? 2000 + Number(year) : Number(year);
}

/** A service date as YYYY-MM-DD. Slash dates are read month first, as US exports write them. */
export function parseServiceDate(cell: string): string | null {
  const value = cell.trim();
  const iso = /^(\d{4})-(\d{1,2})-(\d{1,2})(?![\d])/.exec(value);
  if (iso) return isoDate(Number(iso[1]), Number(iso[2]), Number(iso[3]));
  const us = /^(\d{1,2})[/.-](\d{1,2})[/.-](\d{4}|\d{2})(?![\d])/.exec(value);
  if (us) return isoDate(fullYear(us[3]!), Number(us[1]), Number(us[2]));
  const monthFirst = /^(?:[a-z]+,?\s+)?([a-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})\b/i.exec(value);
  const monthFirstNumber = monthFirst && monthNumber(monthFirst[1]!);
  if (monthFirst && monthFirstNumber) {
    return isoDate(Number(monthFirst[3]), monthFirstNumber, Number(monthFirst[2]));
  }
  const dayFirst = /^(\d{1,2})\s+([a-z]{3,9})\.?,?\s+(\d{4})\b/i.exec(value);
  const dayFirstMonth = dayFirst && monthNumber(dayFirst[2]!);
  if (dayFirst && dayFirstMonth) {
    return isoDate(Number(dayFirst[3]), dayFirstMonth, Number(dayFirst[1]));
  }
  return null;
}

function minutesOf(hours: number, minutes: number, meridiem: string | undefined): number | null {
  if (minutes > 59) return null;
  if (meridiem) {
    if (hours < 1 || hours > 12) return null;
    const h = (hours % 12) + (meridiem.toLowerCase() === 'p' ? 12 : 0);
    return h * 60 + minutes;
  }
  return hours > 23 ? null : hours * 60 + minutes;
}

/** A clock time as minutes after midnight, also when it follows a date in the same cell. */
export function parseClockTime(cell: string): number | null {
  const value = cell.trim().toLowerCase();
  if (value === 'noon') return 12 * 60;
  if (value === 'midnight') return 0;
  const colon = /(?:^|[^\d])(\d{1,2}):(\d{2})(?::\d{2}(?:\.\d+)?)?\s*(?:([ap])\.?\s*m\b\.?)?/.exec(
    value,
  );
  if (colon) return minutesOf(Number(colon[1]), Number(colon[2]), colon[3]);
  const hourOnly = /^(\d{1,2})\s*([ap])\.?\s*m\.?$/.exec(value);
  if (hourOnly) return minutesOf(Number(hourOnly[1]), 0, hourOnly[2]);
  const military = /^(\d{1,2})(\d{2})$/.exec(value);
  if (military) return minutesOf(Number(military[1]), Number(military[2]), undefined);
  return null;
}
