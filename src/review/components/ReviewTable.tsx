// The batch as a table: one row per note, sortable columns, filters, a row opens the note.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { FINDING_KINDS, type FindingKind } from '../../engine/types';
import { KIND_LABELS, KIND_ORDER } from '../../ui/finding-kinds';
import { programName } from '../../ui/program-names';
import type { BatchRow } from '../batch';
import {
  filterRows,
  findingCount,
  rowProgram,
  searchIndex,
  sortRows,
  STATUS_LABELS,
  type RowFilter,
  type SortDirection,
  type SortKey,
} from '../table';

interface Column {
  key: SortKey;
  label: string;
  numeric?: boolean;
}

/** A count column for each finding kind found somewhere in the batch; none for the others. */
function columnsFor(rows: readonly BatchRow[]): Column[] {
  const kinds = KIND_ORDER.filter((kind) => rows.some((row) => row.counts[kind] > 0));
  return [
    { key: 'id', label: 'Note' },
    { key: 'date', label: 'Date' },
    { key: 'staff', label: 'Staff' },
    { key: 'client', label: 'Client' },
    { key: 'program', label: 'Program' },
    { key: 'status', label: 'Status' },
    ...kinds.map((kind) => ({ key: kind, label: KIND_LABELS[kind], numeric: true })),
    { key: 'minutes', label: 'Minutes', numeric: true },
    { key: 'units', label: 'Units', numeric: true },
    { key: 'unitsAtRisk', label: 'Units at risk', numeric: true },
  ];
}

/** Rows rendered at a time: a batch can hold 10,000 notes. */
export const PAGE_ROWS = 200;

interface ReviewTableProps {
  rows: readonly BatchRow[];
  /** Notes in a clone pair, marked in the table. */
  cloneIds: ReadonlySet<string>;
  selectedId: string | null;
  onOpen(id: string): void;
  /** The note's text, for the search box; kept in the page's memory only. */
  textOf?(id: string): string | undefined;
}

function cellText(row: BatchRow, key: SortKey): string {
  switch (key) {
    case 'status':
      return STATUS_LABELS[row.status];
    case 'program': {
      const program = rowProgram(row);
      return program === undefined ? '' : programName(program);
    }
    case 'minutes':
    case 'units':
      return row[key] === null ? '–' : String(row[key]);
    case 'unitsAtRisk':
      return row.unitsAtRisk === 0 ? '' : String(row.unitsAtRisk);
    case 'id':
    case 'staff':
    case 'client':
    case 'date':
      return row[key] ?? '';
    case 'findings':
      return String(findingCount(row));
    default:
      return row.counts[key] === 0 ? '' : String(row.counts[key]);
  }
}

export function ReviewTable({ rows, cloneIds, selectedId, onOpen, textOf }: ReviewTableProps) {
  const [sort, setSort] = useState<{ key: SortKey; direction: SortDirection }>({
    key: 'status',
    direction: 'ascending',
  });
  const [filter, setFilter] = useState<RowFilter>({});
  const [clonesOnly, setClonesOnly] = useState(false);
  const [limit, setLimit] = useState(PAGE_ROWS);
  const body = useRef<HTMLTableSectionElement>(null);
  const lastOpened = useRef<string | null>(null);

  // Closing a note gives keyboard focus back to the row it was opened from.
  useEffect(() => {
    if (selectedId === null && lastOpened.current !== null) {
      const row = [...(body.current?.rows ?? [])].find(
        (tr) => tr.dataset.id === lastOpened.current,
      );
      row?.querySelector<HTMLButtonElement>('button.open')?.focus();
    }
    lastOpened.current = selectedId;
  }, [selectedId]);
  const staff = useMemo(
    () => [...new Set(rows.flatMap((row) => (row.staff ? [row.staff] : [])))].sort(),
    [rows],
  );
  const columns = useMemo(() => columnsFor(rows), [rows]);
  const programs = useMemo(
    () => [...new Set(rows.flatMap((row) => rowProgram(row) ?? []))].sort(),
    [rows],
  );
  const index = useMemo(() => searchIndex(rows, textOf ?? (() => undefined)), [rows, textOf]);
  const shown = useMemo(
    () =>
      sortRows(
        filterRows(rows, clonesOnly ? { ...filter, ids: cloneIds } : filter, index),
        sort.key,
        sort.direction,
      ),
    [rows, filter, sort, clonesOnly, cloneIds, index],
  );

  const toggleSort = (key: SortKey) =>
    setSort((current) => ({
      key,
      direction:
        current.key === key && current.direction === 'ascending' ? 'descending' : 'ascending',
    }));

  return (
    <section class="table-section" aria-labelledby="table-title">
      <h2 id="table-title">Notes</h2>
      <div class="filters" role="group" aria-label="Filter notes">
        <label>
          Search notes
          <input
            type="search"
            placeholder="Words in the note, staff, client…"
            value={filter.query ?? ''}
            onInput={(event) => setFilter({ ...filter, query: event.currentTarget.value })}
          />
        </label>
        <label>
          Status
          <select
            value={filter.status ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value as BatchRow['status'] | '';
              setFilter({ ...filter, status: value === '' ? undefined : value });
            }}
          >
            <option value="">All</option>
            {Object.entries(STATUS_LABELS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </label>
        <label>
          Staff
          <select
            value={filter.staff ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setFilter({ ...filter, staff: value === '' ? undefined : value });
            }}
          >
            <option value="">Everyone</option>
            {staff.map((name) => (
              <option key={name} value={name}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label>
          Program
          <select
            value={filter.program ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value;
              setFilter({ ...filter, program: value === '' ? undefined : value });
            }}
          >
            <option value="">All programs</option>
            {programs.map((id) => (
              <option key={id} value={id}>
                {programName(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Finding
          <select
            value={filter.kind ?? ''}
            onChange={(event) => {
              const value = event.currentTarget.value as FindingKind | '';
              setFilter({ ...filter, kind: value === '' ? undefined : value });
            }}
          >
            <option value="">Any</option>
            {FINDING_KINDS.map((kind) => (
              <option key={kind} value={kind}>
                {KIND_LABELS[kind]}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={clonesOnly}
            onChange={(event) => setClonesOnly(event.currentTarget.checked)}
          />
          Possible clones only
        </label>
      </div>
      <p class="shown" role="status">
        {shown.length} of {rows.length} notes
      </p>
      <div class="table-scroll">
        <table class="notes">
          <thead>
            <tr>
              {columns.map(({ key, label, numeric }) => (
                <th
                  key={key}
                  scope="col"
                  class={numeric ? 'num' : undefined}
                  aria-sort={sort.key === key ? sort.direction : undefined}
                >
                  <button type="button" onClick={() => toggleSort(key)}>
                    {label}
                  </button>
                </th>
              ))}
            </tr>
          </thead>
          <tbody ref={body}>
            {shown.slice(0, limit).map((row) => (
              <tr
                key={row.id}
                data-id={row.id}
                class={`status-${row.status}${row.id === selectedId ? ' selected' : ''}`}
                aria-current={row.id === selectedId ? 'true' : undefined}
                onClick={() => onOpen(row.id)}
              >
                {columns.map(({ key, numeric }) =>
                  key === 'id' ? (
                    <th key={key} scope="row">
                      {/* The click reaches the row; the button gives keyboard users the same. */}
                      <button type="button" class="open">
                        {row.id}
                      </button>
                      {cloneIds.has(row.id) && <span class="clone-tag">possible clone</span>}
                    </th>
                  ) : (
                    <td key={key} class={numeric ? 'num' : key === 'status' ? 'status' : undefined}>
                      {cellText(row, key)}
                    </td>
                  ),
                )}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      {shown.length > limit && (
        <button type="button" class="more" onClick={() => setLimit(limit + PAGE_ROWS)}>
          Show {Math.min(PAGE_ROWS, shown.length - limit)} more
        </button>
      )}
    </section>
  );
}
