import Papa from 'papaparse';
import type { NoteContext } from '../engine/types';
import { parseTimeOfDay } from './time-of-day';

export interface CsvNote {
  /** 1-based record number after the header row. */
  row: number;
  text: string;
  /** The row's own program id, when the export has a program column. */
  program: string | null;
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

function contextFor(cells: string[], columns: Record<string, number>): NoteContext {
  const cell = (name: string): string => {
    const index = columns[name] ?? -1;
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

/**
 * Splits an EHR export into one note per row. The form's own columns (times, date, location,
 * group size) become the note's context, as the extension reads them from the form.
 */
export function readCsvNotes(text: string, column: string | undefined): CsvNotes {
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
  };
  const notes: CsvNote[] = [];
  const problems: RowProblem[] = [];
  records.forEach((cells, index) => {
    const row = index + 1;
    const text = cells[noteColumn];
    if (text === undefined) {
      problems.push({ row, reason: `${cells.length} cells, no "${headers[noteColumn]}" cell` });
    } else if (text.trim() === '') {
      problems.push({ row, reason: 'the note is empty' });
    } else {
      const program = columns.program === -1 ? '' : (cells[columns.program] ?? '').trim();
      notes.push({ row, text, program: program || null, context: contextFor(cells, columns) });
    }
  });
  return { ok: true, notes, problems };
}
