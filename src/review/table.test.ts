import { describe, expect, it } from 'vitest';
import { finding, report } from '../../test/review/reports';
import { rowFor, type BatchRow } from './batch';
import type { BatchNote } from './batch-note';
import { filterRows, searchIndex, sortRows } from './table';

const vague = finding({ kind: 'ambiguous-term', code: 'assisted' });
const transport = finding({ kind: 'non-billable', code: 'transportation' });

function row(
  note: Partial<BatchNote> & { id: string },
  findings = [vague],
  minutes: number | null = 30,
) {
  return rowFor({ text: '', ...note }, report(findings, minutes));
}

const rows: BatchRow[] = [
  row({ id: 'Row 10', staff: 'Bo', client: 'C-2', date: '2024-03-02' }, [vague, transport], 60),
  row({ id: 'Row 2', staff: 'Ana', client: 'C-1', date: '2024-03-05' }, [], 45),
  row({ id: 'Row 3', client: 'C-3' }, [vague], null),
  { ...row({ id: 'Row 4', staff: 'ana' }, []), status: 'error', report: null },
];

const ids = (list: BatchRow[]) => list.map((r) => r.id);

describe('sortRows', () => {
  it('sorts ids the way people count', () => {
    expect(ids(sortRows(rows, 'id', 'ascending'))).toEqual(['Row 2', 'Row 3', 'Row 4', 'Row 10']);
  });

  it('puts notes without a value last in both directions', () => {
    expect(ids(sortRows(rows, 'staff', 'ascending'))).toEqual([
      'Row 2',
      'Row 4',
      'Row 10',
      'Row 3',
    ]);
    expect(ids(sortRows(rows, 'units', 'descending'))).toEqual([
      'Row 10',
      'Row 2',
      'Row 4',
      'Row 3',
    ]);
  });

  it('sorts by number of findings and by status, worst first', () => {
    expect(ids(sortRows(rows, 'findings', 'descending'))).toEqual([
      'Row 10',
      'Row 3',
      'Row 2',
      'Row 4',
    ]);
    expect(ids(sortRows(rows, 'status', 'ascending'))).toEqual([
      'Row 4',
      'Row 10',
      'Row 3',
      'Row 2',
    ]);
  });

  it('sorts by the count of one finding kind', () => {
    expect(ids(sortRows(rows, 'non-billable', 'descending'))).toEqual([
      'Row 10',
      'Row 2',
      'Row 3',
      'Row 4',
    ]);
  });

  it('does not reorder the array it was given', () => {
    sortRows(rows, 'id', 'descending');
    expect(ids(rows)).toEqual(['Row 10', 'Row 2', 'Row 3', 'Row 4']);
  });
});

describe('filterRows', () => {
  it('keeps notes by status, staff and finding kind', () => {
    expect(ids(filterRows(rows, { status: 'needs-work' }))).toEqual(['Row 10', 'Row 3']);
    expect(ids(filterRows(rows, { staff: 'Ana' }))).toEqual(['Row 2']);
    expect(ids(filterRows(rows, { kind: 'non-billable' }))).toEqual(['Row 10']);
  });

  it('keeps notes checked against a program, whatever program the export named', () => {
    const missouri = {
      ...row({ id: 'Row 5', program: 'Missouri CSS' }),
      report: { ...report([vague]), program: 'mo-community-support' },
    };
    const unanalysed = { ...row({ id: 'Row 6', program: 'mo-community-support' }), report: null };
    const all = [...rows, missouri, unanalysed];
    expect(ids(filterRows(all, { program: 'mo-community-support' }))).toEqual(['Row 5', 'Row 6']);
    expect(ids(filterRows(all, { program: 'ct-dmhas-csp' }))).toEqual(['Row 10', 'Row 2', 'Row 3']);
  });

  it('keeps only the given ids', () => {
    expect(ids(filterRows(rows, { ids: new Set(['Row 3', 'Row 2']) }))).toEqual(['Row 2', 'Row 3']);
  });

  it('matches every word of a query against the labels, ignoring case', () => {
    expect(ids(filterRows(rows, { query: 'ana' }))).toEqual(['Row 2', 'Row 4']);
    expect(ids(filterRows(rows, { query: 'c-1 2024-03' }))).toEqual(['Row 2']);
    expect(ids(filterRows(rows, { query: '  ' }))).toEqual(ids(rows));
  });

  it("searches the notes' own text, and the program by its name, when given the index", () => {
    const texts = new Map([
      ['Row 10', 'CSW drove client to the Walgreens on Main St.'],
      ['Row 2', 'Client called the pharmacy himself.'],
    ]);
    const index = searchIndex(rows, (id) => texts.get(id));
    expect(ids(filterRows(rows, { query: 'WALGREENS main' }, index))).toEqual(['Row 10']);
    expect(ids(filterRows(rows, { query: 'pharmacy ana' }, index))).toEqual(['Row 2']);
    expect(ids(filterRows(rows, { query: 'dmhas' }, index))).toEqual(['Row 10', 'Row 2', 'Row 3']);
    // Words across a line break of the index do not run together.
    expect(ids(filterRows(rows, { query: 'c-2csw' }, index))).toEqual([]);
  });
});
