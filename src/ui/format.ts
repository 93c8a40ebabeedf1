/** Minutes after midnight as a clock time, e.g. 615 → "10:15 AM". */
export function clockTime(minutes: number): string {
  const hours24 = Math.floor(minutes / 60) % 24;
  const mins = Math.round(minutes % 60);
  const suffix = hours24 < 12 ? 'AM' : 'PM';
  const hours12 = hours24 % 12 === 0 ? 12 : hours24 % 12;
  return `${hours12}:${String(mins).padStart(2, '0')} ${suffix}`;
}

const usd = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

export function dollars(amount: number): string {
  return usd.format(amount);
}
