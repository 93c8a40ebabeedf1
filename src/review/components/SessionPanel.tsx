// Saving a session is the one time note text is kept, and only because the supervisor asks:
// a save button that says so, a delete button, and an offer to reopen what was saved.
import { useState } from 'preact/hooks';
import type { SavedSession } from '../saved-session';

interface SessionPanelProps {
  saved: SavedSession | null;
  /** Notes in the batch now. */
  notes: number;
  busy: boolean;
  onLoad(session: SavedSession): void;
  onSave(): Promise<void>;
  onClear(): Promise<void>;
}

function when(iso: string): string {
  return new Date(iso).toLocaleString(undefined, { dateStyle: 'medium', timeStyle: 'short' });
}

export function SessionPanel({ saved, notes, busy, onLoad, onSave, onClear }: SessionPanelProps) {
  const [status, setStatus] = useState('');
  const act = (work: () => Promise<void>, done: string) => {
    setStatus('');
    work().then(
      () => setStatus(done),
      (error: unknown) =>
        setStatus(error instanceof Error ? error.message : 'Extension storage refused.'),
    );
  };
  return (
    <section class="session" aria-labelledby="session-title">
      <h2 id="session-title">Saved session</h2>
      {saved ? (
        <p>
          A session with {saved.notes.length} {saved.notes.length === 1 ? 'note' : 'notes'}, saved{' '}
          {when(saved.savedAt)}, is kept in this browser on this computer.
        </p>
      ) : (
        <p>No session is saved.</p>
      )}
      <p id="session-help" class="help">
        Saving keeps the notes, with their full text, in this browser&apos;s extension storage on
        this computer, and only because you ask. Nothing is sent anywhere. Delete it when the review
        is done.
      </p>
      <div class="session-actions">
        {saved && (
          <button type="button" disabled={busy} onClick={() => onLoad(saved)}>
            Open saved session
          </button>
        )}
        <button
          type="button"
          aria-describedby="session-help"
          disabled={notes === 0 || busy}
          onClick={() => act(onSave, `Saved ${notes} ${notes === 1 ? 'note' : 'notes'}.`)}
        >
          Save session on this computer
        </button>
        {saved && (
          <button
            type="button"
            class="danger"
            onClick={() => act(onClear, 'The saved session is deleted.')}
          >
            Delete saved session
          </button>
        )}
      </div>
      <p role="status" class="session-status">
        {status}
      </p>
    </section>
  );
}
