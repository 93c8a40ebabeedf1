import { describe, expect, it } from 'vitest';
import { boundedRegExp, hasUnboundedQuantifier } from './bounded-regexp';
import { findDate, findGroupSize, findTimes } from './index';

describe('hasUnboundedQuantifier', () => {
  it.each(['a*', 'a+', '(?:ab)+c', 'a{2,}', String.raw`\d+`])(
    'finds the unbounded repeat in %j',
    (source) => {
      expect(hasUnboundedQuantifier(source)).toBe(true);
    },
  );

  it.each(['a{0,3}', 'a?', String.raw`\+`, String.raw`\*`, '[*+]', String.raw`[\]+]`, 'a{2}'])(
    'accepts %j',
    (source) => {
      expect(hasUnboundedQuantifier(source)).toBe(false);
    },
  );

  it('refuses to build an unbounded pattern', () => {
    expect(() => boundedRegExp(String.raw`\s*to\s*`)).toThrow(/Unbounded quantifier/);
  });
});

// Every pattern is built by boundedRegExp when the modules load (above), so each match
// attempt is bounded and a scan is linear. These inputs finish because of that design.
describe('pathological input', () => {
  const MEGABYTE = 1 << 20;
  const inputs: [string, string][] = [
    ['colons and digits', '1:1:1:1:'.repeat(MEGABYTE / 8)],
    ['digits', '9'.repeat(MEGABYTE)],
    ['spaces between clocks', `10:00${' '.repeat(MEGABYTE)}- 10:45`],
    ['dashes', '1-'.repeat(MEGABYTE / 2)],
    ['and a half', ' and a half'.repeat(MEGABYTE / 11)],
    ['number words', 'forty-'.repeat(MEGABYTE / 6)],
    ['slashes', '1/2/'.repeat(MEGABYTE / 4)],
    ['group words', 'group of group of '.repeat(MEGABYTE / 18)],
  ];

  it.each(inputs)('returns on a megabyte of %s', (_shape, text) => {
    expect(findTimes(text).basis).not.toBe('range');
    expect(() => [findDate(text), findGroupSize(text)]).not.toThrow();
  });

  it('still finds the time at the end of a long note', () => {
    const note = `${'Client and CSW reviewed the budget together. '.repeat(300)}Time: 2:00-2:45 pm`;
    expect(findTimes(note).minutes).toBe(45);
  });
});
