// The seven "Not Appropriate / Appropriate CSW documentation" pairs of the Missouri
// guidelines (002_272baf8fda9674c5.txt), word for word apart from straightened quotes.
import type { NoteContext } from '../../engine/types';
import type { ExamplePair } from './example-pair';

const source = {
  document: '002_272baf8fda9674c5.txt',
  section: 'Not Appropriate / Appropriate CSW documentation',
};

/** The guide's examples are note bodies; the EHR form holds the rest of the note. */
export const GUIDE_FORM: NoteContext = {
  fields: { date: true, 'start-time': true, 'end-time': true, location: true, signature: true },
};

const pair = (
  id: string,
  title: string,
  expect: ExamplePair['expect'],
  bad: string,
  good: string[],
): ExamplePair => ({
  id: `mo-guide-${id}`,
  program: 'mo-community-support',
  title,
  expect,
  bad,
  good,
  source,
  origin: 'guide',
  context: GUIDE_FORM,
});

export const MISSOURI_PAIRS: readonly ExamplePair[] = [
  pair(
    'prom-dress',
    'Shopping for the client is an errand, not community support',
    { kind: 'non-billable', code: 'household-tasks' },
    "CSW went to department store discount basement in an attempt to find a dress for the client to wear to the prom.  CSW had to look through racks of women's clothing in order to find the formal dresses.  The dresses were separated by sizes but the winter and spring styles were mixed together.",
    [
      'Client approached CSW about need for Prom Dress. CSW referred client to Mom/Guardian.\n(Documented but not Billed)',
    ],
  ),
  pair(
    'basketball',
    'Playing basketball is recreation; linking to a drug-free league is support',
    { kind: 'non-billable', code: 'recreation' },
    'Client and CSW discussed the NBA as a career while playing basketball.',
    [
      'Client needs healthy alcohol and drug free activities. CSW contacted local community recreation center to obtain information about local community recreational basketball leagues. Provided information to client.',
    ],
  ),
  pair(
    'homework',
    'Tutoring is education; contacting the school about discharge plans is support',
    { kind: 'non-billable', code: 'counseling' },
    'CSW helped client catch up with math homework.',
    [
      "Client wants to return to public high school following discharge from residential treatment. CSW contacted client's previous school regarding client's discharge school plans.",
    ],
  ),
  pair(
    'coffee-talk-walk',
    'A social outing is not a service; planning sober activities is',
    { kind: 'non-billable', code: 'recreation' },
    'Coffee, Talk, Walk.',
    [
      'Client and CSW created a list of low cost alcohol and drug free social activities with-in the community.',
    ],
  ),
  pair(
    'budget',
    'Say why: tie the task to the client’s recovery need',
    { kind: 'missing-field', code: 'goal' },
    'CSW and client developed a budget.',
    [
      'Client is extremely concerned about pending bankruptcy due to the consequences of her addiction. CSW researched and provided client with the telephone number for the local consumer credit counseling agency.  Assisted the client in scheduling an appointment to meet with the agency and discuss her financial needs.',
    ],
  ),
  pair(
    'medication',
    'Medication questions go to the nurse, documented but not billed',
    { kind: 'non-billable', code: 'medication' },
    'CSW and client discussed the side effects of his psychotropic medications, and developed a medication management plan.',
    [
      'Client approached CSW about side effects of medication CSW referred to nurse. (Documented but not Billed)',
    ],
  ),
  pair(
    'referral-sources',
    'A heading is not a note: write what was done and why',
    { kind: 'missing-field', code: 'goal' },
    'Update Referral Sources',
    [
      'CSW Prepared and mailed update letters to Juvenile Officer as requested. See attached copy of letter in chart.',
      'CSW phone call to Juvenile Officer. Discussed planned discharge date and current recommendations for aftercare which include weekly NA meetings and a sponsor.',
    ],
  ),
];
