import { describe, expect, it, vi } from 'vitest';
import { finding, report } from '../../test/review/reports';
import type { Report } from '../engine/types';
import { batchRowSchema, rowFor, runBatch, type BatchProgress } from './batch';
import type { BatchNote } from './batch-note';

const note = (id: string, extra: Partial<BatchNote> = {}): BatchNote => ({
  id,
  text: `Text of ${id}.`,
  ...extra,
});

describe('rowFor', () => {
  it('passes a note with no findings and carries its minutes and units', () => {
    const row = rowFor(
      note('a', { staff: 'Ana', client: 'C1', date: '2024-03-05' }),
      report([], 50),
    );
    expect(row).toMatchObject({
      id: 'a',
      staff: 'Ana',
      client: 'C1',
      date: '2024-03-05',
      minutes: 50,
      units: 3,
      status: 'pass',
      unitsAtRisk: 0,
    });
    expect(batchRowSchema.parse(row)).toEqual(row);
  });

  it('counts findings per kind and needs work when one is a warning', () => {
    const row = rowFor(
      note('a'),
      report([
        finding({ kind: 'ambiguous-term', code: 'assisted' }),
        finding({ kind: 'ambiguous-term', code: 'helped' }),
        finding({ kind: 'subjective-language', code: 'noncompliant', severity: 'info' }),
      ]),
    );
    expect(row.counts).toEqual({
      'ambiguous-term': 2,
      'non-billable': 0,
      'missing-field': 0,
      limit: 0,
      'mixed-billing': 0,
      'subjective-language': 1,
      placeholder: 0,
    });
    expect(row.status).toBe('needs-work');
    expect(row.unitsAtRisk).toBe(0);
  });

  it('passes a note whose only findings are informational', () => {
    const info = finding({ kind: 'ambiguous-term', code: 'assisted', severity: 'info' });
    expect(rowFor(note('a'), report([info])).status).toBe('pass');
  });

  it('puts all units at risk for a non-billable or missing-field finding', () => {
    const transport = finding({ kind: 'non-billable', code: 'transportation' });
    const noPlan = finding({ kind: 'missing-field', code: 'plan' });
    expect(rowFor(note('a'), report([transport], 60)).unitsAtRisk).toBe(4);
    expect(rowFor(note('b'), report([noPlan], 30)).unitsAtRisk).toBe(2);
    expect(rowFor(note('c'), report([noPlan], null)).unitsAtRisk).toBe(0);
  });
});

describe('runBatch', () => {
  it('analyses each note with its own context, in order', async () => {
    const analyze = vi.fn((n: BatchNote): Report => report([], n.context?.startMinutes ?? 15));
    const rows = await runBatch([note('a', { context: { startMinutes: 30 } }), note('b')], analyze);
    expect(rows.map((r) => [r.id, r.minutes])).toEqual([
      ['a', 30],
      ['b', 15],
    ]);
  });

  it('marks a note the engine fails on and goes on with the rest', async () => {
    const rows = await runBatch([note('bad'), note('good')], (n) => {
      if (n.id === 'bad') throw new Error('boom');
      return report([]);
    });
    expect(rows.map((r) => [r.id, r.status, r.report])).toEqual([
      ['bad', 'error', null],
      ['good', 'pass', expect.anything()],
    ]);
  });

  it('reports progress between slices and at the end', async () => {
    const progress: BatchProgress[] = [];
    const notes = Array.from({ length: 5 }, (_, i) => note(`n${i}`));
    const rows = await runBatch(notes, () => report([]), {
      sliceMs: 0,
      onProgress: (p) => progress.push(p),
      yieldToEventLoop: async () => {},
    });
    expect(progress.map(({ done, total }) => ({ done, total }))).toEqual(
      [1, 2, 3, 4, 5].map((done) => ({ done, total: 5 })),
    );
    expect(progress.flatMap((p) => p.rows)).toEqual(rows);
  });

  it('stops at the next slice once cancelled and rejects with the abort reason', async () => {
    const controller = new AbortController();
    const analyze = vi.fn(() => report([]));
    const notes = Array.from({ length: 10 }, (_, i) => note(`n${i}`));
    const run = runBatch(notes, analyze, {
      signal: controller.signal,
      sliceMs: 0,
      onProgress: ({ done }) => {
        if (done === 3) controller.abort();
      },
    });
    await expect(run).rejects.toMatchObject({ name: 'AbortError' });
    expect(analyze).toHaveBeenCalledTimes(3);
  });
});
