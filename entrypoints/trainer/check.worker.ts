// The trainer's Web Worker: checks notes with the engine, one analyzer (and sentence cache)
// per program, off the page's thread.
import { createAnalyzer, type Analyzer } from '../../src/engine';
import { PACKS, type ProgramId } from '../../src/rules/packs';
import { createCheckHandler } from '../../src/trainer/check-handler';

const analyzers = new Map<ProgramId, Analyzer>();

const handle = createCheckHandler({
  analyzerFor(program) {
    const analyzer = analyzers.get(program) ?? createAnalyzer(PACKS[program]);
    analyzers.set(program, analyzer);
    return analyzer;
  },
  post: (response) => self.postMessage(response),
});

self.addEventListener('message', (event: MessageEvent<unknown>) => handle(event.data));
