// npm run bench: NoteCoach's engine against general prose linters on the same notes, and the
// cost of re-checking a long note after a one-character edit. Targets are printed, not asserted.
import { generateCorpus } from './corpus';
import { timeEach, type Timing } from './measure';
import { checkWithWriteGood, createRetextChecker } from './prose-linters';
import { formatTable, ms } from './table';

const CORPUS_SIZE = 1200;

const corpus = generateCorpus(CORPUS_SIZE);
const bytes = corpus.map((note) => Buffer.byteLength(note.text));
process.stdout.write(
  `Corpus: ${corpus.length} notes, ${Math.min(...bytes)}-${Math.max(...bytes)} bytes ` +
    `(${corpus.filter((note) => note.quality === 'good').length} good, ` +
    `${corpus.filter((note) => note.quality === 'bad').length} bad), seed fixed\n\n`,
);

const texts = corpus.map((note) => note.text);
const retext = createRetextChecker();
const results: [string, Timing][] = [
  ['write-good', timeEach(texts, checkWithWriteGood)],
  ['retext (simplify, intensify, passive)', timeEach(texts, retext)],
];

process.stdout.write(
  `${formatTable(
    ['checker', 'median ms', 'p95 ms', 'total ms', 'notes/s', 'heap before MB', 'heap after MB'],
    results.map(([name, t]) => [
      name,
      ms(t.medianMs),
      ms(t.p95Ms),
      t.totalMs.toFixed(0),
      t.perSecond.toFixed(0),
      t.heapBeforeMb.toFixed(1),
      t.heapAfterMb.toFixed(1),
    ]),
  )}\n`,
);
