// The teaching pairs, filtered by program and by finding kind.
import { useState } from 'preact/hooks';
import { FINDING_KINDS, type FindingKind } from '../../engine/types';
import { PROGRAM_IDS, type ProgramId } from '../../rules/packs';
import { KIND_LABELS } from '../../ui/finding-kinds';
import { programName } from '../../ui/program-names';
import type { Checker } from '../check-client';
import type { ExamplePair } from '../pairs/example-pair';
import { PairCard } from './PairCard';

interface PairsViewProps {
  pairs: readonly ExamplePair[];
  check: Checker;
  onPractice(pair: ExamplePair): void;
}

/** The option chosen, or '' (all) for anything else. */
function known<T extends string>(ids: readonly T[], value: string): T | '' {
  return ids.find((id) => id === value) ?? '';
}

export function PairsView({ pairs, check, onPractice }: PairsViewProps) {
  const [program, setProgram] = useState<ProgramId | ''>('');
  const [kind, setKind] = useState<FindingKind | ''>('');
  const shown = pairs.filter(
    (pair) =>
      (program === '' || pair.program === program) && (kind === '' || pair.expect.kind === kind),
  );
  return (
    <section class="view" aria-labelledby="pairs-title">
      <h2 id="pairs-title" tabIndex={-1}>
        Good and bad documentation
      </h2>
      <p class="lead">
        Each note is checked live by the same engine the sidebar uses. Marked words are what the
        rules flag.
      </p>
      <div class="filters">
        <label>
          Program{' '}
          <select
            value={program}
            onChange={(event) => setProgram(known(PROGRAM_IDS, event.currentTarget.value))}
          >
            <option value="">All programs</option>
            {PROGRAM_IDS.map((id) => (
              <option key={id} value={id}>
                {programName(id)}
              </option>
            ))}
          </select>
        </label>
        <label>
          Problem{' '}
          <select
            value={kind}
            onChange={(event) => setKind(known(FINDING_KINDS, event.currentTarget.value))}
          >
            <option value="">All problems</option>
            {FINDING_KINDS.map((id) => (
              <option key={id} value={id}>
                {KIND_LABELS[id]}
              </option>
            ))}
          </select>
        </label>
        <p class="shown-count" role="status">
          {shown.length} {shown.length === 1 ? 'pair' : 'pairs'}
        </p>
      </div>
      {shown.map((pair) => (
        <PairCard key={pair.id} pair={pair} check={check} onPractice={onPractice} />
      ))}
    </section>
  );
}
