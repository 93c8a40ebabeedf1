// One note opened from the table: its text with the flagged words marked, and its findings
// read-only (a supervisor reviews; the writer changes the note in the EHR).
import { useEffect, useRef, useState } from 'preact/hooks';
import { KIND_LABELS, SEVERITY_LABELS, findingSubject } from '../../ui/finding-kinds';
import { programName } from '../../ui/program-names';
import { SourceCitation } from '../../ui/SourceCitation';
import type { BatchRow } from '../batch';
import type { BatchNote } from '../batch-note';
import { segmentText } from '../highlight';

interface NoteDetailProps {
  note: BatchNote;
  row: BatchRow;
  onClose(): void;
}

export function NoteDetail({ note, row, onClose }: NoteDetailProps) {
  const findings = row.report?.findings ?? [];
  const [active, setActive] = useState<number | null>(null);
  const textRef = useRef<HTMLPreElement>(null);

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
    <section class="detail" aria-labelledby="detail-title">
      <header class="detail-head">
        <h2 id="detail-title">{note.id}</h2>
        <button type="button" onClick={onClose}>
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
        <pre class="note-text" ref={textRef}>
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
        <ol class="detail-findings" aria-label="Findings">
          {findings.length === 0 && <li class="none">No findings.</li>}
          {findings.map((finding, index) => {
            const subject = findingSubject(
              finding.code,
              note.text.slice(finding.start, finding.end),
            );
            return (
              <li key={index} class={`finding severity-${finding.severity}`}>
                <p class="finding-head">
                  <span class="severity">{SEVERITY_LABELS[finding.severity]}</span>{' '}
                  <span class="kind">{KIND_LABELS[finding.kind]}</span>{' '}
                  {subject.quoted ? (
                    <button type="button" class="excerpt" onClick={() => setActive(index)}>
                      “{subject.text}”
                    </button>
                  ) : (
                    <span class="excerpt-missing">{subject.text}</span>
                  )}
                </p>
                <p class="message">{finding.message}</p>
                {finding.suggestions.length > 0 && (
                  <ul class="suggestions" aria-label="Suggestions">
                    {finding.suggestions.map((suggestion, i) => (
                      <li key={i}>
                        {suggestion.label}
                        {suggestion.replacement !== undefined && ` “${suggestion.replacement}”`}
                      </li>
                    ))}
                  </ul>
                )}
                <SourceCitation source={finding.source} />
              </li>
            );
          })}
        </ol>
      </div>
    </section>
  );
}
