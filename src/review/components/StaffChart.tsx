// A small bar chart of units at risk per staff member. The by-staff table beside it holds
// the same numbers for anyone who cannot see the bars; the chart says so in its description.
import { useId } from 'preact/hooks';
import type { StaffSummary } from '../summary';

/** Staff members drawn; the table lists everyone. */
export const CHART_STAFF = 8;

const ROW = 26;
const LABEL = 150;
const BAR = 260;
const VALUE = 70;

export function StaffChart({ staff }: { staff: readonly StaffSummary[] }) {
  const id = useId();
  const shown = staff.slice(0, CHART_STAFF);
  const most = Math.max(1, ...shown.map((person) => person.unitsAtRisk));
  const height = shown.length * ROW + 4;
  const described = shown
    .map((person) => `${person.staff}: ${person.unitsAtRisk} of ${person.units} units`)
    .join('; ');
  return (
    <svg
      class="staff-chart"
      role="img"
      aria-labelledby={`${id}-title ${id}-desc`}
      viewBox={`0 0 ${LABEL + BAR + VALUE} ${height}`}
      width={LABEL + BAR + VALUE}
      height={height}
    >
      <title id={`${id}-title`}>Units at risk per staff member</title>
      <desc id={`${id}-desc`}>{described}. The table “By staff” lists the same numbers.</desc>
      {shown.map((person, row) => {
        const y = row * ROW + 2;
        const width = (person.unitsAtRisk / most) * BAR;
        return (
          <g key={person.staff} aria-hidden="true">
            <text x={LABEL - 8} y={y + ROW / 2} text-anchor="end" dominant-baseline="middle">
              {person.staff.length > 20 ? `${person.staff.slice(0, 19)}…` : person.staff}
            </text>
            <rect class="bar-track" x={LABEL} y={y + 4} width={BAR} height={ROW - 10} rx={3} />
            <rect class="bar" x={LABEL} y={y + 4} width={width} height={ROW - 10} rx={3} />
            <text x={LABEL + BAR + 8} y={y + ROW / 2} dominant-baseline="middle">
              {person.unitsAtRisk} / {person.units}
            </text>
          </g>
        );
      })}
    </svg>
  );
}
