import type { Finding, Report } from '../engine/types';
import type { FindingActions } from './FindingCard';
import { FindingCard } from './FindingCard';
import { ClockIcon } from './icons';
import { clockTime, dollars } from './format';
import { roundingInWords } from './rounding-words';
import { SourceCitation } from './SourceCitation';

interface UnitsPanelProps extends FindingActions {
  report: Pick<Report, 'time' | 'units' | 'dollars' | 'findings'>;
  excerpts: readonly string[];
}

/** Where the minutes came from, in words a CSW can check against the note. */
function timeSource(time: Report['time']): string {
  const range =
    time.start && time.end
      ? `${clockTime(time.start.minutes)} – ${clockTime(time.end.minutes)}`
      : null;
  switch (time.basis) {
    case 'range':
      return `${range ?? 'Start and end time'}, from the note`;
    case 'context':
      return `${range ?? 'Start and end time'}, from the form`;
    case 'duration':
      return 'Duration stated in the note';
    default:
      return 'No start and end time found yet';
  }
}

/** Minutes found, the units they make, how they were rounded, a dollar estimate and limits. */
export function UnitsPanel({ report, excerpts, ...actions }: UnitsPanelProps) {
  const { time, units, dollars: estimate } = report;
  const limits = report.findings
    .map((finding, index) => ({ finding, index }))
    .filter((item): item is { finding: Finding; index: number } => item.finding.kind === 'limit');

  return (
    <section class="units" aria-labelledby="nc-units-title">
      <h3 class="group-title" id="nc-units-title">
        Time and units
      </h3>
      <dl class="stats">
        <div class="stat">
          <dt>Minutes</dt>
          <dd>{time.minutes ?? '—'}</dd>
        </div>
        <div class="stat">
          <dt>Units</dt>
          <dd>{units ? units.units : '—'}</dd>
        </div>
        <div class="stat">
          <dt>Estimate</dt>
          <dd>{estimate ? dollars(estimate.amount) : '—'}</dd>
        </div>
      </dl>
      <p class="time-source">
        <ClockIcon />
        <span>{timeSource(time)}</span>
      </p>
      {units ? (
        <div class="units-detail">
          <p>{units.explanation}</p>
          <p class="muted">{roundingInWords(units.rounding, units.unitMinutes)}</p>
        </div>
      ) : (
        <p class="muted">
          Add when the service started and ended (for example “from 10:00 to 10:45”) to count units.
        </p>
      )}
      {estimate && (
        <p class="rate muted">
          {dollars(estimate.rate)} per {estimate.per}, {estimate.label}.{' '}
          <SourceCitation source={estimate.source} />
        </p>
      )}
      {limits.length > 0 && (
        <ul class="cards" aria-label="Limits findings">
          {limits.map(({ finding, index }) => (
            <FindingCard
              key={`${index}-${finding.rule}`}
              finding={finding}
              excerpt={excerpts[index] ?? ''}
              index={index}
              {...actions}
            />
          ))}
        </ul>
      )}
    </section>
  );
}
