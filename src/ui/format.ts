// Numbers are written out here rather than with Intl: the first Intl number format a page's
// script makes loads locale data, 10–15 ms of the sidebar's start on every page.

/** Minutes after midnight as a clock time, e.g. 615 → "10:15 AM". */
export function clockTime(minutes: number): string {
  const hours24 = Math.floor(minutes / 60) % 24;
  const mins = Math.round(minutes % 60);
  const suffix = hours24 < 12 ? 'AM' : 'PM';
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${String(mins).padStart(2, '0')} ${suffix}`;
}

/** Digits with a comma every three places, e.g. "1234567" → "1,234,567". */
const grouped = (digits: string) => digits.replace(/\B(?=(\d{3})+$)/g, ',');

/** A whole number as en-US writes it, e.g. 12345 → "12,345" (what `toLocaleString('en-US')` gives). */
export function count(n: number): string {
  return n < 0 ? `-${count(-n)}` : grouped(String(Math.round(n)));
}

/** The shortest decimal digits of a finite x ≥ 0, before and after the point. */
function decimalParts(x: number): [string, string] {
  const [mantissa = '0', exponent = '0'] = String(x).split('e');
  const [whole = '0', fraction = ''] = mantissa.split('.');
  const digits = whole + fraction;
  const point = whole.length + Number(exponent);
  if (point <= 0) return ['0', '0'.repeat(-point) + digits];
  if (point >= digits.length) return [digits + '0'.repeat(point - digits.length), ''];
  return [digits.slice(0, point), digits.slice(point)];
}

/**
 * An amount in US dollars, e.g. 1234.5 → "$1,234.50": the same text as en-US Intl currency
 * formatting, which rounds the number's shortest decimal form half away from zero (1.005 →
 * "$1.01"). For finite amounts, which is all a report holds.
 */
export function dollars(amount: number): string {
  const sign = amount < 0 || Object.is(amount, -0) ? '-' : '';
  const [whole, fraction] = decimalParts(Math.abs(amount));
  const cents =
    BigInt(whole + fraction.padEnd(2, '0').slice(0, 2)) + ((fraction[2] ?? '0') >= '5' ? 1n : 0n);
  const text = String(cents).padStart(3, '0');
  return `${sign}$${grouped(text.slice(0, -2))}.${text.slice(-2)}`;
}
