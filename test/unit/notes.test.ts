// Realistic notes (test/notes/<program>/): well-written ones must get no finding at all, and
// poorly written ones exactly the findings an auditor would give.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS, PROGRAM_IDS } from '../../src/rules/packs';

const EXPECTED: Record<string, string[]> = {
  'ct-dmhas-csp/bad-errands.txt': [
    'ambiguous-term:assisted',
    'limit:under-minimum-duration',
    'missing-field:goal',
    'missing-field:signature',
    'non-billable:transportation',
    'subjective-language:manipulative',
  ],
  'ct-dmhas-csp/bad-five-minute-no-answer.txt': [
    'limit:under-minimum-duration',
    'missing-field:signature',
    'non-billable:no-show',
  ],
  'ct-dmhas-csp/bad-ride-to-dss.txt': [
    'ambiguous-term:provided support',
    'missing-field:signature',
    'non-billable:transportation',
    'subjective-language:drug-seeking',
  ],
  'ct-dmhas-csp/bad-soap-cleaning.txt': [
    'missing-field:date',
    'missing-field:goal',
    'missing-field:signature',
    'non-billable:household-tasks',
    'subjective-language:non-compliant',
  ],
  'ma-csp/bad-errands-shopping.txt': [
    'ambiguous-term:assisted',
    'missing-field:goal',
    'missing-field:signature',
    'non-billable:transportation',
    'subjective-language:needy',
  ],
  'ma-csp/bad-ride-to-mall.txt': [
    'missing-field:date',
    'missing-field:end-time',
    'missing-field:goal',
    'missing-field:signature',
    'missing-field:start-time',
    'non-billable:transportation',
    'subjective-language:addict',
    'subjective-language:uncooperative',
  ],
  'mo-community-support/bad-discharge-mixed.txt': [
    'limit:discharge-planning-over-4-units',
    'missing-field:date',
    'missing-field:signature',
    'mixed-billing:mixed-billing',
    'non-billable:transportation',
  ],
  'mo-community-support/bad-lowercase-home-visit.txt': [
    'missing-field:goal',
    'missing-field:signature',
    // A home visit that names no plan goal: the client slept and the worker talked "about things".
    'non-billable:routine-home-visit',
    'non-billable:transportation',
    'subjective-language:lazy',
  ],
  'mo-community-support/bad-medication-paperwork.txt': [
    'ambiguous-term:accompanied',
    'missing-field:date',
    'missing-field:end-time',
    'missing-field:goal',
    // "accompanied client to his doctor appointment" says where (as labelled in w36-023, w38-031).
    'missing-field:signature',
    'missing-field:start-time',
    'non-billable:medication',
    'non-billable:paperwork',
    'subjective-language:dirty UA',
  ],
  'mo-community-support/bad-ride-home-visit.txt': [
    'missing-field:goal',
    'missing-field:signature',
    'non-billable:routine-home-visit',
    'non-billable:transportation',
    'subjective-language:in denial',
    'subjective-language:unmotivated',
  ],
  'mo-community-support/bad-typos-supervision.txt': [
    'missing-field:goal',
    'missing-field:signature',
    'non-billable:record-review',
    'non-billable:staff-meeting',
    'subjective-language:lazy',
    'subjective-language:non-compliant',
  ],
  'ct-dds-parenting/bad-child-care.txt': [
    'missing-field:intervention',
    'missing-field:plan',
    'missing-field:signature',
    'non-billable:household-tasks',
  ],
  'ct-dds-parenting/bad-cleaning-no-signature.txt': [
    'missing-field:goal',
    'missing-field:intervention',
    'missing-field:participants',
    'missing-field:plan',
    'missing-field:signature',
    'non-billable:household-tasks',
    'subjective-language:lazy',
    'subjective-language:uncooperative',
  ],
  'ct-dds-parenting/bad-travel-vague.txt': [
    'ambiguous-term:helped',
    'missing-field:goal',
    'missing-field:intervention',
    'missing-field:participants',
    'missing-field:plan',
    'missing-field:signature',
    'non-billable:transportation',
    'subjective-language:lazy',
    'subjective-language:refused',
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
