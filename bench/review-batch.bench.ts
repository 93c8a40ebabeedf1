// The review page's batch on 1,000 corpus notes with the real engine, in this thread: time to
// analyse and to find clones, and what the page spends parsing the worker's progress messages
// (rows arrive a slice at a time, so no one message stalls the page).
// Run: npx tsx bench/review-batch.bench.ts [notes]
import { createAnalyzer, type Analyzer } from '../src/engine';
import { runBatch } from '../src/review/batch';
import { findClones } from '../src/review/clones';
import { parseWorkerResponse } from '../src/review/worker';
import { PACKS } from '../src/rules/packs';
import { generateCorpus } from './corpus';

const count = Number(process.argv[2] ?? 1000);
const notes = generateCorpus(count).map((note, i) => ({
  id: `N-${i + 1}`,
  text: note.text,
  program: note.program,
}));
const analyzers = new Map<string, Analyzer>(
  Object.entries(PACKS).map(([id, pack]) => [id, createAnalyzer(pack)]),
);

let parseMs = 0;
let longestParseMs = 0;
let messages = 0;
let started = performance.now();
await runBatch(notes, (note) => analyzers.get(note.program ?? '')!.analyze(note.text), {
  yieldToEventLoop: () => Promise.resolve(),
  onProgress: ({ done, total, rows }) => {
    const message = structuredClone({
      type: 'progress',
      batchId: 'b',
      phase: 'analyze',
      done,
      total,
      rows,
    });
    const parseStarted = performance.now();
    if (!parseWorkerResponse(message)) throw new Error('progress message did not parse');
    const ms = performance.now() - parseStarted;
    parseMs += ms;
    longestParseMs = Math.max(longestParseMs, ms);
    messages++;
  },
});
const analyseMs = performance.now() - started - parseMs;

started = performance.now();
findClones(notes);
const clonesMs = performance.now() - started;

process.stdout.write(
  `${count} notes: analyse ${analyseMs.toFixed(0)} ms (${((count / analyseMs) * 1000).toFixed(0)} notes/s), ` +
    `clones ${clonesMs.toFixed(0)} ms; page parses ${messages} progress messages in ` +
    `${parseMs.toFixed(0)} ms, longest ${longestParseMs.toFixed(1)} ms\n`,
);
