// Sorting and filtering of the review table, kept out of the page so it is tested alone.
import { FINDING_KINDS, type FindingKind } from '../engine/types';
import { programName } from '../ui/program-names';
import type { BatchRow } from './batch';

export const SORT_KEYS = [
  'id',
  'staff',
  'client',
  'date',
  'program',
  'status',
  'minutes',
  'units',
  'unitsAtRisk',
  'findings',
  ...FINDING_KINDS,
] as const;
export type SortKey = (typeof SORT_KEYS)[number];
export type SortDirection = 'ascending' | 'descending';

export interface RowFilter {
  status?: BatchRow['status'];
  staff?: string;
  /** The rule pack the note was checked against (see rowProgram). */
  program?: string;
  /** Only notes with at least one finding of this kind. */
  kind?: FindingKind;
  /** Only these note ids (for instance the notes in a clone group). */
  ids?: ReadonlySet<string>;
  /** Case-insensitive words looked up in id, staff, client, date, program and the note's text. */
  query?: string;
}

/** What a query searches in each row, lower-cased once per batch: labels and the note's text. */
export type SearchIndex = ReadonlyMap<string, string>;

/**
 * Builds the search index of a batch. It lives in the page's memory only, as the notes do; the
 * text is never stored or sent.
 */
export function searchIndex(
  rows: readonly BatchRow[],
  textOf: (id: string) => string | undefined,
): SearchIndex {
  return new Map(
    rows.map((row) => {
      const program = rowProgram(row);
      const labels = [
        row.id,
        row.staff,
        row.client,
        row.date,
        program,
        program && programName(program),
      ];
      const text = [...labels, textOf(row.id)].filter((value) => value !== undefined).join('\n');
      return [row.id, text.toLowerCase()];
    }),
  );
}

/** The program whose rules the note was checked against, else the one its export named. */
export function rowProgram(row: BatchRow): string | undefined {
  return row.report?.program ?? row.program;
}

/** A row's status as the table and the exports name it. */
export const STATUS_LABELS: Record<BatchRow['status'], string> = {
  pass: 'Pass',
  'needs-work': 'Needs work',
  error: 'Not analysed',
};

export function findingCount(row: BatchRow): number {
  return Object.values(row.counts).reduce((sum, n) => sum + n, 0);
}

const STATUS_ORDER: Record<BatchRow['status'], number> = { error: 0, 'needs-work': 1, pass: 2 };

function sortValue(row: BatchRow, key: SortKey): string | number | null {
  switch (key) {
    case 'findings':
      return findingCount(row);
    case 'status':
      return STATUS_ORDER[row.status];
    case 'program':
      return rowProgram(row) ?? null;
    case 'minutes':
    case 'units':
    case 'unitsAtRisk':
      return row[key];
    case 'id':
    case 'staff':
    case 'client':
    case 'date':
      return row[key] ?? null;
    default:
      return row.counts[key];
  }
}

const collator = new Intl.Collator(undefined, { numeric: true, sensitivity: 'base' });

/** A stable sort; empty values go last whichever the direction ("Row 2" before "Row 10"). */
export function sortRows(rows: readonly BatchRow[], key: SortKey, direction: SortDirection) {
  const sign = direction === 'ascending' ? 1 : -1;
  return rows
    .map((row, index) => ({ row, index, value: sortValue(row, key) }))
    .sort((a, b) => {
      if (a.value === null || b.value === null) {
        return a.value === b.value ? a.index - b.index : a.value === null ? 1 : -1;
      }
      const order =
        typeof a.value === 'number' && typeof b.value === 'number'
          ? a.value - b.value
          : collator.compare(String(a.value), String(b.value));
      return order * sign || a.index - b.index;
    })
    .map(({ row }) => row);
}

/** Rows passing every filter; without an index a query searches the row's labels only. */
export function filterRows(
  rows: readonly BatchRow[],
  filter: RowFilter,
  index: SearchIndex = searchIndex(rows, () => undefined),
): BatchRow[] {
  const words = (filter.query ?? '').toLowerCase().split(/\s+/).filter(Boolean);
  return rows.filter((row) => {
    if (filter.status && row.status !== filter.status) return false;
    if (filter.staff !== undefined && row.staff !== filter.staff) return false;
    if (filter.program !== undefined && rowProgram(row) !== filter.program) return false;
    if (filter.kind && row.counts[filter.kind] === 0) return false;
    if (filter.ids && !filter.ids.has(row.id)) return false;
    if (words.length === 0) return true;
    const haystack = index.get(row.id) ?? '';
    return words.every((word) => haystack.includes(word));
  });
}
