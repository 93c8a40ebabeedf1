import { describe, expect, it } from 'vitest';
import { dollarsFor, explainDollars, type Rate } from './dollars';
import { unitsFor } from './units';

const CSP_INDIVIDUAL: Rate = {
  amount: 24.92,
  per: 'unit',
  label: 'CT DMHAS CSP individual rate',
  source: { document: '000_198047cccad68f0c.txt', section: 'Rate' },
};
const PARENTING_AGENCY: Rate = {
  amount: 52.02,
  per: 'hour',
  label: 'CT DDS Parenting Support agency rate',
  source: { document: '003_450d3d394fd2d703.txt', section: 'PROVIDER REQUIREMENTS AND RATES' },
};

describe('dollarsFor', () => {
  it('multiplies units by a per-unit rate (3 x $24.92 = $74.76)', () => {
    const estimate = dollarsFor(unitsFor(45, 15, 'whole-units'), CSP_INDIVIDUAL);
    expect(estimate).toEqual({
      amount: 74.76,
      rate: 24.92,
      per: 'unit',
      label: 'CT DMHAS CSP individual rate',
      source: { document: '000_198047cccad68f0c.txt', section: 'Rate' },
    });
  });

  it('bills an hourly rate by the unit length (3 x $52.02 / 4 = $39.015, rounded up to $39.02)', () => {
    expect(dollarsFor(unitsFor(38, 15, 'nearest-unit'), PARENTING_AGENCY).amount).toBe(39.02);
  });

  it.each([
    [1, 13.01],
    [2, 26.01],
    [4, 52.02],
    [8, 104.04],
  ])('%i units of 15 min at $52.02/h = $%d', (units, amount) => {
    expect(dollarsFor(unitsFor(units * 15, 15, 'whole-units'), PARENTING_AGENCY).amount).toBe(
      amount,
    );
  });

  it('keeps cents exact where floats drift (7 x $24.92 = $174.44)', () => {
    expect(dollarsFor(unitsFor(105, 15, 'whole-units'), CSP_INDIVIDUAL).amount).toBe(174.44);
  });

  it('is $0 for no units', () => {
    expect(dollarsFor(unitsFor(7, 15, 'whole-units'), CSP_INDIVIDUAL).amount).toBe(0);
  });
});

describe('explainDollars', () => {
  it('shows a per-unit sum', () => {
    const units = unitsFor(45, 15, 'whole-units');
    expect(explainDollars(units, dollarsFor(units, CSP_INDIVIDUAL))).toBe(
      '3 units × $24.92 = $74.76',
    );
  });

  it('shows the hours behind an hourly sum', () => {
    const units = unitsFor(38, 15, 'nearest-unit');
    expect(explainDollars(units, dollarsFor(units, PARENTING_AGENCY))).toBe(
      '3 units × 15 min = 0.75 h × $52.02/h = $39.02',
    );
  });
});
