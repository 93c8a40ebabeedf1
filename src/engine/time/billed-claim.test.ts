import { describe, expect, it } from 'vitest';
import { findBilledClaim } from './billed-claim';

const billed = (text: string) => findBilledClaim(text, 15)?.minutes ?? null;

describe('findBilledClaim', () => {
  it.each([
    ['CSW is billing 1 unit (15 minutes) of community support for this meeting.', 15],
    ['CSW was present for the whole meeting but is billing 15 minutes only (one unit), 2:00-2:15.', 15], // prettier-ignore
    ['2 units billed for the plan review.', 30],
    ['Billed for 30 min of the visit.', 30],
    ['billing only two units', 30],
    ['Time: 12:30 PM - 3:00 PM (billed 2 hrs 10 min, see below)', 130],
    ['billed 1.5 hours', 90],
  ])('reads %j as %i minutes billed', (text, minutes) => {
    expect(billed(text)).toBe(minutes);
  });

  it.each([
    ['The drive was 20 min, not billed.'],
    ['We are not billing 15 min of that.'],
    ['She has used 8 units billed this month.'],
    ['Billing 2 units per week is the plan.'],
    ['Helped her call the billing office about her bill.'],
    ['billing 1 unit for the call and billing 2 units for the visit'],
  ])('finds no single claim in %j', (text) => {
    expect(billed(text)).toBeNull();
  });
});
