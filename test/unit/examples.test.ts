// The project's example notes (examples/*.txt, written apart from the rule packs): the good
// ones get no finding, the bad ones the findings an auditor would give.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../../src/rules/packs';

const BAD: Record<string, string[]> = {
  'birp-subjective-bad.txt': [
    'missing-field:goal',
    'missing-field:signature',
    'subjective-language:addict',
    'subjective-language:attention-seeking',
    'subjective-language:in denial',
    'subjective-language:lazy',
    'subjective-language:manipulative',
    'subjective-language:non-compliant',
    'subjective-language:refused',
    'subjective-language:rude',
    'subjective-language:uncooperative',
  ],
  'ct-csp-group-five-people-bad.txt': ['limit:group-over-4-people'],
  'ct-csp-no-show-bad.txt': ['non-billable:no-show'],
  'ct-csp-ten-minute-contact-bad.txt': ['limit:under-minimum-duration', 'missing-field:goal'],
  'ct-csp-vague-bad.txt': [
    'ambiguous-term:accompanied',
    'ambiguous-term:advocated',
    'ambiguous-term:assisted',
    'ambiguous-term:helped',
    'ambiguous-term:provided support',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:location',
    'missing-field:signature',
    'missing-field:start-time',
  ],
  'ma-csp-transport-bad.txt': [
    'ambiguous-term:helped',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:signature',
    'missing-field:start-time',
    'non-billable:transportation',
  ],
  'mo-lowercase-typos-bad.txt': [
    'ambiguous-term:advocated',
    'ambiguous-term:assisted',
    'missing-field:date',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:signature',
    'missing-field:start-time',
    'mixed-billing:mixed-billing',
    'non-billable:transportation',
  ],
  'mo-mixed-billing-bad.txt': [
    'ambiguous-term:assisted',
    'missing-field:goal',
    'missing-field:signature',
    'mixed-billing:mixed-billing',
    'non-billable:counseling',
    'non-billable:medication',
    'non-billable:paperwork',
    'non-billable:record-review',
    'non-billable:specimen-collection',
    'non-billable:staff-meeting',
  ],
  'mo-transport-bad.txt': [
    'ambiguous-term:accompanied',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:signature',
    'missing-field:start-time',
    'non-billable:transportation',
  ],
  'parenting-missing-signatures-bad.txt': [
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:intervention',
    'missing-field:location',
    'missing-field:participants',
    'missing-field:signature',
    'missing-field:start-time',
    'non-billable:paperwork',
  ],
};

const dir = new URL('../../examples/', import.meta.url);
const files = readdirSync(dir).filter((name) => name.endsWith('.txt'));

describe('example notes', () => {
  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(file, dir), 'utf8');
    const program = /^# program: (\S+)/m.exec(text)?.[1] as ProgramId;
    expect(PROGRAM_IDS).toContain(program);
    const found = [
      ...new Set(analyzeNote(text, PACKS[program]).findings.map((f) => `${f.kind}:${f.code}`)),
    ];
    expect(found.sort()).toEqual([
      ...(file.endsWith('-good.txt') ? [] : (BAD[file] ?? ['no expectation written'])).sort(),
    ]);
  });
});
