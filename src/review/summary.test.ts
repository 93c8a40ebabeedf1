import { describe, expect, it } from 'vitest';
import { finding, report } from '../../test/review/reports';
import { rowFor } from './batch';
import { NO_STAFF, summarizeBatch } from './summary';

const transport = finding({ kind: 'non-billable', code: 'transportation' });
const vague = finding({ kind: 'ambiguous-term', code: 'assisted' });
const noPlan = finding({ kind: 'missing-field', code: 'plan' });

const rows = [
  rowFor({ id: '1', text: '', staff: 'Ana' }, report([transport, vague, vague], 60)),
  rowFor({ id: '2', text: '', staff: 'Ana' }, report([], 30)),
  rowFor({ id: '3', text: '', staff: 'Bo' }, report([vague, noPlan], 45)),
  rowFor({ id: '4', text: '' }, report([vague], 15)),
];

describe('summarizeBatch', () => {
  it('counts notes needing work and units in total and at risk', () => {
    expect(summarizeBatch(rows)).toMatchObject({
      notes: 4,
      needsWork: 3,
      passed: 1,
      failed: 0,
      units: 10,
      unitsAtRisk: 7,
    });
  });

  it('ranks findings by how often their rule fires, with the notes they are in', () => {
    const { topFindings } = summarizeBatch(rows, 2);
    expect(topFindings).toEqual([
      {
        rule: 'rule-assisted',
        kind: 'ambiguous-term',
        code: 'assisted',
        message: 'About assisted.',
        count: 4,
        notes: 3,
      },
      expect.objectContaining({ rule: 'rule-plan', count: 1, notes: 1 }),
    ]);
  });

  it('lists units at risk per staff member, most at risk first', () => {
    expect(summarizeBatch(rows).byStaff).toEqual([
      { staff: 'Ana', notes: 2, needsWork: 1, units: 6, unitsAtRisk: 4 },
      { staff: 'Bo', notes: 1, needsWork: 1, units: 3, unitsAtRisk: 3 },
      { staff: NO_STAFF, notes: 1, needsWork: 1, units: 1, unitsAtRisk: 0 },
    ]);
  });

  it('summarizes an empty batch', () => {
    expect(summarizeBatch([])).toMatchObject({ notes: 0, units: 0, topFindings: [], byStaff: [] });
  });
});
