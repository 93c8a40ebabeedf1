import type { Report } from '../engine/types';
import { dollars } from './format';
import { ClockIcon } from './icons';

/** One line under the header: minutes, units and estimate, so they show without scrolling. */
export function UnitsGlance({ report }: { report: Pick<Report, 'time' | 'units' | 'dollars'> }) {
  if (report.time.minutes === null) {
    return (
      <p class="glance">
        <ClockIcon />
        <span>No service time yet</span>
      </p>
    );
  }
  return (
    <p class="glance">
      <ClockIcon />
      <span>
        <strong>{report.time.minutes} min</strong>
        {report.units && (
          <>
            {' · '}
            <strong>
              {report.units.units} {report.units.units === 1 ? 'unit' : 'units'}
            </strong>
          </>
        )}
        {report.dollars && (
          <>
            {' · est. '}
            <strong>{dollars(report.dollars.amount)}</strong>
          </>
        )}
      </span>
    </p>
  );
}
