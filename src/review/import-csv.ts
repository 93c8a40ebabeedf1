// Notes from a CSV exported by an EHR: decode, detect the delimiter, parse with papaparse,
// suggest which column holds what by its header, validate the supervisor's choice with zod,
// and turn each row into a BatchNote whose date and times feed the engine as a NoteContext.
import Papa from 'papaparse';
import { z } from 'zod';
import type { NoteContext } from '../engine/types';
import type { BatchNote } from './batch-note';
import { NOTE_MAX_CHARS } from './batch-note';
import { parseClockTime, parseServiceDate } from './cell-values';
import { decodeText } from './decode-text';
import { formatBytes } from './import-text';

/** Largest CSV accepted: 10,000 long notes are about 20 MB. */
export const CSV_FILE_LIMIT_BYTES = 50 * 1024 * 1024;

export const COLUMN_ROLES = [
  'note',
  'id',
  'date',
  'staff',
  'client',
  'start',
  'end',
  'program',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

/** Header names each role goes by in EHR exports, compared after lower-casing and dropping punctuation. */
const ROLE_NAMES: Record<ColumnRole, string[]> = {
  note: [
    'note',
    'notes',
    'narrative',
    'progress note',
    'note text',
    'text',
    'service note',
    'body',
  ],
  id: ['note id', 'id', 'record id', 'service id', 'encounter id', 'visit id', 'document id'],
  date: ['date', 'service date', 'dos', 'date of service', 'visit date', 'note date'],
  staff: ['staff', 'worker', 'provider', 'author', 'staff name', 'clinician', 'csw', 'employee'],
  client: [
    'client',
    'client id',
    'member id',
    'mrn',
    'client name',
    'member',
    'patient',
    'consumer',
  ],
  start: ['start', 'time in', 'start time', 'begin time', 'from'],
  end: ['end', 'time out', 'end time', 'stop time', 'to'],
  program: ['program', 'program name', 'service', 'service type', 'payer'],
};

export interface CsvRow {
  /** Spreadsheet row number: the header is row 1. */
  row: number;
  cells: string[];
}

export interface RowProblem {
  row: number;
  message: string;
}

export interface CsvTable {
  headers: string[];
  rows: CsvRow[];
  delimiter: string;
  /** Rows left out, with why; the good rows are kept. */
  skipped: RowProblem[];
}

export const CSV_ERROR_CODES = [
  'empty',
  'binary',
  'too-large',
  'first-row-may-be-data',
  'no-rows',
  'no-note-column',
  'invalid-mapping',
] as const;
export type CsvErrorCode = (typeof CSV_ERROR_CODES)[number];

export interface CsvError {
  code: CsvErrorCode;
  message: string;
}

export type CsvParseResult = { ok: true; table: CsvTable } | { ok: false; error: CsvError };

const DELIMITERS = [',', ';', '\t', '|'] as const;

/** The delimiter is the candidate seen most often in the header line, outside quotes. */
export function detectDelimiter(text: string): string {
  const counts = new Map<string, number>(DELIMITERS.map((d) => [d, 0]));
  let quoted = false;
  for (let i = 0; i < text.length; i++) {
    const c = text[i]!;
    if (c === '"') quoted = !quoted;
    else if (!quoted && c === '\n') break;
    else if (!quoted && counts.has(c)) counts.set(c, counts.get(c)! + 1);
  }
  let best: string = ',';
  for (const [delimiter, count] of counts) if (count > counts.get(best)!) best = delimiter;
  return best;
}

function normalizeHeader(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** What a cell holds that a column name never does, or null when it could be a column name. */
function dataIn(cell: string): string | null {
  if (cell.length > COLUMN_NAME_MAX) return 'long text';
  if (parseServiceDate(cell) !== null) return 'a date';
  if (/^\s*\d+([.:]\d+)?\s*$/.test(cell)) return 'a number';
  if (/[.!?]\s+\S/.test(cell)) return 'a sentence';
  return null;
}

/** The longest cell read as a column name; longer cells are data. */
export const COLUMN_NAME_MAX = 60;

/** True when `cell` could be a column name: short, and not a date, a number or a sentence. */
export function looksLikeColumnName(cell: string): boolean {
  return dataIn(cell) === null;
}

/** The first cell of a row that reads like data, and what it holds. */
function firstDataCell(row: string[]): { index: number; holds: string } | null {
  for (let index = 0; index < row.length; index++) {
    const holds = dataIn(row[index]!);
    if (holds !== null) return { index, holds };
  }
  return null;
}

/**
 * How to read the first row: `ask` refuses a first row with a cell that reads like data (a
 * note's date, its text), even beside a known column name, so the user says which it is;
 * `names` and `data` are that answer.
 */
export type FirstRow = 'ask' | 'names' | 'data';

function isBlankRecord(cells: string[]): boolean {
  return cells.every((cell) => cell.trim() === '');
}

/** Parses decoded CSV text into a header and the rows that fit it. */
export function parseCsvText(input: string, firstRow: FirstRow = 'ask'): CsvParseResult {
  const text = (input.charCodeAt(0) === 0xfeff ? input.slice(1) : input).replace(/\r\n?/g, '\n');
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', message: 'The file is empty: it holds no rows.' } };
  }
  const delimiter = detectDelimiter(text);
  const parsed = Papa.parse<string[]>(text, { delimiter, newline: '\n', quoteChar: '"' });
  const records = parsed.data;
  const unclosedQuoteRows = new Set(
    parsed.errors.filter((e) => e.code === 'MissingQuotes').map((e) => e.row),
  );

  const headerIndex = records.findIndex((cells) => !isBlankRecord(cells));
  const headerCells = records[headerIndex];
  if (!headerCells) {
    return {
      ok: false,
      error: { code: 'empty', message: 'The file is empty: every row is blank.' },
    };
  }
  const dataCell = firstRow === 'ask' ? firstDataCell(headerCells) : null;
  if (dataCell !== null) {
    return {
      ok: false,
      error: {
        code: 'first-row-may-be-data',
        message: `The first row may be a note rather than column names: cell ${dataCell.index + 1} holds ${dataCell.holds}.`,
      },
    };
  }
  const width = Math.max(...records.map((cells) => cells.length));
  const headers =
    firstRow === 'data'
      ? Array.from({ length: width }, (_, i) => `Column ${i + 1}`)
      : headerCells.map((cell, i) => cell.trim() || `Column ${i + 1}`);
  const firstData = firstRow === 'data' ? headerIndex : headerIndex + 1;

  const rows: CsvRow[] = [];
  const skipped: RowProblem[] = [];
  for (let i = firstData; i < records.length; i++) {
    const cells = records[i]!;
    const row = i + 1;
    if (isBlankRecord(cells)) continue;
    if (unclosedQuoteRows.has(i)) {
      skipped.push({
        row,
        message: `Row ${row} opens a quote that is never closed, so the rest of the file ran into one cell.`,
      });
      continue;
    }
    // Trailing empty cells (a stray delimiter at the end of a line) are harmless.
    while (cells.length > headers.length && cells[cells.length - 1]!.trim() === '') cells.pop();
    if (cells.length !== headers.length) {
      skipped.push({
        row,
        message: `Row ${row} has ${cells.length} ${cells.length === 1 ? 'cell' : 'cells'}; the header has ${headers.length}.`,
      });
      continue;
    }
    rows.push({ row, cells });
  }

  if (rows.length === 0) {
    const why =
      skipped.length > 0
        ? ` All ${skipped.length} rows were skipped: ${skipped[0]!.message}`
        : ' The file has column names but no notes.';
    return { ok: false, error: { code: 'no-rows', message: `No rows to review.${why}` } };
  }
  return { ok: true, table: { headers, rows, delimiter, skipped } };
}

/** Reads a dropped CSV file: size limit, encoding, binary check, then parse. */
export function parseCsvFile(
  bytes: Uint8Array,
  limitBytes = CSV_FILE_LIMIT_BYTES,
  firstRow: FirstRow = 'ask',
): CsvParseResult {
  if (bytes.length > limitBytes) {
    return {
      ok: false,
      error: {
        code: 'too-large',
        message: `The file is ${formatBytes(bytes.length)}; CSV files up to ${formatBytes(limitBytes)} are accepted. Export fewer notes at a time.`,
      },
    };
  }
  if (bytes.length === 0) {
    return { ok: false, error: { code: 'empty', message: 'The file is empty: it holds no rows.' } };
  }
  const decoded = decodeText(bytes);
  if (!decoded.ok) return { ok: false, error: { code: 'binary', message: decoded.message } };
  return parseCsvText(decoded.text, firstRow);
}

/** Which column holds which role, by header name: exact names first, then names containing one. */
export function suggestMapping(headers: string[]): Partial<Record<ColumnRole, number>> {
  const names = headers.map(normalizeHeader);
  const mapping: Partial<Record<ColumnRole, number>> = {};
  const taken = new Set<number>();
  const claim = (matches: (name: string, candidate: string) => boolean) => {
    for (const role of COLUMN_ROLES) {
      if (mapping[role] !== undefined) continue;
      const index = names.findIndex(
        (name, i) =>
          !taken.has(i) && ROLE_NAMES[role].some((candidate) => matches(name, candidate)),
      );
      if (index >= 0) {
        mapping[role] = index;
        taken.add(index);
      }
    }
  };
  claim((name, candidate) => name === candidate);
  // Short names ("to", "dos") only count as the whole header, never as a word inside one.
  claim((name, candidate) => candidate.length >= 4 && ` ${name} `.includes(` ${candidate} `));
  return mapping;
}

const columnIndex = z.number().int().nonnegative();

export const columnMappingSchema = z.object({
  note: columnIndex,
  id: columnIndex.optional(),
  date: columnIndex.optional(),
  staff: columnIndex.optional(),
  client: columnIndex.optional(),
  start: columnIndex.optional(),
  end: columnIndex.optional(),
  program: columnIndex.optional(),
});
export type ColumnMapping = z.infer<typeof columnMappingSchema>;

export type MappingResult = { ok: true; mapping: ColumnMapping } | { ok: false; error: CsvError };

/** Checks a mapping (suggested or chosen by the supervisor) against the file's headers. */
export function validateMapping(input: unknown, headers: string[]): MappingResult {
  const schema = columnMappingSchema.superRefine((mapping, ctx) => {
    const seen = new Map<number, ColumnRole>();
    for (const role of COLUMN_ROLES) {
      const index = mapping[role];
      if (index === undefined) continue;
      if (index >= headers.length) {
        ctx.addIssue({
          code: 'custom',
          path: [role],
          message: `The ${role} column (${index + 1}) is past the last column (${headers.length}).`,
        });
      }
      const other = seen.get(index);
      if (other) {
        ctx.addIssue({
          code: 'custom',
          path: [role],
          message: `Column "${headers[index]}" is chosen for both ${other} and ${role}.`,
        });
      }
      seen.set(index, role);
    }
  });
  const parsed = schema.safeParse(input);
  if (parsed.success) return { ok: true, mapping: parsed.data };
  if (parsed.error.issues.some((issue) => issue.path[0] === 'note' && issue.code !== 'custom')) {
    const found = headers.map((h) => `"${h}"`).join(', ');
    return {
      ok: false,
      error: {
        code: 'no-note-column',
        message: `No column is chosen for the note text, and none is named like one ("Note", "Narrative", "Progress note", "Text"). Columns found: ${found}. Choose the column that holds the notes.`,
      },
    };
  }
  return {
    ok: false,
    error: {
      code: 'invalid-mapping',
      message: parsed.error.issues.map((issue) => issue.message).join(' '),
    },
  };
}

function cell(cells: string[], index: number | undefined): string | undefined {
  const value = index === undefined ? undefined : cells[index]?.trim();
  return value ? value.slice(0, 200) : undefined;
}

function contextFor(date: string | undefined, start: number | null, end: number | null) {
  const context: NoteContext = {};
  const fields: NonNullable<NoteContext['fields']> = {};
  if (date !== undefined) fields.date = true;
  if (start !== null) {
    fields['start-time'] = true;
    context.startMinutes = start;
  }
  if (end !== null) {
    fields['end-time'] = true;
    context.endMinutes = end;
  }
  if (Object.keys(fields).length > 0) context.fields = fields;
  return context;
}

export interface CsvNotes {
  notes: BatchNote[];
  skipped: RowProblem[];
}

/** Turns the rows into notes under a validated mapping; rows without note text are skipped. */
export function notesFromTable(table: CsvTable, mapping: ColumnMapping): CsvNotes {
  const notes: BatchNote[] = [];
  const ids = new Set<string>();
  const skipped: RowProblem[] = [...table.skipped];
  for (const { row, cells } of table.rows) {
    const text = cells[mapping.note]!.trim();
    if (text === '') {
      skipped.push({ row, message: `Row ${row} has no note text.` });
      continue;
    }
    if (text.length > NOTE_MAX_CHARS) {
      skipped.push({
        row,
        message: `Row ${row} holds a note of ${text.length} characters; notes up to ${NOTE_MAX_CHARS} are reviewed.`,
      });
      continue;
    }
    const dateCell = cell(cells, mapping.date);
    const isoDate = dateCell === undefined ? null : parseServiceDate(dateCell);
    const startCell = cell(cells, mapping.start);
    const endCell = cell(cells, mapping.end);
    // The export's own note id when it has one and it is unique, else the row number.
    const exportId = cell(cells, mapping.id);
    const id = exportId && !ids.has(exportId) ? exportId : `Row ${row}`;
    ids.add(id);
    const note: BatchNote = {
      id,
      text,
      context: contextFor(
        isoDate ?? undefined,
        startCell === undefined ? null : parseClockTime(startCell),
        endCell === undefined ? null : parseClockTime(endCell),
      ),
    };
    const staff = cell(cells, mapping.staff);
    const client = cell(cells, mapping.client);
    const program = cell(cells, mapping.program);
    if (staff) note.staff = staff;
    if (client) note.client = client;
    if (dateCell) note.date = isoDate ?? dateCell;
    if (program) note.program = program;
    notes.push(note);
  }
  skipped.sort((a, b) => a.row - b.row);
  return { notes, skipped };
}
