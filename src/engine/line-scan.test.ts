import { describe, expect, it } from 'vitest';
import { createLineScan } from './line-scan';

const words = (line: string) =>
  [...line.matchAll(/\w+/g)].map((m) => ({
    word: m[0],
    start: m.index,
    end: m.index + m[0].length,
  }));

describe('createLineScan', () => {
  it('gives the same matches and offsets as scanning the whole note', () => {
    const note = 'Date: 4/2\n\nclient took the bus\r\nplan: call Friday';
    const lineScan = createLineScan(words);
    expect(lineScan(note)).toEqual(words(note));
  });

  it('scans again only the lines an edit changed', () => {
    const scanned: string[] = [];
    const lineScan = createLineScan((line) => {
      scanned.push(line);
      return words(line);
    });
    lineScan('first line\nsecond line\nthird line');
    scanned.length = 0;
    const edited = 'first line\nsecond lines\nthird line';
    expect(lineScan(edited)).toEqual(words(edited));
    expect(scanned).toEqual(['second lines']);
  });
});

describe('createLineScan over notes in turn', () => {
  it('splits each new note afresh, also when another scan read the last one', () => {
    const first = createLineScan(words);
    const second = createLineScan(words);
    const a = 'one two\nthree';
    const b = 'one two\n\nfour five';
    expect(first(a)).toEqual(words(a));
    expect(second(a)).toEqual(words(a));
    expect(first(b)).toEqual(words(b));
    expect(second(b)).toEqual(words(b));
    expect(second('')).toEqual([]);
  });
});
