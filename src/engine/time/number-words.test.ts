import { describe, expect, it } from 'vitest';
import { NUMBER_WORD_SOURCE, parseNumber } from './number-words';

describe('parseNumber', () => {
  it.each([
    ['45', 45],
    ['1.5', 1.5],
    ['a', 1],
    ['An', 1],
    ['five', 5],
    ['nineteen', 19],
    ['forty', 40],
    ['forty-five', 45],
    ['Forty five', 45],
    ['fourty-five', 45],
    ['ninety-nine', 99],
  ])('%j = %d', (word, value) => {
    expect(parseNumber(word)).toBe(value);
  });

  it.each(['', 'several', 'forty-ten', 'twelve-five', 'ten-five', '1,000'])(
    '%j is not a number',
    (word) => {
      expect(parseNumber(word)).toBeNull();
    },
  );
});

describe('NUMBER_WORD_SOURCE', () => {
  const whole = new RegExp(`^${NUMBER_WORD_SOURCE}$`, 'i');
  it('matches whole number words only', () => {
    expect(['six', 'sixteen', 'sixty', 'sixty-six', 'twenty one'].every((w) => whole.test(w))).toBe(
      true,
    );
    expect(['sixth', 'tense', 'ones'].some((w) => whole.test(w))).toBe(false);
  });
});
