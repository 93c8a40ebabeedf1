// The page's side of the batch worker protocol: send a batch, follow its progress, get one
// outcome. Every message from the worker is parsed with zod before the page uses it.
import type { BatchRow } from './batch';
import type { CloneReport } from './clones';
import { parseWorkerResponse, type WorkerRequest, type WorkerResponse } from './worker';

/** The part of a Worker the client uses, so tests can pass a stand-in. */
export interface WorkerPort {
  postMessage(message: WorkerRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  removeEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
}

export type ReviewOutcome =
  | { type: 'result'; rows: BatchRow[]; clones: CloneReport | null }
  | { type: 'cancelled' }
  | { type: 'failed'; message: string };

export type ProgressUpdate = Omit<
  Extract<WorkerResponse, { type: 'progress' }>,
  'type' | 'batchId' | 'rows'
>;

export interface RunningReview {
  cancel(): void;
  outcome: Promise<ReviewOutcome>;
}

let batches = 0;

export function reviewInWorker(
  worker: WorkerPort,
  request: Omit<Extract<WorkerRequest, { type: 'start' }>, 'type' | 'batchId'>,
  onProgress: (update: ProgressUpdate) => void,
): RunningReview {
  const batchId = `batch-${++batches}`;
  let listener: (event: { data: unknown }) => void = () => {};
  const rows: BatchRow[] = [];
  const outcome = new Promise<ReviewOutcome>((resolve) => {
    listener = ({ data }) => {
      const message = parseWorkerResponse(data);
      if (message === null) {
        resolve({
          type: 'failed',
          message: 'The review worker sent a message this page cannot read.',
        });
      } else if (message.batchId !== batchId && message.batchId !== null) {
        return;
      } else if (message.type === 'progress') {
        rows.push(...message.rows);
        onProgress({ phase: message.phase, done: message.done, total: message.total });
      } else if (message.type === 'result') {
        resolve({ type: 'result', rows, clones: message.clones });
      } else if (message.type === 'cancelled') {
        resolve({ type: 'cancelled' });
      } else {
        resolve({ type: 'failed', message: message.message });
      }
    };
    worker.addEventListener('message', listener);
  });
  void outcome.then(() => worker.removeEventListener('message', listener));
  worker.postMessage({ type: 'start', batchId, ...request });
  return {
    cancel: () => worker.postMessage({ type: 'cancel', batchId }),
    outcome,
  };
}
