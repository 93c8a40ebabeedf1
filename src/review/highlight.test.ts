import { describe, expect, it } from 'vitest';
import { segmentText } from './highlight';

describe('segmentText', () => {
  it('cuts text into plain and marked pieces that join back into the note', () => {
    const text = 'CSW drove client to the clinic.';
    const segments = segmentText(text, [{ start: 4, end: 16 }]);
    expect(segments).toEqual([
      { text: 'CSW ', start: 0, marks: [] },
      { text: 'drove client', start: 4, marks: [0] },
      { text: ' to the clinic.', start: 16, marks: [] },
    ]);
    expect(segments.map((s) => s.text).join('')).toBe(text);
  });

  it('marks overlapping ranges with every range covering a piece', () => {
    expect(
      segmentText('abcdef', [
        { start: 0, end: 4 },
        { start: 2, end: 6 },
      ]),
    ).toEqual([
      { text: 'ab', start: 0, marks: [0] },
      { text: 'cd', start: 2, marks: [0, 1] },
      { text: 'ef', start: 4, marks: [1] },
    ]);
  });

  it('ignores empty ranges and clamps ranges past the end', () => {
    expect(
      segmentText('abc', [
        { start: 0, end: 0 },
        { start: 2, end: 99 },
      ]),
    ).toEqual([
      { text: 'ab', start: 0, marks: [] },
      { text: 'c', start: 2, marks: [1] },
    ]);
  });

  it('keeps markup as text in its pieces', () => {
    const text = '<img src=x onerror=alert(1)>';
    expect(segmentText(text, [{ start: 1, end: 4 }]).map((s) => s.text)).toEqual([
      '<',
      'img',
      ' src=x onerror=alert(1)>',
    ]);
  });
});
