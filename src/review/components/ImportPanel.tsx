// Where notes come in: a paste box, and a drop zone / file picker for .txt and .csv files.
// A CSV waits here until the supervisor confirms which column holds what.
import { useEffect, useId, useRef, useState } from 'preact/hooks';
import type { BatchNote } from '../batch-note';
import {
  COLUMN_ROLES,
  notesFromTable,
  parseCsvFile,
  suggestMapping,
  validateMapping,
  CSV_FILE_LIMIT_BYTES,
  type ColumnRole,
  type CsvTable,
  type FirstRow,
  type RowProblem,
} from '../import-csv';
import { importTextFile, splitNotes } from '../import-text';
import { recallMapping, rememberMapping } from '../mapping-memory';
import type { PageStorage } from '../page-storage';

const ROLE_LABELS: Record<ColumnRole, string> = {
  note: 'Note text',
  id: 'Note ID',
  date: 'Date of service',
  staff: 'Staff',
  client: 'Client',
  start: 'Start time',
  end: 'End time',
  program: 'Program',
};

/** Skipped rows listed one by one; the rest are counted. */
const SKIPPED_SHOWN = 100;

/** A CSV whose first row may be a note: the user says which it is before anything is read. */
interface FirstRowQuestion {
  fileName: string;
  bytes: Uint8Array;
  why: string;
}

interface PendingCsv {
  fileName: string;
  table: CsvTable;
  mapping: Partial<Record<ColumnRole, number>>;
  /** The mapping is the one confirmed last time for these headers. */
  recalled: boolean;
}

interface ImportPanelProps {
  onNotes(notes: BatchNote[]): void;
  /** Where confirmed column mappings are remembered (column names only). */
  storage: PageStorage;
}

export function ImportPanel({ onNotes, storage }: ImportPanelProps) {
  const [pasted, setPasted] = useState('');
  const [errors, setErrors] = useState<string[]>([]);
  const [skipped, setSkipped] = useState<RowProblem[]>([]);
  const [pending, setPending] = useState<PendingCsv | null>(null);
  const [question, setQuestion] = useState<FirstRowQuestion | null>(null);
  const [dragging, setDragging] = useState(false);
  const fieldId = useId();

  async function readFiles(files: readonly File[]) {
    const problems: string[] = [];
    for (const file of files) {
      const bytes = new Uint8Array(await file.arrayBuffer());
      if (/\.(csv|tsv)$/i.test(file.name) || file.type === 'text/csv') {
        const problem = await readCsv(file.name, bytes, 'ask');
        if (problem) problems.push(problem);
      } else {
        const imported = importTextFile(bytes, file.name);
        if (imported.ok) onNotes(imported.notes);
        else problems.push(imported.message);
      }
    }
    setErrors(problems);
    setSkipped([]);
  }

  /** Shows the column mapping for a CSV, or the first-row question; a problem's text otherwise. */
  async function readCsv(fileName: string, bytes: Uint8Array, firstRow: FirstRow) {
    const parsed = parseCsvFile(bytes, CSV_FILE_LIMIT_BYTES, firstRow);
    if (!parsed.ok && parsed.error.code === 'first-row-may-be-data') {
      setPending(null);
      setQuestion({ fileName, bytes, why: parsed.error.message });
      return null;
    }
    if (!parsed.ok) return `${fileName}: ${parsed.error.message}`;
    const { headers } = parsed.table;
    const recalled = await recallMapping(storage, headers);
    const usable = recalled && validateMapping(recalled, headers).ok ? recalled : null;
    setQuestion(null);
    setPending({
      fileName,
      table: parsed.table,
      mapping: usable ?? suggestMapping(headers),
      recalled: usable !== null,
    });
    return null;
  }

  async function answer(firstRow: FirstRow) {
    if (!question) return;
    const problem = await readCsv(question.fileName, question.bytes, firstRow);
    setErrors(problem ? [problem] : []);
  }

  const latestReadFiles = useRef(readFiles);
  latestReadFiles.current = readFiles;
  const dropZone = useRef<HTMLDivElement>(null);

  // The whole page takes dropped files: a file dropped beside the zone would otherwise make
  // the browser open it in place of this page, and the batch with it.
  useEffect(() => {
    const page = dropZone.current?.ownerDocument;
    if (!page) return;
    const carriesFiles = (event: DragEvent) => event.dataTransfer?.types.includes('Files') ?? false;
    const over = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(true);
    };
    const leave = (event: DragEvent) => {
      if (event.relatedTarget === null) setDragging(false);
    };
    const drop = (event: DragEvent) => {
      if (!carriesFiles(event)) return;
      event.preventDefault();
      setDragging(false);
      void latestReadFiles.current([...(event.dataTransfer?.files ?? [])]);
    };
    page.addEventListener('dragover', over);
    page.addEventListener('dragleave', leave);
    page.addEventListener('drop', drop);
    return () => {
      page.removeEventListener('dragover', over);
      page.removeEventListener('dragleave', leave);
      page.removeEventListener('drop', drop);
    };
  }, []);

  function confirmCsv(csv: PendingCsv) {
    const mapping = validateMapping(csv.mapping, csv.table.headers);
    if (!mapping.ok) {
      setErrors([`${csv.fileName}: ${mapping.error.message}`]);
      return;
    }
    // Remembering is a convenience: if storage refuses, the import still goes ahead.
    void rememberMapping(storage, csv.table.headers, mapping.mapping).catch(() => undefined);
    const { notes, skipped: left } = notesFromTable(csv.table, mapping.mapping);
    setSkipped(left);
    setErrors([]);
    setPending(null);
    onNotes(notes);
  }

  return (
    <section class="import" aria-labelledby="import-title">
      <h2 id="import-title">Add notes</h2>
      <div class="import-ways">
        <form
          class="paste"
          onSubmit={(event) => {
            event.preventDefault();
            const notes = splitNotes(pasted);
            if (notes.length === 0) return;
            onNotes(notes);
            setPasted('');
          }}
        >
          <label for="paste-box">
            Paste notes. Separate notes with a line of dashes (---) or equals signs (===).
          </label>
          <textarea
            id="paste-box"
            rows={8}
            value={pasted}
            onInput={(event) => setPasted(event.currentTarget.value)}
          />
          <button type="submit" disabled={pasted.trim() === ''}>
            Add pasted notes
          </button>
        </form>
        <div class={`drop${dragging ? ' drop-over' : ''}`} ref={dropZone}>
          <p>Drop .txt files or a CSV exported from your EHR anywhere on this page, or</p>
          <label class="file-button">
            Choose files
            <input
              type="file"
              accept=".txt,.csv,.tsv,text/plain,text/csv"
              multiple
              onChange={(event) => {
                const input = event.currentTarget;
                void readFiles([...(input.files ?? [])]);
                input.value = '';
              }}
            />
          </label>
        </div>
      </div>

      {errors.length > 0 && (
        <ul class="import-errors" role="alert">
          {errors.map((error, i) => (
            <li key={i}>{error}</li>
          ))}
        </ul>
      )}
      {skipped.length > 0 && (
        <details class="skipped">
          <summary>
            {skipped.length} {skipped.length === 1 ? 'row was' : 'rows were'} skipped
          </summary>
          <ul>
            {skipped.slice(0, SKIPPED_SHOWN).map((problem) => (
              <li key={problem.row}>{problem.message}</li>
            ))}
          </ul>
          {skipped.length > SKIPPED_SHOWN && <p>…and {skipped.length - SKIPPED_SHOWN} more.</p>}
        </details>
      )}

      {question && (
        <div class="first-row" role="group" aria-label={`First row of ${question.fileName}`}>
          <p>
            {question.fileName}: {question.why} Does row 1 name the columns, or is it the first
            note?
          </p>
          <button type="button" onClick={() => void answer('names')}>
            Row 1 names the columns
          </button>
          <button type="button" onClick={() => void answer('data')}>
            Row 1 is a note (columns become Column 1, Column 2, …)
          </button>
          <button type="button" onClick={() => setQuestion(null)}>
            Cancel
          </button>
        </div>
      )}

      {pending && (
        <form
          class="mapping"
          aria-label={`Columns of ${pending.fileName}`}
          onSubmit={(event) => {
            event.preventDefault();
            confirmCsv(pending);
          }}
        >
          <p>
            {pending.fileName}: {pending.table.rows.length} rows. Check which column holds what.
          </p>
          {pending.recalled && (
            <p class="recalled">Columns chosen as last time for a file with these headers.</p>
          )}
          {pending.table.skipped.length > 0 && (
            <p class="warning">
              {pending.table.skipped.length} rows do not fit the header and will be skipped.
            </p>
          )}
          <div class="mapping-grid">
            {COLUMN_ROLES.map((role) => (
              <div key={role} class="field">
                <label for={`${fieldId}-${role}`}>{ROLE_LABELS[role]}</label>
                <select
                  id={`${fieldId}-${role}`}
                  value={pending.mapping[role] ?? ''}
                  onChange={(event) => {
                    const value = event.currentTarget.value;
                    const mapping = { ...pending.mapping };
                    if (value === '') delete mapping[role];
                    else mapping[role] = Number(value);
                    setPending({ ...pending, mapping, recalled: false });
                  }}
                >
                  <option value="">(none)</option>
                  {pending.table.headers.map((header, index) => (
                    <option key={index} value={index}>
                      {header}
                    </option>
                  ))}
                </select>
              </div>
            ))}
          </div>
          <button type="submit">
            Add {pending.table.rows.length} {pending.table.rows.length === 1 ? 'note' : 'notes'}
          </button>
          <button type="button" onClick={() => setPending(null)}>
            Cancel
          </button>
        </form>
      )}
    </section>
  );
}
