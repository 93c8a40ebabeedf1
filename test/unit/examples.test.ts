// The project's example notes (examples/*.txt, written apart from the rule packs): the good
// ones get no finding, the bad ones the findings an auditor would give.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS, PROGRAM_IDS, type ProgramId } from '../../src/rules/packs';

const BAD: Record<string, string[]> = {
  'birp-subjective-bad.txt': [
    'missing-field:goal',
    'subjective-language:manipulative',
    'subjective-language:non-compliant',
    'subjective-language:in denial',
    'subjective-language:addict',
    'subjective-language:rude',
    'subjective-language:attention-seeking',
    'subjective-language:refused',
    'subjective-language:uncooperative',
    'subjective-language:lazy',
  ],
  'ct-csp-group-five-people-bad.txt': ['limit:group-over-4-people'],
  'ct-csp-no-show-bad.txt': ['missing-field:goal', 'non-billable:no-show'],
  'ct-csp-ten-minute-contact-bad.txt': ['missing-field:goal', 'limit:under-minimum-duration'],
  'ct-csp-vague-bad.txt': [
    'missing-field:start-time',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:location',
    'ambiguous-term:met with',
    'ambiguous-term:assisted',
    'ambiguous-term:provided support',
    'ambiguous-term:accompanied',
    'ambiguous-term:advocated',
    'ambiguous-term:helped',
  ],
  'ma-csp-transport-bad.txt': [
    'missing-field:goal',
    'non-billable:transportation',
    'ambiguous-term:helped',
  ],
  'mo-lowercase-typos-bad.txt': [
    'missing-field:goal',
    'ambiguous-term:met with',
    'ambiguous-term:talked about',
    'ambiguous-term:assisted',
    'ambiguous-term:advocated',
    'mixed-billing:mixed-billing',
    'non-billable:transportation',
  ],
  'mo-mixed-billing-bad.txt': [
    'missing-field:goal',
    'mixed-billing:mixed-billing',
    'non-billable:record-review',
    'non-billable:paperwork',
    'ambiguous-term:met with',
    'ambiguous-term:assisted',
    'non-billable:medication',
    'non-billable:specimen-collection',
    'non-billable:counseling',
    'non-billable:staff-meeting',
  ],
  'mo-transport-bad.txt': [
    'missing-field:goal',
    'non-billable:transportation',
    'ambiguous-term:accompanied',
  ],
  'parenting-missing-signatures-bad.txt': [
    'missing-field:start-time',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:intervention',
    'missing-field:location',
    'missing-field:participants',
    'missing-field:response',
    'missing-field:signature',
    'ambiguous-term:worked with',
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
