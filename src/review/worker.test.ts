import { describe, expect, it } from 'vitest';
import { finding, report } from '../../test/review/reports';
import type { NoteContext } from '../engine/types';
import { createBatchWorker, parseWorkerResponse, type WorkerResponse } from './worker';

const analyzers = {
  'ct-dmhas-csp': {
    analyze: (text: string, context?: NoteContext) =>
      report(
        text.includes('drove') ? [finding({ kind: 'non-billable', code: 'transportation' })] : [],
        context?.startMinutes ?? 30,
      ),
  },
  'mo-community-support': {
    analyze: () => ({ ...report([]), program: 'mo-community-support' }),
  },
};

function worker(sliceMs = 50) {
  const posted: WorkerResponse[] = [];
  const handler = createBatchWorker({
    analyzerFor: (program) => analyzers[program as keyof typeof analyzers] ?? null,
    post: (response) => {
      // Everything the worker posts must pass the page's own parser.
      expect(parseWorkerResponse(structuredClone(response))).toEqual(response);
      posted.push(response);
    },
    sliceMs,
  });
  return { handler, posted };
}

const VISIT = 'CSW met client at the library and practiced reading the bus schedule together.';

describe('batch worker', () => {
  it('answers a start with progress and a result holding rows and clones', async () => {
    const { handler, posted } = worker();
    await handler.receive({
      type: 'start',
      batchId: 'b1',
      program: 'ct-dmhas-csp',
      findClones: true,
      notes: [
        { id: 'a', text: VISIT, context: { startMinutes: 60 } },
        { id: 'b', text: VISIT },
        { id: 'c', text: 'CSW drove client to the clinic.', program: 'unknown program' },
        { id: 'd', text: 'Short.', program: 'mo-community-support' },
      ],
    });
    expect(posted.map((m) => m.type)).toEqual(['progress', 'progress', 'result']);
    const result = posted.at(-1);
    if (result?.type !== 'result') throw new Error('no result');
    const rows = posted.flatMap((m) => (m.type === 'progress' ? m.rows : []));
    expect(rows.map((r) => [r.id, r.minutes, r.status, r.report?.program])).toEqual([
      ['a', 60, 'pass', 'ct-dmhas-csp'],
      ['b', 30, 'pass', 'ct-dmhas-csp'],
      ['c', 30, 'needs-work', 'ct-dmhas-csp'],
      ['d', 45, 'pass', 'mo-community-support'],
    ]);
    expect(result.clones?.groups).toEqual([['a', 'b']]);
  });

  it('leaves clone detection out when not asked', async () => {
    const { handler, posted } = worker();
    await handler.receive({
      type: 'start',
      batchId: 'b1',
      program: 'ct-dmhas-csp',
      findClones: false,
      notes: [{ id: 'a', text: VISIT }],
    });
    expect(posted.at(-1)).toMatchObject({ type: 'result', clones: null });
  });

  it('stops a batch on cancel and says so instead of sending a result', async () => {
    const { handler, posted } = worker(0);
    const notes = Array.from({ length: 20 }, (_, i) => ({ id: `n${i}`, text: VISIT }));
    const run = handler.receive({
      type: 'start',
      batchId: 'b2',
      program: 'ct-dmhas-csp',
      findClones: true,
      notes,
    });
    await handler.receive({ type: 'cancel', batchId: 'b2' });
    await run;
    expect(posted.at(-1)).toEqual({ type: 'cancelled', batchId: 'b2' });
    expect(posted.filter((m) => m.type === 'progress').length).toBeLessThan(notes.length);
    expect(posted.some((m) => m.type === 'result')).toBe(false);
  });

  it('ignores a cancel for another batch', async () => {
    const { handler, posted } = worker(0);
    const run = handler.receive({
      type: 'start',
      batchId: 'b3',
      program: 'ct-dmhas-csp',
      findClones: false,
      notes: [
        { id: 'a', text: VISIT },
        { id: 'b', text: VISIT },
      ],
    });
    await handler.receive({ type: 'cancel', batchId: 'other' });
    await run;
    expect(posted.at(-1)?.type).toBe('result');
  });

  it('fails a batch for an unknown default program', async () => {
    const { handler, posted } = worker();
    await handler.receive({
      type: 'start',
      batchId: 'b4',
      program: 'nope',
      findClones: false,
      notes: [],
    });
    expect(posted).toEqual([
      { type: 'failed', batchId: 'b4', message: 'No rule pack is called "nope".' },
    ]);
  });

  it('refuses a malformed request and names the field', async () => {
    const { handler, posted } = worker();
    await handler.receive({
      type: 'start',
      batchId: 'b5',
      program: 'ct-dmhas-csp',
      findClones: false,
      notes: [{ id: 'a', text: 42 }],
    });
    await handler.receive('<img src=x onerror=alert(1)>');
    expect(posted[0]).toMatchObject({ type: 'failed', batchId: 'b5' });
    expect(posted[0]?.type === 'failed' && posted[0].message).toMatch(/notes\.0\.text/);
    expect(posted[1]).toMatchObject({ type: 'failed', batchId: null });
  });
});
