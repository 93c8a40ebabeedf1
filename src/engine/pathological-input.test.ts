// No note can hang the checker: whatever a note field holds (runs of spaces, hyphens, letters,
// a phrase repeated with no full stop, a megabyte pasted at once), a check costs at most a fixed
// multiple of a realistic note of the same length. Before the linear patterns, "CSW", 800
// spaces and "x" took 10 s and "Goal:" on 166,000 lines took 52 s.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { phraseProblem } from '../rules/phrase-syntax';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../rules/packs';
import type { ResolvedPack } from '../rules/schema';
import { createAnalyzer } from './analyze';
import { compilePack, triggerMatches } from './compile';

const NOTES_DIR = join(__dirname, '../../test/notes');
const realNotes = readdirSync(NOTES_DIR).flatMap((program) =>
  readdirSync(join(NOTES_DIR, program)).map((file) =>
    readFileSync(join(NOTES_DIR, program, file), 'utf8'),
  ),
);

/** Realistic notes one after another, numbers shifted so sentences differ, cut to `length`. */
function realisticText(length: number): string {
  let out = '';
  for (let i = 0; out.length < length; i += 1) {
    const note = realNotes[i % realNotes.length] as string;
    out += note.replace(/\d+/g, (digits) => String(Number(digits) + i)) + '\n\n';
  }
  return out.slice(0, length);
}

const repeat = (unit: string, length: number) => unit.repeat(Math.ceil(length / unit.length));

const GENERATORS: Record<string, (length: number) => string> = {
  'a run of spaces': (n) => `CSW${' '.repeat(n)}x`,
  'a run of tabs after a label': (n) => `Goal:${'\t'.repeat(n)}x`,
  'a run of no-break spaces': (n) => `CSW${'\u00a0'.repeat(n)}x`,
  'a run of hyphens': (n) => `CSW drove ${'-'.repeat(n)} client`,
  'hyphens and spaces': (n) => `CSW drove ${repeat('- ', n)} client`,
  'one long word': (n) => 'a'.repeat(n),
  'a phrase repeated with no full stop': (n) => repeat('CSW assisted client with the ', n),
  'a trigger repeated with no full stop': (n) => repeat('drove client to ', n),
  'a label on every line': (n) => repeat('Goal:\n', n),
  'labels in a row': (n) => repeat('a: ', n),
  pipes: (n) => repeat('| a ', n),
  'clock times in a row': (n) => repeat('10:00 - ', n),
  digits: (n) => repeat('1 ', n),
  'full stops': (n) => repeat('a.', n),
};

/** A seeded mix of the same atoms, so every run tries the same inputs. */
function mixedText(seed: number, length: number): string {
  const atoms = [' ', '  ', '-', ':', '|', '\n', 'a', '1', '.', 'Goal', 'CSW ', 'drove ', 'client ']; // prettier-ignore
  let state = seed;
  const next = () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
  let out = '';
  while (out.length < length) {
    const atom = atoms[Math.floor(next() * atoms.length)] as string;
    out += atom.repeat(1 + Math.floor(next() * next() * 400));
  }
  return out.slice(0, length);
}

/** The best of two fresh checks, in ms: a fresh analyzer so no sentence is cached. */
function checkTime(pack: ResolvedPack, text: string): number {
  let best = Infinity;
  for (let round = 0; round < 2; round += 1) {
    const analyzer = createAnalyzer(pack);
    const started = performance.now();
    analyzer.analyze(text);
    best = Math.min(best, performance.now() - started);
  }
  return best;
}

// Cubic or quadratic blow-ups are hundreds of times slower; 10x leaves room for a busy machine.
const MULTIPLE = 10;
const FLOOR_MS = 40;

describe('a check costs at most a fixed multiple of a realistic note of the same length', () => {
  const baselines = new Map<string, number>();
  const baseline = (pack: ResolvedPack, length: number) => {
    const key = `${pack.id}:${length}`;
    if (!baselines.has(key)) baselines.set(key, checkTime(pack, realisticText(length)));
    return baselines.get(key) as number;
  };
  const expectBounded = (pack: ResolvedPack, text: string) => {
    const limit = MULTIPLE * baseline(pack, text.length) + FLOOR_MS;
    expect(checkTime(pack, text)).toBeLessThan(limit);
  };

  Object.entries(GENERATORS).forEach(([name, generate], i) => {
    const program = PROGRAM_IDS[i % PROGRAM_IDS.length] as ProgramId;
    it(`${name} (100,000 characters, ${program})`, () => {
      expectBounded(PACKS[program], generate(100_000));
    });
  });

  it.each([1, 2, 3, 4, 5, 6, 7, 8])(
    'seeded mix #%i of spaces, hyphens, labels and words',
    (seed) => {
      const program = PROGRAM_IDS[seed % PROGRAM_IDS.length] as ProgramId;
      expectBounded(PACKS[program], mixedText(seed, 50_000));
    },
  );

  // The bound is the ratio to a realistic megabyte; the timeout only has to outlast six
  // megabyte checks on a loaded 2-core machine.
  it.each(['a run of spaces', 'a label on every line'])(
    '%s, 1 MB',
    (name) => {
      expectBounded(PACKS['ct-dmhas-csp'], (GENERATORS[name] as (n: number) => string)(1_000_000));
    },
    120_000,
  );

  it('an agency phrase of forty hyphens is matched without backtracking over a run of spaces', () => {
    const base = PACKS['ct-dmhas-csp'];
    const vague = base.rules.find((rule) => rule.kind === 'ambiguous-term');
    if (vague?.kind !== 'ambiguous-term') throw new Error('the pack has no vague-term rule');
    const hyphens = `a${'-'.repeat(40)}b`;
    expect(phraseProblem(hyphens)).toBeNull();
    const pack: ResolvedPack = {
      ...base,
      rules: [
        ...base.rules,
        { ...vague, id: 'agency-hyphens', match: { ...vague.match, phrases: [hyphens] } },
      ],
    };
    expectBounded(pack, `CSW a${' '.repeat(20_000)}x`);
    const rule = compilePack(pack).rules.find((entry) => entry.rule.id === 'agency-hyphens');
    const matched = (text: string) => [...triggerMatches(rule!, text)].map((match) => match[0]);
    expect(matched('CSW a-b, a b and ab.')).toEqual(['a-b', 'a b', 'ab']);
  });
});
