// The review as CSV for Excel: one row per finding, or one row per note. RFC 4180 quoting,
// CRLF line ends, a byte-order mark so Excel reads UTF-8, and no cell that Excel would run
// as a formula (a note can hold "=HYPERLINK(...)" as easily as any other text).
import type { Report } from '../engine/types';
import { codeLabel, KIND_LABELS, KIND_ORDER, SEVERITY_LABELS } from '../ui/finding-kinds';
import { programName } from '../ui/program-names';
import { citationText } from '../ui/source-names';
import type { BatchRow } from './batch';
import type { BatchNote } from './batch-note';
import { rowProgram, STATUS_LABELS } from './table';

const BOM = '\uFEFF';
const EXCERPT_MAX = 200;

/** Quotes a cell when RFC 4180 requires it, after defusing a leading formula character. */
export function csvCell(value: string): string {
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replaceAll('"', '""')}"` : safe;
}

function csv(rows: string[][]): string {
  return BOM + rows.map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
}

function excerpt(text: string, start: number, end: number): string {
  const words = text.slice(start, end).replace(/\s+/g, ' ').trim();
  return words.length > EXCERPT_MAX ? `${words.slice(0, EXCERPT_MAX - 1)}…` : words;
}

/** The page's own words for each column; the rule id stays last, for whoever edits the pack. */
export const FINDING_COLUMNS = [
  'Note ID',
  'Staff',
  'Client',
  'Date',
  'Program',
  'Finding',
  'About',
  'Severity',
  'Excerpt',
  'Message',
  'Suggestion',
  'Source',
  'Rule ID',
];

export interface ExportItem {
  note: Pick<BatchNote, 'id' | 'text' | 'staff' | 'client' | 'date'>;
  report: Report | null;
}

/** One row per finding, notes in the order given. */
export function findingsCsv(items: readonly ExportItem[]): string {
  const rows = [FINDING_COLUMNS];
  for (const { note, report } of items) {
    for (const f of report?.findings ?? []) {
      rows.push([
        note.id,
        note.staff ?? '',
        note.client ?? '',
        note.date ?? '',
        report ? programName(report.program) : '',
        KIND_LABELS[f.kind],
        codeLabel(f.code),
        SEVERITY_LABELS[f.severity],
        excerpt(note.text, f.start, f.end),
        f.message,
        f.suggestions[0]?.label ?? '',
        citationText(f.source),
        f.rule,
      ]);
    }
  }
  return csv(rows);
}

export const NOTE_COLUMNS = [
  'Note ID',
  'Staff',
  'Client',
  'Date',
  'Program',
  'Status',
  'Minutes',
  'Units',
  'Units at risk',
  ...KIND_ORDER.map((kind) => KIND_LABELS[kind]),
];

/** One row per note: the review table as it stands, in the words it shows. */
export function notesCsv(rows: readonly BatchRow[]): string {
  const number = (value: number | null) => (value === null ? '' : String(value));
  return csv([
    NOTE_COLUMNS,
    ...rows.map((row) => [
      row.id,
      row.staff ?? '',
      row.client ?? '',
      row.date ?? '',
      programName(rowProgram(row) ?? ''),
      STATUS_LABELS[row.status],
      number(row.minutes),
      number(row.units),
      String(row.unitsAtRisk),
      ...KIND_ORDER.map((kind) => String(row.counts[kind])),
    ]),
  ]);
}
