import Papa from 'papaparse';
import type { NoteContext } from '../engine/types';
import { parseTimeOfDay } from './time-of-day';

export interface CsvNote {
  /** 1-based record number after the header row. */
  row: number;
  text: string;
  /** The row's own program id, when the export has a program column. */
  program: string | null;
  /** How the export names the note: its id cell ("Note ID N-1042"), else its client cell. */
  label: string | null;
  context: NoteContext;
}

export interface RowProblem {
  row: number;
  reason: string;
}

export type CsvNotes =
  { ok: true; notes: CsvNote[]; problems: RowProblem[] } | { ok: false; reason: string };

/** Lower-case words of a header, so "Note_Text" and "note text" compare equal. */
function words(header: string): string {
  return header
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();
}

const NOT_NOTE_TEXT = /\b(id|date|time|type|status|count|number)\b/;

/** Best guess at the note column: a named narrative or text column first, then "note(s)". */
function findNoteColumn(headers: string[]): number {
  const ranked = [
    /^(note text|note body|progress note|service note|narrative|note narrative)$/,
    /\b(narrative|text|body)\b/,
    /^(note|notes|progress notes)$/,
  ];
  for (const pattern of ranked) {
    const index = headers.findIndex((h) => pattern.test(words(h)) && !NOT_NOTE_TEXT.test(words(h)));
    if (index !== -1) return index;
  }
  return -1;
}

function findColumn(headers: string[], pattern: RegExp): number {
  return headers.findIndex((h) => pattern.test(words(h)));
}

function contextFor(cells: string[], columns: CsvLayout['columns']): NoteContext {
  const cell = (name: keyof CsvLayout['columns']): string => {
    const index = columns[name];
    return index === -1 ? '' : (cells[index] ?? '').trim();
  };
  const context: NoteContext = {};
  const startMinutes = parseTimeOfDay(cell('start'));
  const endMinutes = parseTimeOfDay(cell('end'));
  if (startMinutes !== undefined) context.startMinutes = startMinutes;
  if (endMinutes !== undefined) context.endMinutes = endMinutes;
  const groupSize = Number.parseInt(cell('groupSize'), 10);
  if (Number.isInteger(groupSize) && groupSize > 0) context.groupSize = groupSize;
  const fields: NonNullable<NoteContext['fields']> = {};
  if (cell('date') !== '') fields.date = true;
  if (cell('location') !== '') fields.location = true;
  if (startMinutes !== undefined) fields['start-time'] = true;
  if (endMinutes !== undefined) fields['end-time'] = true;
  if (Object.keys(fields).length > 0) context.fields = fields;
  return context;
}

/** Where an export keeps the note and the form's own columns, read from its header row. */
export interface CsvLayout {
  headers: string[];
  noteColumn: number;
  columns: Record<
    'start' | 'end' | 'date' | 'location' | 'groupSize' | 'program' | 'id' | 'client',
    number
  >;
}

export type CsvLayoutResult = { ok: true; layout: CsvLayout } | { ok: false; reason: string };

/** Finds the note column (`--column`, or a guess) and the context columns in the header row. */
export function csvLayout(headers: string[], column: string | undefined): CsvLayoutResult {
  const noteColumn =
    column === undefined
      ? findNoteColumn(headers)
      : headers.findIndex((h) => h.trim().toLowerCase() === column.trim().toLowerCase());
  if (noteColumn === -1) {
    const wanted = column === undefined ? 'no note text column found' : `no column "${column}"`;
    return { ok: false, reason: `${wanted}; columns: ${headers.join(', ')} (use --column NAME)` };
  }
  const columns = {
    start: findColumn(headers, /^(start|start time|time in|begin|begin time|from)$/),
    end: findColumn(headers, /^(end|end time|time out|stop|stop time|to)$/),
    date: findColumn(headers, /\b(service date|date of service|date)\b/),
    location: findColumn(headers, /\b(location|place of service|setting)\b/),
    groupSize: findColumn(headers, /\b(group size|attendees|participants count)\b/),
    program: findColumn(headers, /^(program|program id)$/),
    id: findColumn(
      headers,
      /^((note|visit|encounter|service|record|document) )?(id|number|no)$|^(note|visit|encounter) (id|number|no)$/,
    ),
    client: findColumn(
      headers,
      /^(client|member|patient|consumer|individual|parent)( (name|id|number|no))?$/,
    ),
  };
  return { ok: true, layout: { headers, noteColumn, columns } };
}

/** "Note ID N-1042", or "Client C-2231" when the export has no id column; null with neither. */
function noteLabel(cells: string[], { headers, columns }: CsvLayout): string | null {
  for (const index of [columns.id, columns.client]) {
    const value = index === -1 ? '' : (cells[index] ?? '').trim();
    if (value !== '') return `${headers[index]!.trim()} ${value}`;
  }
  return null;
}

export type CsvRecord = { ok: true; note: CsvNote } | { ok: false; problem: RowProblem };

/** One record of the export as a note, or why it cannot be one; `row` is 1-based. */
export function noteFromRecord(cells: string[], row: number, layout: CsvLayout): CsvRecord {
  const text = cells[layout.noteColumn];
  if (text === undefined) {
    const reason = `${cells.length} cells, no "${layout.headers[layout.noteColumn]}" cell`;
    return { ok: false, problem: { row, reason } };
  }
  if (text.trim() === '') return { ok: false, problem: { row, reason: 'the note is empty' } };
  const { columns } = layout;
  const program = columns.program === -1 ? '' : (cells[columns.program] ?? '').trim();
  const note = {
    row,
    text,
    program: program || null,
    label: noteLabel(cells, layout),
    context: contextFor(cells, columns),
  };
  return { ok: true, note };
}

/**
 * Splits an EHR export into one note per row. The form's own columns (times, date, location,
 * group size) become the note's context, as the extension reads them from the form.
 * `firstRow` numbers the first record (1, or where a shard starts in the whole export).
 */
export function readCsvNotes(text: string, column: string | undefined, firstRow = 1): CsvNotes {
  const parsed = Papa.parse<string[]>(text, { header: false, skipEmptyLines: 'greedy' });
  const unterminated = parsed.errors.find((error) => error.type === 'Quotes');
  if (unterminated) {
    const row = unterminated.row === undefined ? '' : ` (record ${unterminated.row})`;
    return { ok: false, reason: `malformed CSV: ${unterminated.message}${row}` };
  }
  const [headers, ...records] = parsed.data;
  if (!headers || records.length === 0) {
    return { ok: false, reason: 'the CSV has no rows after the header' };
  }
  const found = csvLayout(headers, column);
  if (!found.ok) return found;
  const notes: CsvNote[] = [];
  const problems: RowProblem[] = [];
  records.forEach((cells, index) => {
    const record = noteFromRecord(cells, firstRow + index, found.layout);
    if (record.ok) notes.push(record.note);
    else problems.push(record.problem);
  });
  return { ok: true, notes, problems };
}
