import { describe, expect, it } from 'vitest';
import { diffText, shiftSpans } from './shift';

const before = 'CSW assisted client with forms.';
const assisted = { start: 4, end: 12 };
const forms = { start: 25, end: 30 };

describe('diffText', () => {
  it('finds the one changed region', () => {
    expect(diffText('abcdef', 'abXYef')).toEqual({ start: 2, oldEnd: 4, newEnd: 4 });
    expect(diffText('same', 'same')).toBeNull();
  });
});

describe('shiftSpans', () => {
  it('moves spans after an insertion and keeps spans before it', () => {
    const after = before.replace('client', 'the client');
    const [a, f] = shiftSpans([assisted, forms], before, after);
    expect(a).toEqual(assisted);
    expect(after.slice(f!.start, f!.end)).toBe('forms');
  });

  it('drops a span the edit typed into', () => {
    expect(shiftSpans([assisted], before, before.replace('assisted', 'assissted'))).toEqual([null]);
  });

  it('drops a span when letters are glued onto its end, keeps it when a space is typed', () => {
    expect(shiftSpans([assisted], before, before.replace('assisted', 'assistedly'))).toEqual([
      null,
    ]);
    expect(shiftSpans([assisted], before, before.replace('assisted', 'assisted '))).toEqual([
      assisted,
    ]);
  });

  it('passes already dropped spans through', () => {
    expect(shiftSpans([null, forms], before, `Today ${before}`)[0]).toBeNull();
  });
});
