/// <reference types="vite/client" />
// The notes a trainee can practise on: the bad side of every teaching pair and the bad
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
    label: `Example: ${name.replace(/-/g, ' ')}`,
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
