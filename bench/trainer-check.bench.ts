// npm run bench:trainer: what one check costs on the trainer page, to decide whether the
// engine may run on the page's thread (a frame is ~16 ms). A paste or a newly picked note is
// checked without any cached sentence; a keystroke re-checks one changed sentence.
import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { createAnalyzer } from '../src/engine/index';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../src/rules/packs';
import { ALL_PAIRS } from '../src/trainer/pairs/all-pairs';
import { timeRounds } from './measure';
import { formatTable, ms } from './table';

const examplesDir = resolve(import.meta.dirname, '..', 'examples');
const examples = readdirSync(examplesDir)
  .filter((file) => file.endsWith('.txt'))
  .map((file) => {
    const [first = '', ...rest] = readFileSync(resolve(examplesDir, file), 'utf8').split('\n');
    const program = PROGRAM_IDS.find((id) => first.includes(id)) ?? 'ct-dmhas-csp';
    return { program, text: rest.join('\n') };
  });
const notes: { program: ProgramId; text: string }[] = [
  ...examples,
  ...ALL_PAIRS.flatMap((pair) =>
    [pair.bad, ...pair.good].map((text) => ({ program: pair.program, text })),
  ),
];

const uncached = Object.fromEntries(
  PROGRAM_IDS.map((id) => [id, createAnalyzer(PACKS[id], { cacheSize: 0 })]),
) as Record<ProgramId, ReturnType<typeof createAnalyzer>>;
const cached = Object.fromEntries(
  PROGRAM_IDS.map((id) => [id, createAnalyzer(PACKS[id])]),
) as Record<ProgramId, ReturnType<typeof createAnalyzer>>;

// One typed character in the middle of each note: the sentence it lands in is new.
const keystrokes = notes.map(({ program, text }, i) => {
  cached[program].analyze(text);
  const at = Math.floor(text.length / 2);
  return {
    program,
    text: `${text.slice(0, at)}${String.fromCharCode(97 + (i % 26))}${text.slice(at)}`,
  };
});

type Note = (typeof notes)[number];
const [whole] = timeRounds<Note>(
  [{ name: 'whole', run: ({ program, text }) => uncached[program].analyze(text) }],
  notes,
  1,
  5,
);
// One round, no warm-up: a second pass would find each typed sentence already cached.
const [typed] = timeRounds<Note>(
  [{ name: 'typed', run: ({ program, text }) => cached[program].analyze(text) }],
  keystrokes,
  1,
  0,
);

process.stdout.write(
  `${notes.length} notes (examples/ and the trainer's pairs), median ${Math.round(
    notes.map((n) => n.text.length).sort((a, b) => a - b)[notes.length >> 1]!,
  )} characters\n\n`,
);
process.stdout.write(
  `${formatTable(
    ['check', 'median ms', 'p95 ms'],
    [
      ['whole note, nothing cached', ms(whole!.medianMs), ms(whole!.p95Ms)],
      ['after one keystroke', ms(typed!.medianMs), ms(typed!.p95Ms)],
    ],
  )}\n`,
);
