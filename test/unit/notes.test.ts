// Realistic notes (test/notes/<program>/): well-written ones must get no finding at all, and
// poorly written ones exactly the findings an auditor would give.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS, PROGRAM_IDS } from '../../src/rules/packs';

const EXPECTED: Record<string, string[]> = {
  'ct-dmhas-csp/bad-errands.txt': [
    'missing-field:goal',
    'missing-field:location',
    'limit:under-minimum-duration',
    'ambiguous-term:assisted',
    'non-billable:transportation',
    'subjective-language:manipulative',
  ],
  'ct-dmhas-csp/bad-ride-to-dss.txt': [
    'non-billable:transportation',
    'subjective-language:drug-seeking',
    'ambiguous-term:provided support',
  ],
  'ct-dmhas-csp/bad-five-minute-no-answer.txt': [
    'limit:under-minimum-duration',
    'non-billable:no-show',
  ],
  'mo-community-support/bad-lowercase-home-visit.txt': [
    'missing-field:goal',
    'subjective-language:lazy',
    'non-billable:transportation',
    'ambiguous-term:talked about',
  ],
  'ct-dds-parenting/bad-child-care.txt': [
    'missing-field:intervention',
    'missing-field:plan',
    'missing-field:response',
    'missing-field:signature',
    'non-billable:household-tasks',
  ],
  'ct-dmhas-csp/bad-soap-cleaning.txt': [
    'missing-field:goal',
    'ambiguous-term:met with',
    'non-billable:household-tasks',
    'subjective-language:non-compliant',
  ],
  'ma-csp/bad-ride-to-mall.txt': [
    'missing-field:goal',
    'non-billable:transportation',
    'ambiguous-term:discussed',
    'subjective-language:addict',
    'subjective-language:uncooperative',
  ],
  'mo-community-support/bad-discharge-mixed.txt': [
    'limit:discharge-planning-over-4-units',
    'mixed-billing:mixed-billing',
    'non-billable:transportation',
  ],
  'mo-community-support/bad-medication-paperwork.txt': [
    'missing-field:goal',
    'ambiguous-term:accompanied',
    'non-billable:medication',
    'non-billable:paperwork',
    'subjective-language:dirty UA',
  ],
  'mo-community-support/bad-typos-supervision.txt': [
    'missing-field:goal',
    'non-billable:staff-meeting',
    'non-billable:record-review',
    'subjective-language:non-compliant',
    'subjective-language:lazy',
  ],
  'ct-dds-parenting/bad-travel-vague.txt': [
    'missing-field:goal',
    'missing-field:intervention',
    'missing-field:location',
    'missing-field:participants',
    'missing-field:plan',
    'missing-field:response',
    'missing-field:signature',
    'non-billable:transportation',
    'ambiguous-term:helped',
    'subjective-language:lazy',
    'subjective-language:refused',
  ],
  'ma-csp/bad-errands-shopping.txt': [
    'missing-field:goal',
    'non-billable:transportation',
    'ambiguous-term:assisted',
    'subjective-language:needy',
  ],
  'mo-community-support/bad-ride-home-visit.txt': [
    'missing-field:goal',
    'non-billable:transportation',
    'subjective-language:unmotivated',
    'subjective-language:in denial',
    'ambiguous-term:encouraged',
  ],
  'ct-dds-parenting/bad-cleaning-no-signature.txt': [
    'missing-field:goal',
    'missing-field:intervention',
    'missing-field:location',
    'missing-field:participants',
    'missing-field:plan',
    'missing-field:response',
    'missing-field:signature',
    'non-billable:household-tasks',
    'subjective-language:lazy',
    'subjective-language:uncooperative',
  ],
};

const notesDir = new URL('../notes/', import.meta.url);

describe.each(PROGRAM_IDS)('%s notes', (program) => {
  const files = readdirSync(new URL(`${program}/`, notesDir));
  it.each(files)('%s', (file) => {
    const text = readFileSync(new URL(`${program}/${file}`, notesDir), 'utf8');
    const found = [
      ...new Set(analyzeNote(text, PACKS[program]).findings.map((f) => `${f.kind}:${f.code}`)),
    ];
    const expected = file.startsWith('good-') ? [] : EXPECTED[`${program}/${file}`];
    expect(expected, `no expectation written for ${program}/${file}`).toBeDefined();
    expect(found.sort()).toEqual([...(expected ?? [])].sort());
  });
});
