// Possible cloned documentation: one entry per group of notes that read alike, its notes and
// the text they share; any note of a group opens beside the note it is closest to.
import { useMemo, useState } from 'preact/hooks';
import type { BatchNote } from '../batch-note';
import { closestPartner, cloneClusters, type CloneCluster } from '../clone-clusters';
import type { ClonePair, CloneReport, TextRange } from '../clones';
import { segmentText } from '../highlight';

function MarkedText({ text, ranges }: { text: string; ranges: readonly TextRange[] }) {
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

function alike({ most, least }: CloneCluster): string {
  return most === least || percent(most) === percent(least)
    ? `${percent(most)} alike`
    : `${percent(least)}–${percent(most)} alike`;
}

/** At most this many ids in a group's button; the group itself lists them all. */
const IDS_IN_BUTTON = 4;

function idList(ids: readonly string[]): string {
  const shown = ids.slice(0, IDS_IN_BUTTON).join(', ');
  return ids.length > IDS_IN_BUTTON ? `${shown} and ${ids.length - IDS_IN_BUTTON} more` : shown;
}

interface ClonePanelProps {
  clones: CloneReport;
  notes: ReadonlyMap<string, BatchNote>;
}

export function ClonePanel({ clones, notes }: ClonePanelProps) {
  const clusters = useMemo(() => cloneClusters(clones), [clones]);
  const [openAnchor, setOpenAnchor] = useState<string | null>(null);
  const [compared, setCompared] = useState<ClonePair | null>(null);
  const open = clusters.find((cluster) => cluster.anchor === openAnchor) ?? null;
  const label = (id: string) => {
    const note = notes.get(id);
    return [id, note?.staff, note?.client, note?.date].filter(Boolean).join(' · ');
  };
  return (
    <section class="clones" aria-labelledby="clones-title">
      <h2 id="clones-title">Possible cloned notes</h2>
      {clusters.length === 0 ? (
        <p>No two notes read alike.</p>
      ) : (
        <p>
          {clusters.length} {clusters.length === 1 ? 'group' : 'groups'} of notes that read the same
          or nearly the same.
          {clones.boilerplateLines > 0 &&
            ` Lines that many notes share (${clones.boilerplateLines}, such as a form's headings) are not counted.`}
        </p>
      )}
      <ul class="clone-groups">
        {clusters.map((cluster) => (
          <li key={cluster.anchor}>
            <button
              type="button"
              aria-expanded={open === cluster}
              onClick={() => {
                setCompared(null);
                setOpenAnchor(open === cluster ? null : cluster.anchor);
              }}
            >
              {cluster.ids.length} notes, {alike(cluster)}: {idList(cluster.ids)}
            </button>
          </li>
        ))}
      </ul>
      {open && (
        <div class="clone-group" role="group" aria-label={`Notes alike ${open.anchor}`}>
          <h3>Text they share, marked in {label(open.anchor)}</h3>
          <MarkedText text={notes.get(open.anchor)?.text ?? ''} ranges={open.shared} />
          <h3>The {open.ids.length} notes</h3>
          <ul class="clone-members">
            <li>
              {label(open.anchor)} <span class="muted">(shown above)</span>
            </li>
            {open.members.map((member) => {
              const partner = closestPartner(member);
              return (
                <li key={member.id}>
                  {label(member.id)}
                  {member.closest && partner && (
                    <>
                      {' '}
                      <span class="muted">
                        reads {percent(member.closest.similarity)} like {partner}
                      </span>{' '}
                      <button
                        type="button"
                        aria-pressed={compared === member.closest}
                        onClick={() =>
                          setCompared(compared === member.closest ? null : member.closest)
                        }
                      >
                        Compare {member.id} with {partner}
                      </button>
                    </>
                  )}
                </li>
              );
            })}
          </ul>
          {compared && (
            <div
              class="side-by-side"
              aria-label={`${compared.a} beside ${compared.b}`}
              role="group"
            >
              {(
                [
                  [compared.a, compared.passagesA],
                  [compared.b, compared.passagesB],
                ] as const
              ).map(([id, ranges]) => (
                <div key={id} class="side">
                  <h3>{label(id)}</h3>
                  <MarkedText text={notes.get(id)?.text ?? ''} ranges={ranges} />
                </div>
              ))}
            </div>
          )}
        </div>
      )}
    </section>
  );
}
