// The review page's Web Worker: runs batches through the engine, off the page's thread.
import { createAnalyzer, type Analyzer } from '../../src/engine';
import { createBatchWorker } from '../../src/review/worker';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../../src/rules/packs';

const analyzers = new Map<ProgramId, Analyzer>();

function analyzerFor(program: string): Analyzer | null {
  const id = PROGRAM_IDS.find((known) => known === program);
  if (!id) return null;
  const analyzer = analyzers.get(id) ?? createAnalyzer(PACKS[id]);
  analyzers.set(id, analyzer);
  return analyzer;
}

const handler = createBatchWorker({ analyzerFor, post: (response) => self.postMessage(response) });
self.addEventListener(
  'message',
  (event: MessageEvent<unknown>) => void handler.receive(event.data),
);
