import { describe, expect, it } from 'vitest';
import { matchAllNear } from './near';

const spans = (matches: RegExpExecArray[]) => matches.map((m) => [m.index, m[0], m[1]]);

describe('matchAllNear', () => {
  const onFile =
    /(?<![\p{L}\p{N}_])(parent|mom|\p{L}[\p{L}-]{1,20}(?=['’]s\s(?:signature|sig)))(?:['’]s)?\s(?:signature|sig)\s(?:on file|obtained)(?![\p{L}\p{N}_])/giu;
  const note =
    'Met Dana at home.\nParent signature on file. '.repeat(3) +
    'Worked on the budget for an hour; mom sig obtained.\nMaria’s signature on file.\n' +
    'x'.repeat(500) +
    ' grandmom sig obtained';

  it('finds what a scan of the whole text finds, with the same offsets and groups', () => {
    expect(spans(matchAllNear(note, onFile, /sig/gi, 90))).toEqual(
      spans([...note.matchAll(onFile)]),
    );
    expect(matchAllNear(note, onFile, /sig/gi, 90)).toHaveLength(5);
  });

  it('reads word edges as the whole text has them at the ends of its windows', () => {
    // "grandmom sig obtained": "mom" inside a longer word is no match, though a window may
    // start inside the word.
    const found = matchAllNear(note, onFile, /sig/gi, 4).map((m) => m[1]);
    expect(found).not.toContain('mom sig');
    expect(found.filter((who) => who === 'mom')).toHaveLength(1);
  });

  it('tries the pattern only near the anchor', () => {
    expect(matchAllNear('parent only, no anchor here', /parent/g, /sig/gi, 90)).toEqual([]);
  });
});
