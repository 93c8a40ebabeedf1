import { describe, expect, it } from 'vitest';
import { createRandom } from '../../bench/prng';
import { count, dollars } from './format';

const intlDollars = new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' });

describe('dollars', () => {
  it('writes amounts as en-US currency: "$1,234.50"', () => {
    expect(dollars(1234.5)).toBe('$1,234.50');
    expect(dollars(0)).toBe('$0.00');
    expect(dollars(25.04 * 4)).toBe('$100.16');
  });

  it('rounds the shortest decimal form half away from zero, as Intl does: 1.005 → "$1.01"', () => {
    expect(dollars(1.005)).toBe('$1.01');
    expect(dollars(2.675)).toBe('$2.68');
    expect(dollars(999.995)).toBe('$1,000.00');
    expect(dollars(-0.001)).toBe('-$0.00');
  });

  it('gives the same text as Intl for units times rates, cents, ties and extremes', () => {
    const random = createRandom(20261203);
    const amounts = [0, -0, 0.004, 0.005, 1e-7, 5e-3, 1e21, 1.5e300, -12.345, 123456789.995];
    for (let units = 0; units <= 96; units++) {
      for (const rate of [6.25, 12.12, 17.5, 18.31, 21.32, 25.04, 27.68, 96.0]) {
        amounts.push(units * rate, (units * rate) / 4, units * (rate / 60) * 15);
      }
    }
    for (let i = 0; i < 20_000; i++) {
      amounts.push(random() * 10 ** Math.floor(random() * 10));
      amounts.push(Math.floor(random() * 1e6) / 1000 + 0.005);
    }
    for (const amount of amounts) expect(dollars(amount)).toBe(intlDollars.format(amount));
  });
});

describe('count', () => {
  it('writes whole numbers with a comma every three places, as toLocaleString("en-US")', () => {
    for (const n of [0, 7, 999, 1000, 12345, 100000, 1000000, 999914, 1023087, -4200]) {
      expect(count(n)).toBe(n.toLocaleString('en-US'));
    }
  });
});
