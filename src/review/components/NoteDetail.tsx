// One note opened from the table: its text with the flagged words marked, beside its findings
// as the sidebar shows them, read-only (a supervisor reviews; the writer fixes the note).
import { useEffect, useRef, useState } from 'preact/hooks';
import { programName } from '../../ui/program-names';
import type { BatchRow } from '../batch';
import type { BatchNote } from '../batch-note';
import { segmentText } from '../highlight';
import { SidebarFindings } from './SidebarFindings';

interface NoteDetailProps {
  note: BatchNote;
  row: BatchRow;
  onClose(): void;
}

export function NoteDetail({ note, row, onClose }: NoteDetailProps) {
  const findings = row.report?.findings ?? [];
  const [active, setActive] = useState<number | null>(null);
  const textRef = useRef<HTMLPreElement>(null);
  const headingRef = useRef<HTMLHeadingElement>(null);

  // Opening a note from the table moves keyboard focus to it.
  useEffect(() => {
    headingRef.current?.focus();
    setActive(null);
  }, [note.id]);

  useEffect(() => {
    if (active === null) return;
    textRef.current
      ?.querySelector(`[data-findings~="${active}"]`)
      ?.scrollIntoView({ block: 'center', behavior: 'smooth' });
  }, [active]);

  const segments = segmentText(note.text, findings);
  const facts = [
    note.date && `Date ${note.date}`,
    note.staff && `Staff ${note.staff}`,
    note.client && `Client ${note.client}`,
    row.report && programName(row.report.program),
    row.report?.units?.explanation,
  ].filter(Boolean);

  return (
    <section
      class="detail"
      aria-labelledby="detail-title"
      onKeyDown={(event) => {
        if (event.key === 'Escape') onClose();
      }}
    >
      <header class="detail-head">
        <h2 id="detail-title" tabIndex={-1} ref={headingRef}>
          {note.id}
        </h2>
        <button type="button" onClick={onClose} title="Close (Esc)">
          Close
        </button>
      </header>
      {facts.length > 0 && <p class="facts">{facts.join(' · ')}</p>}
      {row.status === 'error' && (
        <p class="warning" role="alert">
          This note could not be analysed.
        </p>
      )}
      <div class="detail-body">
        <pre class="note-text" ref={textRef} aria-label="Note text">
          {segments.map((segment) =>
            segment.marks.length === 0 ? (
              segment.text
            ) : (
              <mark
                key={segment.start}
                data-findings={segment.marks.join(' ')}
                class={`kind-${findings[segment.marks[0]!]!.kind}${
                  active !== null && segment.marks.includes(active) ? ' active' : ''
                }`}
              >
                {segment.text}
              </mark>
            ),
          )}
        </pre>
        {row.report && (
          <SidebarFindings
            report={row.report}
            excerpts={findings.map((finding) => note.text.slice(finding.start, finding.end))}
            onReveal={setActive}
          />
        )}
      </div>
    </section>
  );
}
