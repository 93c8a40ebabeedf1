// Pairs written for NoteCoach: every program and every finding kind, in the wording CSWs
// and parenting providers really use. The good note is the bad one put right, so the
// difference between the two is the lesson.
import type { ExamplePair } from './example-pair';

type OwnPair = Omit<ExamplePair, 'origin' | 'good'> & { good: string };

const own = (pair: OwnPair): ExamplePair => ({ ...pair, good: [pair.good], origin: 'notecoach' });

const CT_HEADER =
  'Date: 03/04/2026\nTime: 1:00 PM - 1:45 PM\nLocation: participant’s apartment, Hartford\nRecovery Plan goal 2: participant will keep his apartment by paying rent on time.\n\n';

const MA_HEADER =
  'Date: 06/10/2026\nTime: 10:00 AM - 10:45 AM\nLocation: member’s home, Dorchester\nService plan goal 1: member will attend her weekly outpatient therapy appointments.\n\n';

const MO_BASE =
  'Date: 04/14/2026\nLocation: program office, Joplin\nTreatment plan goal 1: client will stay sober after discharge by building a sober support network.\n';
const MO_GOAL = `Time: 2:00 PM - 2:45 PM\n${MO_BASE}`;
/** How a worker signs a note outside parenting. */
const SIGNED = '\nJ. Rivera, CSW';

const DDS_NOTE = (middle: string, signatures: string) =>
  `Date of service: 05/19/2026\nStart time: 9:00 AM\nEnd time: 10:30 AM\nLocation: family home, 22 Oak Lane, New Britain\nIn attendance: Maria S. (parent), Leo S. (son, age 2), Anne Kim (parenting support provider)\nGoal from the Family Support Plan: Maria will follow a safe bedtime routine with Leo five nights a week.\n${middle}\nFollow-up: Maria will use the routine chart each night; provider will review it with her on 05/26/2026.\n${signatures}`;

const DDS_SIGNATURES =
  'Provider signature: Anne Kim, 05/19/2026\nParent signature: Maria S., 05/19/2026';

export const OWN_PAIRS: readonly ExamplePair[] = [
  own({
    id: 'ct-assisted',
    program: 'ct-dmhas-csp',
    title: 'Say what you did, not that you “assisted”',
    expect: { kind: 'ambiguous-term', code: 'assisted' },
    bad: `${CT_HEADER}CSW assisted participant with his rent. Participant was receptive. CSW will follow up next week.${SIGNED}`,
    good: `${CT_HEADER}CSW taught participant to fill out the rent assistance application by reading each question aloud and having him write the answers. Participant completed 6 of 8 sections on his own. CSW will meet him on 03/11/2026 to finish the last two sections and mail it.${SIGNED}`,
    // A Connecticut card cites no Missouri guideline: the shared rule is general practice.
    source: { document: 'notecoach', section: 'General documentation practice' },
  }),
  own({
    id: 'ct-transport',
    program: 'ct-dmhas-csp',
    title: 'A ride alone is not a service',
    expect: { kind: 'non-billable', code: 'transportation' },
    bad: `${CT_HEADER}CSW drove participant to the housing authority and back home.${SIGNED}`,
    good: `${CT_HEADER}Participant took the bus to the housing authority; CSW met him there. CSW coached him to ask the clerk about a payment plan for his back rent, and he asked the questions himself. Participant signed up for a payment plan of $50 a month. CSW will call him on 03/11/2026 to check the first payment was made.${SIGNED}`,
    source: { document: '000_198047cccad68f0c.txt', section: 'Limitations (6)(B)' },
  }),
  own({
    id: 'ct-group-of-six',
    program: 'ct-dmhas-csp',
    title: 'A CSP group has at most 4 people',
    expect: { kind: 'limit', code: 'group-over-4-people' },
    bad: `${CT_HEADER}Group of 6 participants: CSW taught the group to compare prices and build a weekly grocery list within a $40 budget. Each participant wrote a list. CSW will review the lists at next week's group.${SIGNED}`,
    good: `${CT_HEADER}Group of 3 participants: CSW taught the group to compare prices and build a weekly grocery list within a $40 budget. Each participant wrote a list. CSW will review the lists at next week's group.${SIGNED}`,
    source: { document: '000_198047cccad68f0c.txt', section: 'Covered services (11)' },
  }),
  own({
    id: 'ma-transport',
    program: 'ma-csp',
    title: 'Rides are temporary help to essential appointments only',
    expect: { kind: 'non-billable', code: 'transportation' },
    bad: `${MA_HEADER}CSW drove member to the mall and to the grocery store. Member bought groceries.${SIGNED}`,
    good: `${MA_HEADER}CSW drove member to her psychiatrist appointment as temporary help while her PT-1 application is processed. CSW showed member how to call the PT-1 broker to check on her application, and she made the call herself. CSW will call member on 06/17/2026 to confirm her PT-1 rides are set up.${SIGNED}`,
    source: {
      document: '001_13220241f8e90511.txt',
      section: 'Such services may include: temporary assistance with transportation',
    },
  }),
  own({
    id: 'ma-non-compliant',
    program: 'ma-csp',
    title: 'Describe what happened, not a judgment of the member',
    expect: { kind: 'subjective-language', code: 'non-compliant' },
    bad: `${MA_HEADER}Member is non-compliant with therapy. CSW reviewed her appointment card with her and she agreed to go next week.${SIGNED}`,
    good: `${MA_HEADER}Member missed her last two therapy appointments; she said she forgot the times. CSW reviewed her appointment card with her and she set two phone reminders for next week's appointment.${SIGNED}`,
    source: { document: 'notecoach', section: 'General documentation practice' },
  }),
  own({
    id: 'mo-mixed',
    program: 'mo-community-support',
    title: 'Keep non-billable work out of a billed note',
    expect: { kind: 'mixed-billing', code: 'mixed-billing' },
    bad: `${MO_GOAL}CSW reviewed the client's chart before the visit. CSW taught client to find AA meetings near his job using the meeting list app, and client picked two meetings to attend this week.${SIGNED}`,
    good: `${MO_GOAL}CSW taught client to find AA meetings near his job using the meeting list app, and client picked two meetings to attend this week.${SIGNED}`,
    source: { document: '002_272baf8fda9674c5.txt', section: 'Tips for things NOT TO DO' },
  }),
  own({
    id: 'mo-discharge-planning',
    program: 'mo-community-support',
    title: 'An Initial Discharge Planning Session bills at most 4 units',
    expect: { kind: 'limit', code: 'discharge-planning-over-4-units' },
    bad: `Initial Discharge Planning Session\nStart: 9:00 am End: 10:30 am\n${MO_BASE}CSW and client identified three sober supports and the AA home group client will attend after discharge.${SIGNED}`,
    good: `Initial Discharge Planning Session\nStart: 9:00 am End: 9:45 am\n${MO_BASE}CSW and client identified three sober supports and the AA home group client will attend after discharge.${SIGNED}`,
    source: { document: '002_272baf8fda9674c5.txt', section: '(A)1' },
  }),
  own({
    id: 'mo-dirty-ua',
    program: 'mo-community-support',
    title: 'Report the result, not “dirty”',
    expect: { kind: 'subjective-language', code: 'dirty UA' },
    bad: `${MO_GOAL}Client had a dirty UA on Monday. CSW linked client to the Tuesday evening relapse prevention group and client agreed to attend.${SIGNED}`,
    good: `${MO_GOAL}Client's urine screen on Monday was positive for cocaine. CSW linked client to the Tuesday evening relapse prevention group and client agreed to attend.${SIGNED}`,
    source: { document: 'notecoach', section: 'General documentation practice' },
  }),
  own({
    id: 'dds-signatures',
    program: 'ct-dds-parenting',
    title: 'Every session note needs both signatures',
    expect: { kind: 'missing-field', code: 'signature' },
    bad: DDS_NOTE(
      'Teaching strategies and methods: provider modeled the bath, story and lights-out steps with the picture routine chart, then Maria led each step with verbal prompts.\nOutcome and progress: Maria completed 4 of 5 steps without prompts and Leo was in bed by 8:00 PM.',
      'Provider: Anne Kim',
    ),
    good: DDS_NOTE(
      'Teaching strategies and methods: provider modeled the bath, story and lights-out steps with the picture routine chart, then Maria led each step with verbal prompts.\nOutcome and progress: Maria completed 4 of 5 steps without prompts and Leo was in bed by 8:00 PM.',
      DDS_SIGNATURES,
    ),
    source: { document: '003_450d3d394fd2d703.txt', section: 'SERVICE DOCUMENTATION' },
  }),
  own({
    id: 'dds-paperwork',
    program: 'ct-dds-parenting',
    title: 'Scheduling and notes are built into the rate',
    expect: { kind: 'non-billable', code: 'paperwork' },
    bad: DDS_NOTE(
      'Teaching strategies and methods: provider modeled the bath, story and lights-out steps with the picture routine chart, then Maria led each step with verbal prompts. Provider completed the session note and scheduled next week’s sessions.\nOutcome and progress: Maria completed 4 of 5 steps without prompts and Leo was in bed by 8:00 PM.',
      DDS_SIGNATURES,
    ),
    good: DDS_NOTE(
      'Teaching strategies and methods: provider modeled the bath, story and lights-out steps with the picture routine chart, then Maria led each step with verbal prompts.\nOutcome and progress: Maria completed 4 of 5 steps without prompts and Leo was in bed by 8:00 PM.',
      DDS_SIGNATURES,
    ),
    source: { document: '003_450d3d394fd2d703.txt', section: 'SERVICE DOCUMENTATION' },
  }),
  own({
    id: 'ct-blank-left',
    program: 'ct-dmhas-csp',
    title: 'Fill in every blank a suggestion left',
    expect: { kind: 'placeholder', code: 'placeholder' },
    bad: `${CT_HEADER}CSW taught participant to [skill] for his rent by modeling each step. Participant completed the form on his own.${SIGNED}`,
    good: `${CT_HEADER}CSW taught participant to read his lease renewal letter for his rent by modeling each step. Participant completed the form on his own.${SIGNED}`,
    source: { document: 'notecoach', section: 'Suggestions with blanks' },
  }),
];
