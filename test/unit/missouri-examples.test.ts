// The seven "Not Appropriate / Appropriate" pairs of the Missouri guidelines
// (002_272baf8fda9674c5.txt): the bad note is flagged for what makes it bad, and the good note
// gets no finding at all. The pairs are the trainer's data (src/trainer/pairs).
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS } from '../../src/rules/packs';
import { GUIDE_FORM, MISSOURI_PAIRS } from '../../src/trainer/pairs/missouri-pairs';

const pack = PACKS['mo-community-support'];

// The guide's examples are note bodies: the EHR form holds the date, time, place and signature.
const problems = (text: string) =>
  analyzeNote(text, pack, GUIDE_FORM).findings.map((finding) => `${finding.kind}:${finding.code}`);

describe('Missouri not appropriate / appropriate pairs', () => {
  MISSOURI_PAIRS.forEach(({ expect: { kind, code }, bad, good }, i) => {
    const problem = `${kind}:${code}`;
    it(`pair ${i + 1}: flags ${problem} in the not-appropriate note`, () => {
      expect(problems(bad)).toContain(problem);
    });
    it.each(good)(`pair ${i + 1}: the appropriate note gets no finding at all: %j`, (text) => {
      expect(problems(text)).toEqual([]);
    });
  });

  it('good notes marked "(Documented but not Billed)" may mention non-billed work', () => {
    const report = analyzeNote(
      'Client approached CSW about side effects of medication CSW referred to nurse. (Documented but not Billed)',
      pack,
      GUIDE_FORM,
    );
    expect(report.findings).toEqual([]);
  });
});
