// The supervisor review page: add notes, run them through the engine in a worker, read the
// table, summary and possible clones, open a note, export the review.
import { useMemo, useRef, useState } from 'preact/hooks';
import { summarizeBatch } from '../summary';
import type { BatchRow } from '../batch';
import { addNotes, type BatchNote } from '../batch-note';
import type { CloneReport } from '../clones';
import { findingsCsv, notesCsv } from '../export-csv';
import type { ProgressUpdate, ReviewOutcome, RunningReview } from '../worker-client';
import { ClonePanel } from './ClonePanel';
import { ImportPanel } from './ImportPanel';
import { NoteDetail } from './NoteDetail';
import { ReviewTable } from './ReviewTable';
import { SummaryPanel } from './SummaryPanel';

export interface ReviewAppProps {
  programs: readonly { id: string; name: string }[];
  start(
    request: { program: string; notes: BatchNote[]; findClones: boolean },
    onProgress: (update: ProgressUpdate) => void,
  ): RunningReview;
  download(fileName: string, text: string): void;
}

interface Results {
  rows: BatchRow[];
  clones: CloneReport | null;
}

function progressText({ phase, done, total }: ProgressUpdate): string {
  return phase === 'clones'
    ? `Looking for cloned notes among ${total}…`
    : `Analysed ${done} of ${total} notes…`;
}

export function ReviewApp({ programs, start, download }: ReviewAppProps) {
  const [notes, setNotes] = useState<BatchNote[]>([]);
  const [program, setProgram] = useState(programs[0]?.id ?? '');
  const [withClones, setWithClones] = useState(true);
  const [progress, setProgress] = useState<ProgressUpdate | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const running = useRef<RunningReview | null>(null);

  const byId = useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes]);
  const summary = useMemo(() => results && summarizeBatch(results.rows), [results]);
  const cloneIds = useMemo(() => new Set(results?.clones?.groups.flat() ?? []), [results]);
  const selectedRow = results?.rows.find((row) => row.id === selectedId);
  const selectedNote = selectedId === null ? undefined : byId.get(selectedId);

  function finish(outcome: ReviewOutcome) {
    running.current = null;
    setProgress(null);
    if (outcome.type === 'result') setResults({ rows: outcome.rows, clones: outcome.clones });
    else if (outcome.type === 'cancelled') setMessage('Review cancelled.');
    else setMessage(outcome.message);
  }

  function review() {
    setMessage(null);
    setResults(null);
    setSelectedId(null);
    setProgress({ phase: 'analyze', done: 0, total: notes.length });
    const run = start({ program, notes, findClones: withClones }, setProgress);
    running.current = run;
    void run.outcome.then(finish);
  }

  function exportFindings() {
    if (!results) return;
    const items = results.rows.flatMap((row) => {
      const note = byId.get(row.id);
      return note ? [{ note, report: row.report }] : [];
    });
    download('notecoach-findings.csv', findingsCsv(items));
  }

  return (
    <main class="review">
      <header class="page-head">
        <h1>NoteCoach review</h1>
        <p>Notes stay on this computer: nothing is sent or saved.</p>
      </header>

      <ImportPanel
        onNotes={(incoming) => {
          setNotes((current) => addNotes(current, incoming));
          setResults(null);
          setSelectedId(null);
        }}
      />

      <section class="run" aria-label="Run the review">
        <p>
          {notes.length} {notes.length === 1 ? 'note' : 'notes'} ready.
        </p>
        <label>
          Program
          <select value={program} onChange={(event) => setProgram(event.currentTarget.value)}>
            {programs.map(({ id, name }) => (
              <option key={id} value={id}>
                {name}
              </option>
            ))}
          </select>
        </label>
        <label class="check">
          <input
            type="checkbox"
            checked={withClones}
            onChange={(event) => setWithClones(event.currentTarget.checked)}
          />
          Look for cloned notes
        </label>
        {progress ? (
          <>
            <progress value={progress.done} max={progress.total || 1} />
            <span role="status">{progressText(progress)}</span>
            <button type="button" onClick={() => running.current?.cancel()}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" disabled={notes.length === 0} onClick={review}>
              Review {notes.length} {notes.length === 1 ? 'note' : 'notes'}
            </button>
            <button
              type="button"
              disabled={notes.length === 0}
              onClick={() => {
                setNotes([]);
                setResults(null);
                setSelectedId(null);
                setMessage(null);
              }}
            >
              Clear
            </button>
          </>
        )}
        {message && <p role="alert">{message}</p>}
      </section>

      {results && summary && (
        <>
          <div class="exports">
            <button type="button" onClick={exportFindings}>
              Export findings (CSV)
            </button>
            <button
              type="button"
              onClick={() => download('notecoach-notes.csv', notesCsv(results.rows))}
            >
              Export table (CSV)
            </button>
          </div>
          <SummaryPanel summary={summary} />
          <ReviewTable
            rows={results.rows}
            cloneIds={cloneIds}
            selectedId={selectedId}
            onOpen={setSelectedId}
          />
          {selectedRow && selectedNote && (
            <NoteDetail note={selectedNote} row={selectedRow} onClose={() => setSelectedId(null)} />
          )}
          {results.clones && <ClonePanel clones={results.clones} notes={byId} />}
        </>
      )}
    </main>
  );
}
