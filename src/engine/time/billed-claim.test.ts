import { describe, expect, it } from 'vitest';
import { findBilledClaim } from './billed-claim';
import { PACKS } from '../../rules/packs';
import { analyzeNote } from '../analyze';

const billed = (text: string) => findBilledClaim(text, 15)?.minutes ?? null;

describe('findBilledClaim', () => {
  it.each([
    ['CSW is billing 1 unit (15 minutes) of community support for this meeting.', 15],
    ['CSW was present for the whole meeting but is billing 15 minutes only (one unit), 2:00-2:15.', 15], // prettier-ignore
    [
      'Meeting 2:00-2:45 PM | Billed: 15 min (1 unit) per plan review policy; rest of meeting not billed',
      15,
    ],
    ['Meeting ran 10:00-10:40; CSW bills 1 unit (15 min) for this meeting, rest not billed.', 15],
    ['2 units billed for the plan review.', 30],
    ['Billed for 30 min of the visit.', 30],
    ['billing only two units', 30],
    ['Time: 12:30 PM - 3:00 PM (billed 2 hrs 10 min, see below)', 130],
    ['billed 1.5 hours', 90],
    ['drove 30 min to their place, session 10-11, then 15 min writing this up. billing 1:45.', 105],
    ['Units Billed: 1 (15 min) - plan review billed at 1 unit per client per meeting', 15],
    ['Billed time: 65 min', 65],
    ['Billable: 65 min (90 min minus the 25 min she was in with the doctor).', 65],
  ])('reads %j as %i minutes billed', (text, minutes) => {
    expect(billed(text)).toBe(minutes);
  });

  it.each([
    ['The drive was 20 min, not billed.'],
    ['We are not billing 15 min of that.'],
    ['She has used 8 units billed this month.'],
    ['Billing 2 units per week is the plan.'],
    ['Drove to her place (non-billable: 30 min).'],
    ['Helped her call the billing office about her bill.'],
    ['billing 1 unit for the call and billing 2 units for the visit'],
    ['Called the billing office at 1:45 pm; billed 2:30 pm.'],
    ['Billed 1:30-3:10. Left the office at 1:30.'],
  ])('finds no single claim in %j', (text) => {
    expect(billed(text)).toBeNull();
  });
});

describe('the units of a note that says what it bills', () => {
  it('bills what the note says when that is more than the session it times, and says so', () => {
    const note =
      '12/2 - drove 30 min to their place, session 10-11, then 15 min writing this up. billing 1:45.';
    const report = analyzeNote(note, PACKS['ct-dds-parenting']);
    expect(report.units?.units).toBe(7);
    expect(report.units?.explanation).toContain('the note bills 105 min, more than the 60 min');
  });

  it('a note that says what it bills leaves out a part it did not bill, not the whole visit', () => {
    const report = analyzeNote(
      'Billed time: 2:30-3:00 pm (prep) and 4:05-4:20 pm (debrief) = 45 min. The PPT itself (3:00-4:05) was run by the school; I sat with Jessica and did not bill it.\nStrategies: role-play of her three questions.',
      PACKS['ct-dds-parenting'],
    );
    expect(report.units?.units).toBe(3);
  });

  it('does not count units claimed beyond the time the note gives', () => {
    const report = analyzeNote(
      'Start 11:20   End 11:58   Units billed: 3\nCSW went over the budget sheet with her.',
      PACKS['mo-community-support'],
    );
    expect(report.units?.units).toBe(2);
  });
});
