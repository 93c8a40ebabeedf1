// Every teaching pair, run through the real engine: the bad note gets the finding the pair
// says it teaches, the good note gets no finding at all, and the pairs cover every program
// and every finding kind.
import { beforeAll, describe, expect, it } from 'vitest';
import { analyzeNote } from '../../engine';
import { FINDING_KINDS, type NoteContext } from '../../engine/types';
import { PACKS, PROGRAM_IDS } from '../../rules/packs';
import { ALL_PAIRS } from './all-pairs';
import { OWN_PAIRS } from './own-pairs';

const findingsOf = (text: string, program: keyof typeof PACKS, context?: NoteContext) =>
  analyzeNote(text, PACKS[program], context).findings.map(
    (finding) => `${finding.kind}:${finding.code}`,
  );

// The first sentence parsed loads compromise's lexicon; on a busy machine that alone can take
// longer than one test may.
beforeAll(() => analyzeNote('CSW drove client home.', PACKS['ct-dmhas-csp']), 60_000);

describe.each(ALL_PAIRS.map((pair) => [pair.id, pair] as const))('pair %s', (_id, pair) => {
  const expected = `${pair.expect.kind}:${pair.expect.code}`;

  it(`flags ${expected} in the bad note`, () => {
    expect(findingsOf(pair.bad, pair.program, pair.context)).toContain(expected);
  });

  it.each(pair.good)('finds nothing in the good note %j', (good) => {
    expect(findingsOf(good, pair.program, pair.context)).toEqual([]);
  });
});

describe('the set of pairs', () => {
  it('covers every program', () => {
    expect(new Set(ALL_PAIRS.map((pair) => pair.program))).toEqual(new Set(PROGRAM_IDS));
  });

  it('covers every finding kind', () => {
    expect(new Set(ALL_PAIRS.map((pair) => pair.expect.kind))).toEqual(new Set(FINDING_KINDS));
  });

  it('has unique ids', () => {
    expect(new Set(ALL_PAIRS.map((pair) => pair.id)).size).toBe(ALL_PAIRS.length);
  });

  it.each(OWN_PAIRS.map((pair) => [pair.id, pair] as const))(
    '%s cites the source of the rule it teaches',
    (_id, pair) => {
      const finding = analyzeNote(pair.bad, PACKS[pair.program]).findings.find(
        (found) => found.kind === pair.expect.kind && found.code === pair.expect.code,
      );
      expect(finding?.source).toEqual(pair.source);
    },
  );
});
