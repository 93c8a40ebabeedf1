import { describe, expect, it } from 'vitest';
import { MAX_MATCH_WAYS, matchWays, phraseProblem } from './phrase-syntax';

describe('matchWays', () => {
  it('counts a choice told apart by its first word once', () => {
    expect(matchWays('<drive> {person} (to|from|home)')).toBe(1);
    expect(matchWays('(the |)chart')).toBe(1);
  });

  it('adds up alternatives that can begin with the same word', () => {
    expect(matchWays('(a|a b) c')).toBe(2);
    expect(matchWays('(a |)(a |)a')).toBe(4);
    expect(matchWays('<meet> ~ with')).toBe(4);
  });

  it('multiplies ambiguous choices in a row', () => {
    expect(matchWays('(a|a)'.repeat(10))).toBe(1024);
  });
});

describe('phraseProblem', () => {
  it('accepts every phrase shape the bundled packs use', () => {
    expect(
      phraseProblem("(at|in) (the |a |)(client's |his |)(community |)(center|community)"),
    ).toBeNull();
    expect(phraseProblem(`a${'-'.repeat(40)}b`)).toBeNull();
  });

  it(`refuses a phrase with more than ${MAX_MATCH_WAYS} ways to match the same words`, () => {
    expect(phraseProblem(`${'(a|a)'.repeat(30)}b`)).toMatch(/over a million ways/);
    expect(phraseProblem('(a|a b) '.repeat(7))).toMatch(/in 128 ways \(at most 64\)/);
  });

  it('refuses a phrase with nothing to match', () => {
    expect(phraseProblem('- - -')).toBe('has no letter or digit to match');
  });
});
