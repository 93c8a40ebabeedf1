// npm run bench: NoteCoach's engine against general prose linters on the same notes, and the
// cost of re-checking a long note after a one-character edit. Targets are printed, not asserted.
import { createAnalyzer } from '../src/engine/index';
import { PACKS } from '../src/rules/packs';
import { generateCorpus, longNote } from './corpus';
import { timeEach, type Timing } from './measure';
import { createRandom, pick } from './prng';
import { checkWithWriteGood, createRetextChecker } from './prose-linters';
import { formatTable, ms } from './table';

const CORPUS_SIZE = 1200;
const EDITS = 400;
const LONG_NOTE_BYTES = 12 * 1024;

function timingRow(name: string, t: Timing, target = ''): string[] {
  return [
    name,
    ms(t.medianMs),
    ms(t.p95Ms),
    t.totalMs.toFixed(0),
    t.perSecond.toFixed(0),
    `${t.heapBeforeMb.toFixed(1)} → ${t.heapAfterMb.toFixed(1)}`,
    target,
  ];
}

const HEADER = ['run', 'median ms', 'p95 ms', 'total ms', 'per s', 'heap MB', 'target'];

const corpus = generateCorpus(CORPUS_SIZE);
const bytes = corpus.map((note) => Buffer.byteLength(note.text));
const good = corpus.filter((note) => note.quality === 'good').length;
process.stdout.write(
  `Corpus: ${corpus.length} notes (${good} good, ${corpus.length - good} bad), ` +
    `${Math.min(...bytes)}-${Math.max(...bytes)} bytes, ${bytes.filter((b) => b > 3072).length} over 3 KB; ` +
    `Node ${process.version}\n\n`,
);

// Full analysis: a new analyzer for every note, so no sentence is ever served from a cache.
const engine = timeEach(corpus, (note) => createAnalyzer(PACKS[note.program]).analyze(note.text));
const compiled = Object.fromEntries(
  Object.entries(PACKS).map(([id, pack]) => [id, createAnalyzer(pack, { cacheSize: 0 })]),
);
const engineNoCache = timeEach(corpus, (note) => compiled[note.program]?.analyze(note.text));
const writeGood = timeEach(corpus, (note) => checkWithWriteGood(note.text));
const retext = createRetextChecker();
const retextTiming = timeEach(corpus, (note) => retext(note.text));

process.stdout.write(
  `${formatTable(HEADER, [
    timingRow('engine, new analyzer per note', engine, '≤ write-good'),
    timingRow('engine, compiled pack, cache off', engineNoCache),
    timingRow('write-good', writeGood),
    timingRow('retext (english, simplify, intensify, passive)', retextTiming),
  ])}\n\n`,
);
const ratio = (a: Timing, b: Timing): string => (a.totalMs / b.totalMs).toFixed(2);
process.stdout.write(
  `${formatTable(
    ['ratio of total time', 'new analyzer per note', 'compiled pack, cache off', 'target'],
    [
      ['engine / write-good', ratio(engine, writeGood), ratio(engineNoCache, writeGood), '≤ 1.00'],
      ['engine / retext', ratio(engine, retextTiming), ratio(engineNoCache, retextTiming), ''],
    ],
  )}\n\n`,
);

// Re-checking after typing: one warm analyzer, one-character edits at random positions.
const program = 'ct-dmhas-csp';
const original = longNote(program, LONG_NOTE_BYTES);
const random = createRandom(99);
const edits: string[] = [];
let text = original;
for (let i = 0; i < EDITS; i += 1) {
  const at = Math.floor(random() * text.length);
  // Alternate inserting and deleting a character so the note stays about 12 KB.
  text =
    i % 2 === 0
      ? text.slice(0, at) + pick(random, [...'etaoins ']) + text.slice(at)
      : text.slice(0, at) + text.slice(at + 1);
  edits.push(text);
}
const warm = createAnalyzer(PACKS[program]);
warm.analyze(original);
const recheck = timeEach(edits, (edited) => warm.analyze(edited), 0);
const cold = timeEach(
  Array.from({ length: 30 }, () => original),
  (note) => createAnalyzer(PACKS[program]).analyze(note),
  3,
);

process.stdout.write(
  `${Buffer.byteLength(original)}-byte note (${program}), ${EDITS} one-character edits at random positions\n`,
);
process.stdout.write(
  `${formatTable(HEADER, [
    timingRow('re-check after an edit, warm analyzer', recheck, 'median < 1 ms'),
    timingRow('cold full analysis, new analyzer', cold),
  ])}\n`,
);
process.stdout.write(
  '\nHeap: process.memoryUsage().heapUsed just before (after a GC) and after each timed loop.\n' +
    '"new analyzer per note" still reuses sentences repeated within one note; "cache off" reuses none.\n',
);
