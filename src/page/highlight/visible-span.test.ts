import { describe, expect, it } from 'vitest';
import { inWindow, visibleSpan } from './visible-span';

/** A monospace layout: `perLine` characters a line, 20 px a line, newlines boxless. */
function layout(text: string, perLine: number) {
  const lines: number[] = [];
  let line = 0;
  let column = 0;
  for (const char of text) {
    lines.push(line);
    column += 1;
    if (char === '\n' || column === perLine) {
      line += 1;
      column = 0;
    }
  }
  return (offset: number) =>
    text[offset] === '\n'
      ? null
      : ({ top: lines[offset]! * 20, bottom: lines[offset]! * 20 + 20, height: 20 } as DOMRect);
}

describe('visibleSpan', () => {
  it('finds the characters of the lines in view, and only those', () => {
    const text = Array.from({ length: 1000 }, (_, i) => `line ${String(i).padStart(4, '0')}`).join(
      '\n',
    );
    const span = visibleSpan(text.length, layout(text, 80), { top: 2000, bottom: 2100 })!;
    const shown = text.slice(span.start, span.end);
    expect(shown.trimStart().startsWith('line 0100')).toBe(true);
    expect(shown.endsWith('line 0104')).toBe(true);
  });

  it('measures a 1 MB note with a few dozen boxes', () => {
    const text = 'x'.repeat(1_200_000);
    let measured = 0;
    const boxOf = layout(text, 100);
    const span = visibleSpan(
      text.length,
      (offset) => {
        measured += 1;
        return boxOf(offset);
      },
      { top: 40_000, bottom: 40_400 },
    );
    expect(span).toEqual({ start: 200_000, end: 202_000 });
    expect(measured).toBeLessThan(100);
  });

  it('is null for text it cannot see or measure', () => {
    expect(visibleSpan(0, () => null, { top: 0, bottom: 100 })).toBeNull();
    expect(visibleSpan(10, () => null, { top: 0, bottom: 100 })).toBeNull();
    expect(visibleSpan(10, layout('x'.repeat(10), 80), { top: 500, bottom: 600 })).toBeNull();
  });
});

describe('inWindow', () => {
  it('cuts a tall box to the window, and keeps a box out of sight whole', () => {
    expect(inWindow({ top: -300, bottom: 2000 } as DOMRect, 760)).toEqual({ top: 0, bottom: 760 });
    expect(inWindow({ top: 900, bottom: 1200 } as DOMRect, 760)).toEqual({
      top: 900,
      bottom: 1200,
    });
  });
});
