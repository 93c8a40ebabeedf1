// The batch at a glance: notes needing work, units at risk, frequent findings, per staff.
import { KIND_LABELS } from '../../ui/finding-kinds';
import type { BatchSummary } from '../summary';
import { StaffChart } from './StaffChart';

export function SummaryPanel({ summary }: { summary: BatchSummary }) {
  return (
    <section class="summary" aria-labelledby="summary-title">
      <h2 id="summary-title">Summary</h2>
      <dl class="totals">
        <div>
          <dt>Notes</dt>
          <dd>{summary.notes}</dd>
        </div>
        <div>
          <dt>Need work</dt>
          <dd>{summary.needsWork}</dd>
        </div>
        <div>
          <dt>Units</dt>
          <dd>{summary.units}</dd>
        </div>
        <div>
          <dt>Units at risk</dt>
          <dd>{summary.unitsAtRisk}</dd>
        </div>
        {summary.failed > 0 && (
          <div>
            <dt>Not analysed</dt>
            <dd>{summary.failed}</dd>
          </div>
        )}
      </dl>
      {summary.topFindings.length > 0 && (
        <>
          <h3>Most frequent findings</h3>
          <ol class="top-findings">
            {summary.topFindings.map((finding) => (
              <li key={finding.rule}>
                <span class="kind">{KIND_LABELS[finding.kind]}:</span> {finding.message}{' '}
                <span class="count">
                  {finding.count} in {finding.notes} {finding.notes === 1 ? 'note' : 'notes'}
                </span>
              </li>
            ))}
          </ol>
        </>
      )}
      <h3 id="by-staff-title">By staff</h3>
      <div class="by-staff-view">
        <StaffChart staff={summary.byStaff} />
        <table class="by-staff" aria-labelledby="by-staff-title">
          <thead>
            <tr>
              <th scope="col">Staff</th>
              <th scope="col" class="num">
                Notes
              </th>
              <th scope="col" class="num">
                Need work
              </th>
              <th scope="col" class="num">
                Units
              </th>
              <th scope="col" class="num">
                Units at risk
              </th>
            </tr>
          </thead>
          <tbody>
            {summary.byStaff.map((staff) => (
              <tr key={staff.staff}>
                <th scope="row">{staff.staff}</th>
                <td class="num">{staff.notes}</td>
                <td class="num">{staff.needsWork}</td>
                <td class="num">{staff.units}</td>
                <td class="num">{staff.unitsAtRisk}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </section>
  );
}
