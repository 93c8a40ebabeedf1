// Possible cloned documentation: pairs of notes that read the same, side by side with the
// shared passages marked in each.
import { useState } from 'preact/hooks';
import type { BatchNote } from '../batch-note';
import type { ClonePair, CloneReport, TextRange } from '../clones';
import { segmentText } from '../highlight';

function MarkedText({ text, ranges }: { text: string; ranges: TextRange[] }) {
  return (
    <pre class="note-text">
      {segmentText(text, ranges).map((segment) =>
        segment.marks.length === 0 ? (
          segment.text
        ) : (
          <mark key={segment.start} class="shared">
            {segment.text}
          </mark>
        ),
      )}
    </pre>
  );
}

/** Never "100%" for notes that differ, however little. */
function percent(value: number): string {
  const shown = Math.round(value * 100);
  return `${value < 1 ? Math.min(shown, 99) : shown}%`;
}

interface ClonePanelProps {
  clones: CloneReport;
  notes: ReadonlyMap<string, BatchNote>;
}

export function ClonePanel({ clones, notes }: ClonePanelProps) {
  const [open, setOpen] = useState<ClonePair | null>(null);
  const label = (id: string) => {
    const note = notes.get(id);
    return [id, note?.staff, note?.client, note?.date].filter(Boolean).join(' · ');
  };
  return (
    <section class="clones" aria-labelledby="clones-title">
      <h2 id="clones-title">Possible cloned notes</h2>
      {clones.pairs.length === 0 ? (
        <p>No two notes read alike.</p>
      ) : (
        <p>
          {clones.groups.length} {clones.groups.length === 1 ? 'group' : 'groups'} of notes that
          read the same or nearly the same.
          {clones.boilerplateLines > 0 &&
            ` Lines that many notes share (${clones.boilerplateLines}, such as a form's headings) are not counted.`}
        </p>
      )}
      <ul class="pairs">
        {clones.pairs.map((pair) => (
          <li key={`${pair.a}|${pair.b}`}>
            <button
              type="button"
              aria-pressed={open === pair}
              onClick={() => setOpen(open === pair ? null : pair)}
            >
              {percent(pair.similarity)} alike: {pair.a} and {pair.b}
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <div class="side-by-side" aria-label={`${open.a} beside ${open.b}`} role="group">
          {(
            [
              [open.a, open.passagesA],
              [open.b, open.passagesB],
            ] as const
          ).map(([id, ranges]) => (
            <div key={id} class="side">
              <h3>{label(id)}</h3>
              <MarkedText text={notes.get(id)?.text ?? ''} ranges={ranges} />
            </div>
          ))}
        </div>
      )}
    </section>
  );
}
