import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { finding, report } from '../../test/review/reports';
import { rowFor } from './batch';
import { csvCell, FINDING_COLUMNS, findingsCsv, notesCsv } from './export-csv';

const TEXT = 'CSW drove client, "as usual", to the\nclinic. Client seemed fine.';
const drove = finding({
  kind: 'non-billable',
  code: 'transportation',
  start: 0,
  end: TEXT.indexOf(' to the'),
  rule: 'mo-transport-to-appointment',
  severity: 'error',
  message: 'Transporting a client is not a unit.',
  suggestions: [{ label: 'Document what you did during the trip.' }, { label: 'Second.' }],
  source: { document: '002_272baf8fda9674c5.txt', section: '(B)7' },
});
const noPlan = finding({ kind: 'missing-field', code: 'plan' });

function parse(csv: string): string[][] {
  return Papa.parse<string[]>(csv.slice(1), { newline: '\r\n', skipEmptyLines: true }).data;
}

describe('csvCell', () => {
  it('quotes only cells with quotes, commas or line breaks, doubling quotes', () => {
    expect(csvCell('plain')).toBe('plain');
    expect(csvCell('a, b')).toBe('"a, b"');
    expect(csvCell('say "hi"')).toBe('"say ""hi"""');
    expect(csvCell('two\nlines')).toBe('"two\nlines"');
  });

  it.each(['=1+1', '+SUM(A1)', '-2+3', '@cmd', '\tx'])('defuses a formula in %j', (value) => {
    expect(csvCell(value).replace(/^"/, '').startsWith("'")).toBe(true);
  });

  it('defuses and quotes a formula with a comma', () => {
    expect(csvCell('=HYPERLINK("http://x","y")')).toBe(`"'=HYPERLINK(""http://x"",""y"")"`);
  });
});

describe('findingsCsv', () => {
  const csv = findingsCsv([
    {
      note: { id: 'N-1', text: TEXT, staff: 'Ana', client: '=cmd|calc', date: '2024-03-05' },
      report: report([drove, noPlan]),
    },
    { note: { id: 'N-2', text: 'Clean.' }, report: report([]) },
    { note: { id: 'N-3', text: 'Engine failed.' }, report: null },
  ]);

  it('starts with a byte-order mark and ends rows with CRLF', () => {
    expect(csv.startsWith('\uFEFFNote ID,Staff,')).toBe(true);
    expect(csv.endsWith('\r\n')).toBe(true);
  });

  it('writes one row per finding that a CSV reader gets back intact', () => {
    expect(parse(csv)).toEqual([
      FINDING_COLUMNS,
      [
        'N-1',
        'Ana',
        "'=cmd|calc",
        '2024-03-05',
        'CT DMHAS CSP',
        'Not billable',
        'transportation',
        'Must fix',
        'CSW drove client, "as usual",',
        'Transporting a client is not a unit.',
        'Document what you did during the trip.',
        'Missouri 9 CSR 30-3.110 guidelines, (B)7',
        'mo-transport-to-appointment',
      ],
      [
        'N-1',
        'Ana',
        "'=cmd|calc",
        '2024-03-05',
        'CT DMHAS CSP',
        'Missing',
        'next steps',
        'Should fix',
        '',
        'About plan.',
        '',
        'CT DMHAS CSP guide, (B)',
        'rule-plan',
      ],
    ]);
  });

  it('shortens a long excerpt and joins its lines', () => {
    const long = 'word '.repeat(100);
    const out = parse(
      findingsCsv([
        {
          note: { id: 'x', text: long },
          report: report([finding({ kind: 'ambiguous-term', code: 'w', start: 0, end: 500 })]),
        },
      ]),
    );
    expect(out[1]?.[8]).toHaveLength(200);
    expect(out[1]?.[8]?.endsWith('…')).toBe(true);
  });

  it('names codes in words, as the page does', () => {
    const out = parse(
      findingsCsv([
        {
          note: { id: 'x', text: 'Vacuumed.' },
          report: report([
            finding({ kind: 'non-billable', code: 'household-tasks', severity: 'error' }),
            finding({ kind: 'missing-field', code: 'end-time', severity: 'info' }),
          ]),
        },
      ]),
    );
    expect(out.slice(1).map((cells) => cells.slice(5, 8))).toEqual([
      ['Not billable', 'household tasks', 'Must fix'],
      ['Missing', 'end time', 'Tip'],
    ]);
  });
});

describe('notesCsv', () => {
  it("writes one row per note with program, status, units and counts per kind, in the page's words", () => {
    const rows = [
      rowFor({ id: 'N-1', text: '', staff: 'Ana' }, report([drove, noPlan], 60)),
      rowFor({ id: 'N-2', text: '' }, report([], null)),
    ];
    const out = parse(notesCsv(rows));
    expect(out[0]?.slice(9)).toEqual([
      'Blanks to fill',
      'Not billable',
      'Missing',
      'Mixed billing',
      'Limits',
      'Vague wording',
      'Judgmental wording',
    ]);
    // Checked with the batch's default program: the note named none, its report does.
    expect(out[1]).toEqual([
      'N-1',
      'Ana',
      '',
      '',
      'CT DMHAS CSP',
      'Needs work',
      '60',
      '4',
      '4',
      '0',
      '1',
      '1',
      '0',
      '0',
      '0',
      '0',
    ]);
    expect(out[2]).toEqual([
      'N-2',
      '',
      '',
      '',
      'CT DMHAS CSP',
      'Pass',
      '',
      '',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
      '0',
    ]);
  });
});
