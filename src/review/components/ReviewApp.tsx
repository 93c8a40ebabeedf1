// The supervisor review page: add notes, run them through the engine in a worker, read the
// table, summary and possible clones, open a note, export the review.
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { summarizeBatch } from '../summary';
import type { BatchRow } from '../batch';
import { addNotes, type BatchNote } from '../batch-note';
import type { CloneReport } from '../clones';
import { findingsCsv, notesCsv } from '../export-csv';
import type { PageStorage } from '../page-storage';
import { clearSession, loadSession, saveSession, type SavedSession } from '../saved-session';
import type { ProgressUpdate, ReviewOutcome, RunningReview } from '../worker-client';
import { ClonePanel } from './ClonePanel';
import { ImportPanel } from './ImportPanel';
import { NoteDetail } from './NoteDetail';
import { ReviewTable } from './ReviewTable';
import { SessionPanel } from './SessionPanel';
import { SummaryPanel } from './SummaryPanel';

export interface ReviewAppProps {
  programs: readonly { id: string; name: string }[];
  start(
    request: { program: string; notes: BatchNote[]; findClones: boolean },
    onProgress: (update: ProgressUpdate) => void,
  ): RunningReview;
  download(fileName: string, text: string): void;
  /** Extension storage: remembered CSV columns, and a session only when the user saves one. */
  storage: PageStorage;
  print(): void;
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

export function ReviewApp({ programs, start, download, storage, print }: ReviewAppProps) {
  const [notes, setNotes] = useState<BatchNote[]>([]);
  const [program, setProgram] = useState(programs[0]?.id ?? '');
  const [withClones, setWithClones] = useState(true);
  const [progress, setProgress] = useState<ProgressUpdate | null>(null);
  const [results, setResults] = useState<Results | null>(null);
  const [message, setMessage] = useState<string | null>(null);
  const [selectedId, setSelectedId] = useState<string | null>(null);
  const running = useRef<RunningReview | null>(null);
  const [saved, setSaved] = useState<SavedSession | null>(null);

  useEffect(() => {
    void loadSession(storage).then(setSaved);
  }, [storage]);

  const byId = useMemo(() => new Map(notes.map((note) => [note.id, note])), [notes]);
  const summary = useMemo(() => results && summarizeBatch(results.rows), [results]);
  const cloneIds = useMemo(() => new Set(results?.clones?.groups.flat() ?? []), [results]);
  const selectedRow = results?.rows.find((row) => row.id === selectedId);
  const selectedNote = selectedId === null ? undefined : byId.get(selectedId);
  const textOf = useMemo(() => (id: string) => byId.get(id)?.text, [byId]);

  function finish(outcome: ReviewOutcome) {
    running.current = null;
    setProgress(null);
    if (outcome.type === 'result') setResults({ rows: outcome.rows, clones: outcome.clones });
    else if (outcome.type === 'cancelled') setMessage('Review cancelled.');
    else setMessage(outcome.message);
  }

  function review(batch = notes, batchProgram = program) {
    setMessage(null);
    setResults(null);
    setSelectedId(null);
    setProgress({ phase: 'analyze', done: 0, total: batch.length });
    const run = start({ program: batchProgram, notes: batch, findClones: withClones }, setProgress);
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

  // A saved session is offered first thing; once there are notes, saving sits by the run.
  const sessionPanel = (
    <SessionPanel
      saved={saved}
      notes={notes.length}
      busy={progress !== null}
      onLoad={(session) => {
        const known = programs.some(({ id }) => id === session.program);
        const sessionProgram = known ? session.program : program;
        setNotes(session.notes);
        setProgram(sessionProgram);
        review(session.notes, sessionProgram);
      }}
      onSave={() =>
        saveSession(storage, program, notes).then(setSaved, () => {
          throw new Error(
            'Extension storage refused the session; a large batch can be more than the browser allows.',
          );
        })
      }
      onClear={() => clearSession(storage).then(() => setSaved(null))}
    />
  );

  return (
    <main class="review">
      <header class="page-head">
        <h1>NoteCoach review</h1>
        <p>
          Notes stay on this computer: nothing is sent, and nothing is kept unless you save the
          session.
        </p>
      </header>

      {saved && notes.length === 0 && sessionPanel}

      <ImportPanel
        storage={storage}
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
          Rules for notes that name no program
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
            <progress
              aria-label="Review progress"
              value={progress.done}
              max={progress.total || 1}
            />
            <span role="status">{progressText(progress)}</span>
            <button type="button" onClick={() => running.current?.cancel()}>
              Cancel
            </button>
          </>
        ) : (
          <>
            <button type="button" disabled={notes.length === 0} onClick={() => review()}>
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

      {notes.length > 0 && sessionPanel}

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
            <button type="button" onClick={print}>
              Print report
            </button>
          </div>
          <SummaryPanel summary={summary} />
          <ReviewTable
            rows={results.rows}
            cloneIds={cloneIds}
            selectedId={selectedId}
            onOpen={setSelectedId}
            textOf={textOf}
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
