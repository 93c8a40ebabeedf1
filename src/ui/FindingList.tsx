import type { Finding, FindingKind } from '../engine/types';
import { FindingCard, type FindingActions } from './FindingCard';
import { KIND_LABELS, KIND_ORDER } from './finding-kinds';

interface FindingListProps extends FindingActions {
  findings: readonly Finding[];
  /** excerpts[i] is the text of findings[i]. */
  excerpts: readonly string[];
  /** Kinds shown elsewhere (the units panel shows limits) are left out. */
  exclude?: readonly FindingKind[];
}

/** Findings grouped by kind, each group a titled list; indices stay those of the report. */
export function FindingList({ findings, excerpts, exclude = [], ...actions }: FindingListProps) {
  const groups = KIND_ORDER.filter((kind) => !exclude.includes(kind))
    .map((kind) => ({
      kind,
      items: findings
        .map((finding, index) => ({ finding, index }))
        .filter(({ finding }) => finding.kind === kind),
    }))
    .filter((group) => group.items.length > 0);

  return (
    <div class="groups">
      {groups.map(({ kind, items }) => (
        <section class="group" key={kind} aria-labelledby={`nc-group-${kind}`}>
          <h3 class="group-title" id={`nc-group-${kind}`}>
            {KIND_LABELS[kind]} <span class="count">{items.length}</span>
          </h3>
          <ul class="cards" aria-label={`${KIND_LABELS[kind]} findings`}>
            {items.map(({ finding, index }) => (
              <FindingCard
                key={`${index}-${finding.rule}`}
                finding={finding}
                excerpt={excerpts[index] ?? ''}
                index={index}
                {...actions}
              />
            ))}
          </ul>
        </section>
      ))}
    </div>
  );
}
