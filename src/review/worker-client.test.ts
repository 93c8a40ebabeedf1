import { describe, expect, it } from 'vitest';
import { report } from '../../test/review/reports';
import { createBatchWorker, type WorkerRequest } from './worker';
import { reviewInWorker, type ProgressUpdate, type WorkerPort } from './worker-client';

/** A worker stand-in that runs the real handler in the same thread, messages cloned as a Worker would. */
function inThreadWorker(): WorkerPort & { sent: WorkerRequest[] } {
  const listeners = new Set<(event: { data: unknown }) => void>();
  const handler = createBatchWorker({
    analyzerFor: (program) => (program === 'ct-dmhas-csp' ? { analyze: () => report([]) } : null),
    post: (response) => listeners.forEach((l) => l({ data: structuredClone(response) })),
    sliceMs: 0,
  });
  const sent: WorkerRequest[] = [];
  return {
    sent,
    postMessage: (message) => {
      sent.push(message);
      void handler.receive(structuredClone(message));
    },
    addEventListener: (_type, listener) => listeners.add(listener),
    removeEventListener: (_type, listener) => listeners.delete(listener),
  };
}

const notes = Array.from({ length: 4 }, (_, i) => ({ id: `n${i}`, text: `Note ${i}.` }));

describe('reviewInWorker', () => {
  it('sends the batch and resolves with the rows, after progress', async () => {
    const progress: ProgressUpdate[] = [];
    const review = reviewInWorker(
      inThreadWorker(),
      { program: 'ct-dmhas-csp', notes, findClones: false },
      (update) => progress.push(update),
    );
    const outcome = await review.outcome;
    expect(outcome.type === 'result' && outcome.rows.map((r) => r.id)).toEqual([
      'n0',
      'n1',
      'n2',
      'n3',
    ]);
    expect(progress.at(-1)).toEqual({ phase: 'analyze', done: 4, total: 4 });
  });

  it('resolves as cancelled when cancelled', async () => {
    const worker = inThreadWorker();
    const review = reviewInWorker(
      worker,
      { program: 'ct-dmhas-csp', notes, findClones: true },
      () => {},
    );
    review.cancel();
    expect(await review.outcome).toEqual({ type: 'cancelled' });
    expect(worker.sent.map((m) => m.type)).toEqual(['start', 'cancel']);
  });

  it('passes on the worker failing a batch', async () => {
    const review = reviewInWorker(
      inThreadWorker(),
      { program: 'nope', notes, findClones: false },
      () => {},
    );
    expect(await review.outcome).toEqual({
      type: 'failed',
      message: 'No rule pack is called "nope".',
    });
  });

  it('fails on a message it cannot read instead of trusting it', async () => {
    let listener: (event: { data: unknown }) => void = () => {};
    const worker: WorkerPort = {
      postMessage: () => listener({ data: { type: 'result', rows: '<script>' } }),
      addEventListener: (_type, l) => (listener = l),
      removeEventListener: () => {},
    };
    const review = reviewInWorker(worker, { program: 'x', notes, findClones: false }, () => {});
    expect(await review.outcome).toMatchObject({ type: 'failed' });
  });
});
