// The seven "Not Appropriate / Appropriate" pairs of the Missouri guidelines
// (002_272baf8fda9674c5.txt): the bad note is flagged for what makes it bad, and the good note
// gets no finding at all.
import { describe, expect, it } from 'vitest';
import { analyzeNote } from '../../src/engine';
import { PACKS } from '../../src/rules/packs';

const pack = PACKS['mo-community-support'];

const PAIRS: { problem: string; bad: string; good: string[] }[] = [
  {
    problem: 'non-billable:household-tasks',
    bad: "CSW went to department store discount basement in an attempt to find a dress for the client to wear to the prom.  CSW had to look through racks of women's clothing in order to find the formal dresses.  The dresses were separated by sizes but the winter and spring styles were mixed together.",
    good: [
      'Client approached CSW about need for Prom Dress. CSW referred client to Mom/Guardian.\n(Documented but not Billed)',
    ],
  },
  {
    problem: 'non-billable:recreation',
    bad: 'Client and CSW discussed the NBA as a career while playing basketball.',
    good: [
      'Client needs healthy alcohol and drug free activities. CSW contacted local community recreation center to obtain information about local community recreational basketball leagues. Provided information to client.',
    ],
  },
  {
    problem: 'non-billable:counseling',
    bad: 'CSW helped client catch up with math homework.',
    good: [
      "Client wants to return to public high school following discharge from residential treatment. CSW contacted client's previous school regarding client's discharge school plans.",
    ],
  },
  {
    problem: 'non-billable:recreation',
    bad: 'Coffee, Talk, Walk.',
    good: [
      'Client and CSW created a list of low cost alcohol and drug free social activities with-in the community.',
    ],
  },
  {
    problem: 'missing-field:goal',
    bad: 'CSW and client developed a budget.',
    good: [
      'Client is extremely concerned about pending bankruptcy due to the consequences of her addiction. CSW researched and provided client with the telephone number for the local consumer credit counseling agency.  Assisted the client in scheduling an appointment to meet with the agency and discuss her financial needs.',
    ],
  },
  {
    problem: 'non-billable:medication',
    bad: 'CSW and client discussed the side effects of his psychotropic medications, and developed a medication management plan.',
    good: [
      'Client approached CSW about side effects of medication CSW referred to nurse. (Documented but not Billed)',
    ],
  },
  {
    problem: 'missing-field:goal',
    bad: 'Update Referral Sources',
    good: [
      'CSW Prepared and mailed update letters to Juvenile Officer as requested. See attached copy of letter in chart.',
      'CSW phone call to Juvenile Officer. Discussed planned discharge date and current recommendations for aftercare which include weekly NA meetings and a sponsor.',
    ],
  },
];

const problems = (text: string) =>
  analyzeNote(text, pack).findings.map((finding) => `${finding.kind}:${finding.code}`);

describe('Missouri not appropriate / appropriate pairs', () => {
  PAIRS.forEach(({ problem, bad, good }, i) => {
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
    );
    expect(report.findings).toEqual([]);
  });
});
