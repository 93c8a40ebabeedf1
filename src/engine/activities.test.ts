import { describe, expect, it } from 'vitest';
import { analyzeNote } from './analyze';
import { PACKS } from '../rules/packs';

const nonBillable = (text: string, program: keyof typeof PACKS = 'ct-dmhas-csp') =>
  analyzeNote(text, PACKS[program])
    .findings.filter((finding) => finding.kind === 'non-billable')
    .map((finding) => finding.code);

describe('activity lexicons', () => {
  it.each([
    ['Drove Marcus to his PCP appointment and back home.', 'transportation'],
    ['D: Transported Kyle from his home to IOP and back.', 'transportation'],
    ['Gave Tanya a ride to Market Basket.', 'transportation'],
    ['We did CBT thought records together on her belief that it was her fault.', 'counseling'],
    ['Writer processed her trauma from the car accident.', 'counseling'],
    ['Caught up on her chart at the kitchen table.', 'paperwork'],
    ['Writer typed the quarterly recovery plan update into the chart.', 'paperwork'],
    ['CSW counted his pills in the lockbox.', 'medication'],
    ['Observed him take his morning Suboxone film.', 'medication'],
    ['Vacuumed her living room and washed the dishes piled in the sink.', 'household-tasks'],
    [
      'CSP worker scrubbed the stove, took out 4 bags of trash, and mopped the kitchen floor.',
      'household-tasks',
    ],
    ['We shot hoops at the Y for an hour.', 'recreation'],
    ['Pt reviewed at weekly rounds with the team leader.', 'staff-meeting'],
    // everyday words for the same acts
    ['I knocked out the dishes while Lola got Moise fed.', 'household-tasks'],
    ["Folded two baskets of the kids' laundry while we talked.", 'household-tasks'],
    ['We went in my car to Assembly Row.', 'transportation'],
    ['We saw the new Marvel movie and got popcorn.', 'recreation'],
    ['We bowled two games, got sodas and nachos.', 'recreation'],
    ["It was Marcus's birthday so we went to the 12:45 showing of the new superhero movie.", 'recreation'], // prettier-ignore
  ])('flags %j as %s, in any tense and with the person named', (text, code) => {
    expect(nonBillable(text)).toContain(code);
  });

  it.each([
    'Client drove himself to the clinic.',
    'We rode the 41 bus together and she paid her own fare.',
    'She saw her psychiatrist at 2 and I waited outside.',
    'CSW did not drive client; he took the bus.',
    'CSW taught client to fill his pillbox from the bottles.',
    'The nurse gave her the methadone dose.',
    'CSW waited while the nurse collected the UA.',
    'Client washed the dishes while CSW coached her through the steps.',
    'Parenting Support Service - Session Note',
    'Cleaning products under the sink were moved to a high shelf.',
    'Provider and Maria wrote a bedtime chart together and hung it on the door.',
  ])('leaves %j alone', (text) => {
    expect(nonBillable(text, 'ct-dds-parenting')).toEqual([]);
  });

  it('flags sealing and labelling the specimen cup in Missouri', () => {
    expect(nonBillable('Sealed and labeled the UA cup and dropped it at the lab.', 'mo-community-support')).toContain('specimen-collection'); // prettier-ignore
  });

  it('flags the worker doing a chore for the parent, not the parent doing it', () => {
    expect(
      nonBillable(
        'While she fed them I did the dishes and folded the laundry.',
        'ct-dds-parenting',
      ),
    ).toEqual(['household-tasks']);
    expect(
      nonBillable('I watched Kai so Shay could go to the laundromat.', 'ct-dds-parenting'),
    ).toEqual(['household-tasks']);
  });
});
