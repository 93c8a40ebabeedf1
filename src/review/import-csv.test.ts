import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  detectDelimiter,
  notesFromTable,
  parseCsvFile,
  parseCsvText,
  suggestMapping,
  validateMapping,
  type CsvTable,
} from './import-csv';

const encode = (text: string) => new TextEncoder().encode(text);

function table(text: string): CsvTable {
  const result = parseCsvText(text);
  if (!result.ok) throw new Error(result.error.message);
  return result.table;
}

function notes(text: string) {
  const t = table(text);
  const mapping = validateMapping(suggestMapping(t.headers), t.headers);
  if (!mapping.ok) throw new Error(mapping.error.message);
  return notesFromTable(t, mapping.mapping);
}

describe('parseCsvText', () => {
  it('reads a header and rows', () => {
    const t = table(
      'Date,Staff,Note\n2024-03-05,Ana,Met client.\n2024-03-06,Bo,Called landlord.\n',
    );
    expect(t.headers).toEqual(['Date', 'Staff', 'Note']);
    expect(t.rows).toEqual([
      { row: 2, cells: ['2024-03-05', 'Ana', 'Met client.'] },
      { row: 3, cells: ['2024-03-06', 'Bo', 'Called landlord.'] },
    ]);
    expect(t.skipped).toEqual([]);
  });

  it('drops a byte-order mark and reads CRLF and bare CR line endings', () => {
    for (const newline of ['\r\n', '\r']) {
      const t = table(`\uFEFFStaff,Note${newline}Ana,Met client.${newline}Bo,Called.${newline}`);
      expect(t.headers).toEqual(['Staff', 'Note']);
      expect(t.rows.map((r) => r.cells[1])).toEqual(['Met client.', 'Called.']);
    }
  });

  it('keeps quoted multiline notes with commas and doubled quotes whole', () => {
    const csv =
      'Staff,Note\r\nAna,"Met client, at home.\r\nShe said ""I\'m fine"".\r\n\r\nPlan: call Monday."\r\nBo,Short.\r\n';
    const t = table(csv);
    expect(t.rows[0]?.cells[1]).toBe(
      'Met client, at home.\nShe said "I\'m fine".\n\nPlan: call Monday.',
    );
    expect(t.rows[1]).toEqual({ row: 3, cells: ['Bo', 'Short.'] });
  });

  it('keeps quotes inside an unquoted cell as written', () => {
    expect(table('Staff,Note\nAna,He said "hi" to me\n').rows[0]?.cells[1]).toBe(
      'He said "hi" to me',
    );
  });

  it('detects semicolon- and tab-delimited exports', () => {
    const semicolon = table('Staff;Note\nAna;"Met client, reviewed budget."\n');
    expect(semicolon.delimiter).toBe(';');
    expect(semicolon.rows[0]?.cells).toEqual(['Ana', 'Met client, reviewed budget.']);
    const tab = table('Staff\tNote\nAna\tMet client; reviewed budget, rent.\n');
    expect(tab.delimiter).toBe('\t');
    expect(tab.rows[0]?.cells).toEqual(['Ana', 'Met client; reviewed budget, rent.']);
  });

  it('skips ragged rows with their row numbers and keeps the good ones', () => {
    const t = table(
      'Staff,Client,Note\nAna,C1,Good one.\nBo,Too few\nCy,C3,Good two.\nDi,C4,x,y\n',
    );
    expect(t.rows.map((r) => r.row)).toEqual([2, 4]);
    expect(t.skipped).toEqual([
      { row: 3, message: 'Row 3 has 2 cells; the header has 3.' },
      { row: 5, message: 'Row 5 has 4 cells; the header has 3.' },
    ]);
  });

  it('counts rows the way a spreadsheet does when notes span lines', () => {
    const t = table('Staff,Note\nAna,"line one\nline two"\nBo\n');
    expect(t.skipped).toEqual([{ row: 3, message: 'Row 3 has 1 cell; the header has 2.' }]);
  });

  it('tolerates a trailing delimiter and blank lines', () => {
    const t = table('Staff,Note\nAna,Met client.,\n\nBo,Called.\n');
    expect(t.rows.map((r) => r.cells)).toEqual([
      ['Ana', 'Met client.'],
      ['Bo', 'Called.'],
    ]);
  });

  it('reports a quote that is never closed', () => {
    const t = table('Staff,Note\nAna,Fine.\nBo,"never closed\nCy,lost\n');
    expect(t.rows).toHaveLength(1);
    expect(t.skipped[0]?.message).toMatch(/^Row 3 opens a quote that is never closed/);
  });

  it('asks when the first row may be a note, even when a cell equals a column name', () => {
    expect(parseCsvText('2024-03-05,Ana,Met client at home. Reviewed budget.\n')).toEqual({
      ok: false,
      error: {
        code: 'first-row-may-be-data',
        message: 'The first row may be a note rather than column names: cell 1 holds a date.',
      },
    });
    // "Note" is a known column name, but the row beside it is a note's id, date and text.
    const headerless =
      '17,Note,03/05/2026,Rosa Diaz,Met Rosa at home. Reviewed her budget.\n18,Note,03/06/2026,Ana Ruiz,Called Ana.\n';
    expect(parseCsvText(headerless)).toMatchObject({
      ok: false,
      error: {
        code: 'first-row-may-be-data',
        message: expect.stringMatching(/cell 1 holds a number/),
      },
    });
  });

  it('reads the first row as the user answered: column names, or the first note', () => {
    const text = 'Visit 3/5,Note\nVisit 3/6,Met client.\n';
    expect(parseCsvText(text, 'names')).toMatchObject({
      ok: true,
      table: {
        headers: ['Visit 3/5', 'Note'],
        rows: [{ row: 2, cells: ['Visit 3/6', 'Met client.'] }],
      },
    });
    expect(parseCsvText(text, 'data')).toMatchObject({
      ok: true,
      table: {
        headers: ['Column 1', 'Column 2'],
        rows: [
          { row: 1, cells: ['Visit 3/5', 'Note'] },
          { row: 2, cells: ['Visit 3/6', 'Met client.'] },
        ],
      },
    });
  });

  it('refuses an empty file and a header without rows', () => {
    expect(parseCsvText('\uFEFF \n\n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseCsvText(',,\n,,\n')).toMatchObject({ ok: false, error: { code: 'empty' } });
    expect(parseCsvText('Staff,Note\n')).toMatchObject({ ok: false, error: { code: 'no-rows' } });
  });

  it('says why there is nothing to review when every row is ragged', () => {
    const result = parseCsvText('Staff,Client,Note\nAna\nBo\n');
    expect(!result.ok && result.error.message).toBe(
      'No rows to review. All 2 rows were skipped: Row 2 has 1 cell; the header has 3.',
    );
  });
});

describe('parseCsvFile', () => {
  it('states the size limit', () => {
    const result = parseCsvFile(new Uint8Array(3 * 1024 * 1024), 2 * 1024 * 1024);
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'too-large',
        message:
          'The file is 3.0 MB; CSV files up to 2.0 MB are accepted. Export fewer notes at a time.',
      },
    });
  });

  it('rejects binary content and an empty file', () => {
    const xlsx = parseCsvFile(new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2, 3]));
    expect(xlsx).toMatchObject({ ok: false, error: { code: 'binary' } });
    expect(!xlsx.ok && xlsx.error.message).toContain('Excel');
    expect(parseCsvFile(new Uint8Array())).toMatchObject({ ok: false, error: { code: 'empty' } });
  });

  it('decodes UTF-8 with a byte-order mark', () => {
    const result = parseCsvFile(encode('\uFEFFNote\nCafé visit.\n'));
    expect(result.ok && result.table.rows[0]?.cells).toEqual(['Café visit.']);
  });

  it('parses 10,000 rows of multiline notes without losing one', () => {
    const lines = ['Date,Staff,Client,Note'];
    for (let i = 0; i < 10_000; i++) {
      lines.push(`2024-03-05,Staff ${i % 40},C${i},"Note ${i}, part one.\r\nPart ""two""."`);
    }
    const result = parseCsvFile(encode(lines.join('\r\n')));
    expect(result.ok && result.table.rows.length).toBe(10_000);
    expect(result.ok && result.table.rows[9_999]?.cells[3]).toBe(
      'Note 9999, part one.\nPart "two".',
    );
  });
});

describe('detectDelimiter', () => {
  it('ignores delimiters inside quoted header names', () => {
    expect(detectDelimiter('"Date; time",Note\n')).toBe(',');
    expect(detectDelimiter('Note\nx\n')).toBe(',');
  });
});

describe('suggestMapping', () => {
  it('maps the header names EHR exports use', () => {
    expect(
      suggestMapping([
        'DOS',
        'Provider',
        'Member ID',
        'Time In',
        'Time Out',
        'Program',
        'Narrative',
      ]),
    ).toEqual({ date: 0, staff: 1, client: 2, start: 3, end: 4, program: 5, note: 6 });
  });

  it('prefers an exact name and falls back to a name containing one', () => {
    expect(suggestMapping(['Service Date', 'Progress Note Text', 'Author'])).toEqual({
      date: 0,
      note: 1,
      staff: 2,
    });
    expect(suggestMapping(['Client Name', 'Client ID'])).toEqual({ client: 0 });
  });

  it('does not read a short name inside a longer header', () => {
    expect(suggestMapping(['Time to complete', 'Dosage'])).toEqual({});
  });
});

describe('validateMapping', () => {
  const headers = ['Date', 'Staff', 'Comments'];

  it('explains a missing note column and lists the columns found', () => {
    expect(validateMapping(suggestMapping(headers), headers)).toEqual({
      ok: false,
      error: {
        code: 'no-note-column',
        message:
          'No column is chosen for the note text, and none is named like one ("Note", "Narrative", "Progress note", "Text"). Columns found: "Date", "Staff", "Comments". Choose the column that holds the notes.',
      },
    });
  });

  it('accepts the supervisor choosing the note column', () => {
    expect(validateMapping({ note: 2, date: 0 }, headers)).toEqual({
      ok: true,
      mapping: { note: 2, date: 0 },
    });
  });

  it('refuses a column used twice or past the last one', () => {
    expect(validateMapping({ note: 2, staff: 2 }, headers)).toEqual({
      ok: false,
      error: {
        code: 'invalid-mapping',
        message: 'Column "Comments" is chosen for both note and staff.',
      },
    });
    expect(validateMapping({ note: 5 }, headers)).toMatchObject({
      ok: false,
      error: {
        code: 'invalid-mapping',
        message: 'The note column (6) is past the last column (3).',
      },
    });
  });
});

describe('notesFromTable', () => {
  it('reads the example EHR export', () => {
    const csv = readFileSync(new URL('../../examples/notes.csv', import.meta.url));
    const parsed = parseCsvFile(csv);
    if (!parsed.ok) throw new Error(parsed.error.message);
    expect(suggestMapping(parsed.table.headers)).toEqual({
      id: 0,
      client: 1,
      staff: 2,
      date: 3,
      start: 4,
      end: 5,
      program: 6,
      note: 7,
    });
    const result = notes(new TextDecoder().decode(csv));
    expect(result.skipped).toEqual([]);
    expect(result.notes[0]).toMatchObject({
      id: 'N-1001',
      client: 'C-2231',
      staff: 'Dana Ortiz',
      date: '2026-03-14',
      program: 'mo-community-support',
      context: { startMinutes: 13 * 60, endMinutes: 13 * 60 + 45 },
    });
    expect(result.notes[0]?.text).toMatch(/^Treatment plan goal 2:[^]*\nSigned: Dana Ortiz, CSW$/);
  });

  it('uses the export note id, or the row number when the id repeats', () => {
    const result = notes('Note ID,Note\nA-1,First.\nA-1,Second.\n,Third.\n');
    expect(result.notes.map((n) => n.id)).toEqual(['A-1', 'Row 3', 'Row 4']);
  });

  it('turns date and time cells into the engine context', () => {
    const {
      notes: [note],
    } = notes(
      'Service Date,Staff,Client,Start Time,End Time,Program,Note\n' +
        '03/05/2024,Ana,MRN 7,9:15 AM,10:00 AM,ct-dmhas-csp,Met client.\n',
    );
    expect(note).toEqual({
      id: 'Row 2',
      text: 'Met client.',
      staff: 'Ana',
      client: 'MRN 7',
      date: '2024-03-05',
      program: 'ct-dmhas-csp',
      context: {
        fields: { date: true, 'start-time': true, 'end-time': true },
        startMinutes: 555,
        endMinutes: 600,
      },
    });
  });

  it('keeps an unreadable date as written but does not count it as a date', () => {
    const {
      notes: [note],
    } = notes('Date,Start,Note\nlast week,soon,Met client.\n');
    expect(note?.date).toBe('last week');
    expect(note?.context).toEqual({});
  });

  it('skips rows without note text, with their row numbers', () => {
    const result = notes('Staff,Note\nAna,\nBo,Called.\n');
    expect(result.notes.map((n) => n.id)).toEqual(['Row 3']);
    expect(result.skipped).toEqual([{ row: 2, message: 'Row 2 has no note text.' }]);
  });

  it('keeps markup in a note as plain text', () => {
    const result = notes('Note\n"<img src=x onerror=alert(1)> client, ""declined"""\n');
    expect(result.notes[0]?.text).toBe('<img src=x onerror=alert(1)> client, "declined"');
  });
});
