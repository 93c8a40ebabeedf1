import { describe, expect, it } from 'vitest';
import { syntheticBatch } from '../../test/review/synthetic-notes';
import { findClones, type ClonePair } from './clones';

const VISIT =
  'CSW met with John at his apartment to work on the budgeting goal in his treatment plan. ' +
  'John listed his monthly bills and CSW modeled how to compare them with his income. ' +
  'He identified two bills that are overdue and agreed to call the electric company. ' +
  'Plan: CSW will meet again on Monday at 10:00 to review the calls he made.';

const OTHER_NOTES = [
  'Client called the office upset about a letter from her landlord. CSW reviewed the letter with her by phone and explained the notice period. She chose to request a meeting with the housing authority advocate next week.',
  'Met member at the library to practice the bus route to the new clinic. Member read the schedule aloud, picked the right stop, and asked the driver for a transfer without prompting. Next session will cover the return trip.',
  'Group session on coping skills for four members. Each member named one trigger from the past week and practiced a grounding exercise. Two members asked for written copies of the exercise for home.',
  'CSW helped client complete the food stamp recertification form at the kitchen table. Client wrote answers herself and asked about the income section. CSW showed where pay stubs are listed and she finished the page.',
];

function pairOf(pairs: ClonePair[], a: string, b: string) {
  return pairs.find((p) => (p.a === a && p.b === b) || (p.a === b && p.b === a));
}

function text(note: string, ranges: { start: number; end: number }[]) {
  return ranges.map((r) => note.slice(r.start, r.end));
}

describe('findClones', () => {
  it('pairs identical notes with similarity 1 and the whole text as the shared passage', () => {
    const notes = [
      { id: 'a', text: VISIT },
      { id: 'b', text: VISIT },
    ];
    const { pairs, groups } = findClones(notes);
    expect(pairs).toHaveLength(1);
    expect(pairs[0]).toMatchObject({ a: 'a', b: 'b', similarity: 1, containment: 1 });
    expect(text(VISIT, pairs[0]!.passagesA)).toEqual([VISIT.slice(0, -1)]);
    expect(groups).toEqual([['a', 'b']]);
  });

  it('pairs a note copied to another week and client with only date, name and pronouns changed', () => {
    const copy = VISIT.replaceAll('John', 'Maria')
      .replaceAll(' his ', ' her ')
      .replaceAll('He ', 'She ')
      .replaceAll(' he ', ' she ')
      .replace('Monday at 10:00', 'Thursday at 2:30');
    const { pairs } = findClones([
      { id: 'week 1', text: `Date: 03/04/2024\n${VISIT}` },
      { id: 'week 2', text: `Date: 03/11/2024\n${copy}` },
      ...OTHER_NOTES.map((t, i) => ({ id: `other ${i}`, text: t })),
    ]);
    expect(pairs.map((p) => [p.a, p.b])).toEqual([['week 1', 'week 2']]);
    expect(pairs[0]!.similarity).toBe(1);
    expect(
      findClones([
        { id: 'a', text: VISIT },
        { id: 'b', text: copy },
      ]).pairs[0]?.similarity,
    ).toBe(1);
  });

  it('marks in each note only the passages the other note shares', () => {
    const own = 'Client also asked about a food pantry near the new apartment on Elm Street.';
    const a = `${VISIT} ${own}`;
    const b = `Unexpected weather kept the visit short and indoors today. ${VISIT}`;
    const [pair] = findClones([
      { id: 'a', text: a },
      { id: 'b', text: b },
    ]).pairs;
    expect(text(a, pair!.passagesA)).toEqual([VISIT.slice(0, -1)]);
    expect(text(b, pair!.passagesB)).toEqual([VISIT.slice(0, -1)]);
  });

  it('does not let a shared form template make different notes clones', () => {
    const header = [
      'Community Support Program progress note',
      'Start time: 9:00 AM    End time: 10:00 AM',
      'Location of service: community    Service type: individual',
      'Goal addressed from the treatment plan:',
      'Intervention provided by staff:',
      'Client response to the intervention:',
      'Plan for next contact:',
      'Staff signature and credentials:',
      '',
    ].join('\n');
    const short = [
      'Client practiced the bus route with CSW and paid the fare alone.',
      'Client reviewed the lease with CSW and marked two questions for the landlord.',
      'CSW and client prepared a list of questions for the psychiatrist visit.',
      'Client sorted mail with CSW and set aside the bills due this month.',
      'CSW coached client through calling the pharmacy about a refill.',
    ];
    const notes = short.map((body, i) => ({ id: `n${i}`, text: `${header}${body}` }));
    const withTemplate = findClones(notes);
    expect(withTemplate.pairs).toEqual([]);
    expect(withTemplate.boilerplateLines).toBeGreaterThan(0);
    // The same batch with template detection turned off does pair them: the test is not vacuous.
    expect(findClones(notes, { boilerplateShare: 2 }).pairs.length).toBeGreaterThan(0);
  });

  it('does not pair unrelated notes', () => {
    const notes = [VISIT, ...OTHER_NOTES].map((t, i) => ({ id: `n${i}`, text: t }));
    expect(findClones(notes)).toMatchObject({ pairs: [], groups: [], compared: 5, tooShort: 0 });
  });

  it('leaves notes too short to judge out of the comparison', () => {
    const { pairs, tooShort } = findClones([
      { id: 'a', text: 'No show.' },
      { id: 'b', text: 'No show.' },
    ]);
    expect(pairs).toEqual([]);
    expect(tooShort).toBe(2);
  });

  it('groups one text pasted for several clients and caps the pairs kept per note', () => {
    const notes = Array.from({ length: 8 }, (_, i) => ({ id: `c${i}`, text: VISIT }));
    const report = findClones(notes, { maxPartners: 2 });
    expect(report.groups).toEqual([notes.map((n) => n.id)]);
    const perNote = notes.map((n) => report.pairs.filter((p) => p.a === n.id || p.b === n.id));
    expect(Math.min(...perNote.map((p) => p.length))).toBeGreaterThanOrEqual(2);
    expect(report.pairs.length).toBeLessThan((8 * 7) / 2);
  });

  it('finds a copy with one of four sentences changed, unless the threshold is stricter', () => {
    const edited = VISIT.replace(
      'He identified two bills that are overdue and agreed to call the electric company.',
      'The rent receipt was missing, so he will ask the landlord for a copy this week.',
    );
    const pair = pairOf(
      findClones([
        { id: 'a', text: VISIT },
        { id: 'b', text: edited },
      ]).pairs,
      'a',
      'b',
    );
    expect(pair?.similarity).toBeGreaterThan(0.5);
    expect(pair?.similarity).toBeLessThan(1);
    const strict = findClones(
      [
        { id: 'a', text: VISIT },
        { id: 'b', text: edited },
      ],
      { threshold: 0.95 },
    );
    expect(strict.pairs).toEqual([]);
  });

  it('treats markup in a note as words', () => {
    const hostile = `<img src=x onerror=alert(1)> ${VISIT}`;
    const [pair] = findClones([
      { id: 'a', text: hostile },
      { id: 'b', text: VISIT },
    ]).pairs;
    expect(pair?.passagesA[0]?.start).toBe(hostile.indexOf('CSW'));
  });
});

describe('findClones on a larger batch (MinHash and LSH)', () => {
  it('finds the copied notes and pairs nothing else', () => {
    const { notes, clones } = syntheticBatch(600, 0.05, 7);
    const report = findClones(notes, { exactUpTo: 0 });
    const cloneOf = new Map(clones.map(([original, copy]) => [copy, original]));
    for (const [original, copy] of clones) {
      const group = report.groups.find((g) => g.includes(copy));
      expect(group, `${copy} copies ${original}`).toContain(original);
    }
    // Every reported pair is explained by a copy, directly or through a shared original.
    const root = (id: string): string => (cloneOf.has(id) ? root(cloneOf.get(id)!) : id);
    for (const pair of report.pairs) expect(root(pair.a)).toBe(root(pair.b));
  });
});
