/// <reference types="vite/client" />
// The notes a trainee can practice on: the bad side of every teaching pair and the bad
// example notes of examples/ (their first line, "# program: ID", names the program).
import { z } from 'zod';
import { PROGRAM_IDS, type ProgramId } from '../rules/packs';
import { ALL_PAIRS } from './pairs/all-pairs';

export interface PracticeNote {
  id: string;
  label: string;
  program: ProgramId;
  text: string;
}

const exampleFiles = import.meta.glob<string>('../../examples/*-bad.txt', {
  query: '?raw',
  import: 'default',
  eager: true,
});

/** What each bad example in examples/ shows, as the practice picker names it. */
export const EXAMPLE_TITLES: Readonly<Record<string, string>> = {
  'birp-subjective': 'A BIRP note with judgmental wording',
  'ct-csp-group-five-people': 'A group of five people',
  'ct-csp-no-show': 'A visit the client missed',
  'ct-csp-ten-minute-contact': 'A ten-minute phone call',
  'ct-csp-vague': 'Vague wording throughout',
  'ma-csp-transport': 'Rides to the store and the mall',
  'mo-lowercase-typos': 'A quick note full of shorthand',
  'mo-mixed-billing': 'Chart work and a visit in one note',
  'mo-transport': 'A ride to the dentist',
  'parenting-missing-signatures': 'A parenting session without signatures',
};

/** An example without a title reads as words from its file name, program prefix dropped. */
function titleFromName(name: string): string {
  const words = name.replace(/^(ct-csp|ma-csp|mo|parenting)-/, '').replace(/-/g, ' ');
  return words.charAt(0).toUpperCase() + words.slice(1);
}

const programLine = z.object({ program: z.enum(PROGRAM_IDS), text: z.string().min(1) });

/** Reads an example file; null when its first line does not name a known program. */
export function parseExampleNote(fileName: string, raw: string): PracticeNote | null {
  const [first = '', ...rest] = raw.replace(/\r\n/g, '\n').split('\n');
  const parsed = programLine.safeParse({
    program: /^#\s*program:\s*(\S+)/.exec(first)?.[1],
    text: rest.join('\n').trim(),
  });
  if (!parsed.success) return null;
  const name = fileName.replace(/^.*\//, '').replace(/-bad\.txt$/, '');
  return {
    id: `example-${name}`,
    label: EXAMPLE_TITLES[name] ?? titleFromName(name),
    program: parsed.data.program,
    text: parsed.data.text,
  };
}

export const PRACTICE_NOTES: readonly PracticeNote[] = [
  ...ALL_PAIRS.map((pair) => ({
    id: `pair-${pair.id}`,
    label: pair.title,
    program: pair.program,
    text: pair.bad,
  })),
  ...Object.entries(exampleFiles)
    .sort(([a], [b]) => a.localeCompare(b))
    .flatMap(([file, raw]) => parseExampleNote(file, raw) ?? []),
];
