// npm run bench: NoteCoach's engine against general prose linters on the same notes, the
// cost of re-checking a long note after a one-character edit, and the whole-process time of the
// notecoach CLI against write-good's CLI. Targets are printed, not asserted.
// BENCH_ROUNDS (default 3) sets how many times every tool goes over the corpus;
// BENCH_CLI_ROUNDS (default 5) how many alternating runs each CLI gets.
import { loadavg } from 'node:os';
import { createAnalyzer } from '../src/engine/index';
import { PACKS } from '../src/rules/packs';
import { compareClis, median, type CliComparison, type ProcessTiming } from './cli-process';
import { generateCorpus, longNote, type CorpusNote } from './corpus';
import { heapUsedMb, medianRatio, timeRounds, type Runner, type Timing } from './measure';
import { createRandom, pick } from './prng';
import { checkWithWriteGood, createRetextChecker } from './prose-linters';
import { formatTable, ms } from './table';

const CORPUS_SIZE = 1200;
const EDITS = 400;
const LONG_NOTE_BYTES = 12 * 1024;
const ROUNDS = Math.max(1, Number(process.env.BENCH_ROUNDS ?? 3));
const CLI_ROUNDS = Math.max(1, Number(process.env.BENCH_CLI_ROUNDS ?? 5));
const CLI_BATCH = 960;
/** Another checkout's bin/notecoach.mjs, timed in the same rounds as a "before" row. */
const CLI_BASELINE = process.env.BENCH_CLI_BASELINE || undefined;

const HEADER = ['run', 'median ms', 'p95 ms', 'total ms', 'CPU ms', 'notes/s', 'target'];

function timingRow(name: string, t: Timing, target = ''): string[] {
  return [
    name,
    ms(t.medianMs),
    ms(t.p95Ms),
    t.totalMs.toFixed(0),
    t.cpuMs.toFixed(0),
    t.perSecond.toFixed(0),
    target,
  ];
}

const write = (text: string): void => {
  process.stdout.write(text);
};

const corpus = generateCorpus(CORPUS_SIZE);
const bytes = corpus.map((note) => Buffer.byteLength(note.text));
const good = corpus.filter((note) => note.quality === 'good').length;
write(
  `Corpus: ${corpus.length} notes (${good} good, ${corpus.length - good} bad), ` +
    `${Math.min(...bytes)}-${Math.max(...bytes)} bytes, ${bytes.filter((b) => b > 3072).length} over 3 KB; ` +
    `${ROUNDS} rounds; Node ${process.version}\n\n`,
);

// Cache off: no sentence is ever served from a cache, not even one repeated inside a note.
const uncached = Object.fromEntries(
  Object.entries(PACKS).map(([id, pack]) => [id, createAnalyzer(pack, { cacheSize: 0 })]),
);
const retext = createRetextChecker();
const runners: Runner<CorpusNote>[] = [
  { name: 'engine, cache off', run: (note) => uncached[note.program]?.analyze(note.text) },
  // What a one-off check costs: the pack is compiled once, each note gets an empty cache.
  {
    name: 'engine, new analyzer per note',
    run: (note) => createAnalyzer(PACKS[note.program]).analyze(note.text),
  },
  { name: 'write-good', run: (note) => checkWithWriteGood(note.text) },
  { name: 'retext (english, simplify, intensify, passive)', run: (note) => retext(note.text) },
];
const [engine, engineFresh, writeGood, retextTiming] = timeRounds(runners, corpus, ROUNDS) as [
  Timing,
  Timing,
  Timing,
  Timing,
];

write(
  `${formatTable(HEADER, [
    timingRow(runners[0]?.name ?? '', engine, 'total ≤ write-good'),
    timingRow(runners[1]?.name ?? '', engineFresh),
    timingRow(runners[2]?.name ?? '', writeGood),
    timingRow(runners[3]?.name ?? '', retextTiming),
  ])}\n\n`,
);
const ratios = (a: Timing, b: Timing): string[] => [
  medianRatio(a.roundTotalsMs, b.roundTotalsMs).toFixed(2),
  medianRatio(a.roundCpuMs, b.roundCpuMs).toFixed(2),
];
write(
  `${formatTable(
    ['ratio, median of rounds', 'wall', 'CPU', 'target'],
    [
      ['engine (cache off) / write-good', ...ratios(engine, writeGood), '≤ 1.00'],
      ['engine (cache off) / retext', ...ratios(engine, retextTiming), ''],
      ['engine (new analyzer) / write-good', ...ratios(engineFresh, writeGood), ''],
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
// Each round starts from a warm analyzer that has seen the original note, as the sidebar has.
let warm = createAnalyzer(PACKS[program]);
const [recheck, cold] = timeRounds(
  [
    {
      name: 'edits',
      beforeRound: () => {
        warm = createAnalyzer(PACKS[program]);
        warm.analyze(original);
      },
      run: (edited: string) => warm.analyze(edited),
    },
    { name: 'cold', run: () => createAnalyzer(PACKS[program]).analyze(original) },
  ],
  edits,
  ROUNDS,
  0,
) as [Timing, Timing];

write(
  `${Buffer.byteLength(original)}-byte note (${program}), ${EDITS} one-character edits at random positions\n`,
);
write(
  `${formatTable(
    ['run', 'median ms', 'p95 ms', 'mean CPU ms', 'target'],
    [
      [
        're-check after an edit, warm analyzer',
        ms(recheck.medianMs),
        ms(recheck.p95Ms),
        ms(recheck.cpuMs / EDITS),
        'median < 1 ms',
      ],
      [
        'full analysis, new analyzer',
        ms(cold.medianMs),
        ms(cold.p95Ms),
        ms(cold.cpuMs / EDITS),
        '',
      ],
    ],
  )}\n\n`,
);

// Memory: what a warm analyzer keeps (compiled pack, sentence and line caches) after the corpus.
const heapBefore = heapUsedMb();
const kept = Object.entries(PACKS).map(([, pack]) => createAnalyzer(pack));
for (const note of corpus) kept[Object.keys(PACKS).indexOf(note.program)]?.analyze(note.text);
const heapAfter = heapUsedMb();
write(
  `Memory: four warm analyzers (one per program) hold ${(heapAfter - heapBefore).toFixed(1)} MB ` +
    `after the corpus (heap after GC ${heapBefore.toFixed(1)} → ${heapAfter.toFixed(1)} MB).\n` +
    'Wall-clock times include waiting for a core on a shared machine; CPU time is user + system.\n',
);

// The CLI as a user runs it: node start, module load, rule packs, every note, output.
const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';
const loadBefore = load();
const cliRuns: [CliComparison, string][] = [
  [compareClis(corpus.slice(0, 1), CLI_ROUNDS, CLI_BASELINE), '≤ 2.00'],
  [compareClis(corpus.slice(0, CLI_BATCH), CLI_ROUNDS, CLI_BASELINE), '≤ 1.00'],
];
const ratio = (a: number[], b: number[]): string => medianRatio(a, b).toFixed(2);
write(
  `\nWhole process, notecoach check FILE... against write-good FILE... on the same files, ` +
    `median of ${CLI_ROUNDS} alternating runs (load average ${loadBefore} → ${load()})\n` +
    `${formatTable(
      [
        'notes',
        'notecoach ms',
        'write-good ms',
        'ratio wall',
        'notecoach CPU ms',
        'write-good CPU ms',
        'ratio CPU',
        'target',
      ],
      cliRuns.flatMap(([run, target]) => {
        const row = (label: string, timing: ProcessTiming, goal: string): string[] => [
          label,
          median(timing.wallMs).toFixed(0),
          median(run.writeGood.wallMs).toFixed(0),
          ratio(timing.wallMs, run.writeGood.wallMs),
          median(timing.cpuMs).toFixed(0),
          median(run.writeGood.cpuMs).toFixed(0),
          ratio(timing.cpuMs, run.writeGood.cpuMs),
          goal,
        ];
        return [
          ...(run.baseline ? [row(`${run.notes} (baseline)`, run.baseline, '')] : []),
          row(String(run.notes), run.notecoach, target),
        ];
      }),
    )}\n${CLI_BASELINE ? `(baseline: ${CLI_BASELINE})\n` : ''}`,
);
