import { describe, expect, it } from 'vitest';
import { scoreNotes, scoresOf, type NoteOutcome } from './score';

const note = (
  id: string,
  expected: [string, string][],
  got: [string, string][],
  units: [number | null, number | null] = [2, 2],
): NoteOutcome => ({
  id,
  program: id.startsWith('a') ? 'ct-dmhas-csp' : 'ma-csp',
  expected: { findings: expected.map(([kind, code]) => ({ kind, code })), units: units[0] },
  got: { findings: got.map(([kind, code]) => ({ kind, code })), units: units[1] },
});

describe('scoresOf', () => {
  it('computes precision, recall and F1 from right, false and missed', () => {
    expect(scoresOf({ right: 6, false: 2, missed: 4 })).toEqual({
      right: 6,
      false: 2,
      missed: 4,
      precision: 0.75,
      recall: 0.6,
      f1: 12 / 18,
    });
  });

  it('counts nothing expected and nothing found as perfect, not as a division by zero', () => {
    expect(scoresOf({ right: 0, false: 0, missed: 0 }).f1).toBe(1);
    expect(scoresOf({ right: 0, false: 1, missed: 0 }).f1).toBe(0);
  });
});

describe('scoreNotes', () => {
  const result = scoreNotes(
    [
      note(
        'a1',
        [
          ['non-billable', 'transportation'],
          ['missing-field', 'goal'],
        ],
        [
          ['non-billable', 'transportation'],
          ['non-billable', 'transportation'],
          ['missing-field', 'location'],
        ],
      ),
      note('a2', [], [['ambiguous-term', 'assisted']], [3, 2]),
      note(
        'b1',
        [['ambiguous-term', 'assist']],
        [
          ['ambiguous-term', 'assisted'],
          ['subjective-language', 'lazy'],
        ],
      ),
      note('b2', [], [], [null, null]),
    ],
    (code) => code.replace(/ed$/, ''),
  );

  it('scores each (kind, code) once per note, and only the four scored kinds', () => {
    expect(result.overall).toMatchObject({ right: 2, false: 2, missed: 1 });
    expect(result.byKind['non-billable']).toMatchObject({ right: 1, false: 0, missed: 0 });
    expect(result.byKind['missing-field']).toMatchObject({ right: 0, false: 1, missed: 1 });
    expect(result.byKind['ambiguous-term']).toMatchObject({ right: 1, false: 1, missed: 0 });
    expect(result.byCode['missing-field:goal']).toMatchObject({ missed: 1 });
    expect(result.byProgram['ma-csp']).toMatchObject({ right: 1, false: 0, missed: 0 });
  });

  it('counts clean notes that got a finding, and notes whose units differ', () => {
    expect(result.clean).toEqual({ notes: 2, flagged: 1, share: 0.5 });
    expect(result.units).toEqual({ right: 3, notes: 4, share: 0.75 });
    expect(result.unitErrors).toEqual([{ id: 'a2', expected: 3, got: 2 }]);
  });

  it('lists every error with its note', () => {
    expect(result.errors).toEqual([
      { id: 'a1', key: 'missing-field:location', error: 'false alarm' },
      { id: 'a1', key: 'missing-field:goal', error: 'missed' },
      { id: 'a2', key: 'ambiguous-term:assist', error: 'false alarm' },
    ]);
  });
});
