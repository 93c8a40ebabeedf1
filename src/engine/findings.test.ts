import { describe, expect, it } from 'vitest';
import { compareRuleIds } from './findings';

/** A small seeded generator, so a failure names ids that can be replayed. */
function randomIds(seed: number, alphabet: string, maxLength: number): () => string {
  let state = seed;
  const next = (): number => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
  return () => {
    let id = '';
    const length = Math.floor(next() * maxLength);
    for (let i = 0; i < length; i += 1) id += alphabet[Math.floor(next() * alphabet.length)];
    return id;
  };
}

describe('compareRuleIds', () => {
  it('orders ids as localeCompare does, with or without the collator', () => {
    const cases: [string, number][] = [
      ['abcdefghijklmnopqrstuvwxyz0123456789-', 24],
      ['ab0-', 6],
      ['aB0-_:.', 6],
    ];
    for (const [alphabet, maxLength] of cases) {
      const id = randomIds(alphabet.length, alphabet, maxLength);
      for (let i = 0; i < 20_000; i += 1) {
        const a = id();
        const b = i % 5 === 0 ? a + id().slice(0, 2) : id();
        expect(Math.sign(compareRuleIds(a, b)), `${a} / ${b}`).toBe(Math.sign(a.localeCompare(b)));
      }
    }
  });

  it('sorts the bundled packs’ kind of ids: hyphens before digits before letters', () => {
    const ids = ['required-start-time', 'required-date', 'a-b', 'a0', 'ab', 'a-', 'a', 'a--b'];
    expect([...ids].sort(compareRuleIds)).toEqual([...ids].sort((a, b) => a.localeCompare(b)));
  });
});
