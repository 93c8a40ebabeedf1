import { describe, expect, it } from 'vitest';
import { hasSpokenPunctuation, writeSpokenPunctuation } from './spoken-punctuation';

describe('spoken punctuation', () => {
  it('writes the marks a dictated note speaks, keeping every offset', () => {
    const note =
      'date march nineteen period new line start ten o clock end ten forty five period new line present colon mom Elena comma dad Ricardo period';
    const written = writeSpokenPunctuation(note);
    expect(written).toHaveLength(note.length);
    expect(written.split('\n').map((line) => line.trim().replace(/\s+/g, ' '))).toEqual([
      'date march nineteen.',
      'start ten o clock end ten forty five.',
      'present: mom Elena, dad Ricardo.',
    ]);
    // A word after the marks stays where it was.
    expect(written.indexOf('Ricardo')).toBe(note.indexOf('Ricardo'));
  });

  it('leaves a note alone that only uses the words', () => {
    const note = 'Over a period of six weeks she kept the chart. We made a comma-free list.';
    expect(hasSpokenPunctuation(note)).toBe(false);
    expect(writeSpokenPunctuation(note)).toBe(note);
  });
});
