// What a supervisor reads first about a batch: how many notes need work, which findings
// come up most, and whose units are at risk.
import type { FindingKind } from '../engine/types';
import type { BatchRow } from './batch';

export interface FrequentFinding {
  rule: string;
  kind: FindingKind;
  code: string;
  message: string;
  /** Findings of this rule in the batch, and the notes they are in. */
  count: number;
  notes: number;
}

export interface StaffSummary {
  staff: string;
  notes: number;
  needsWork: number;
  units: number;
  unitsAtRisk: number;
}

export interface BatchSummary {
  notes: number;
  needsWork: number;
  passed: number;
  failed: number;
  units: number;
  unitsAtRisk: number;
  topFindings: FrequentFinding[];
  byStaff: StaffSummary[];
}

/** Rows without a staff name are summed under this label. */
export const NO_STAFF = '(no staff named)';

export function summarizeBatch(rows: readonly BatchRow[], topCount = 10): BatchSummary {
  const findings = new Map<string, FrequentFinding>();
  const staff = new Map<string, StaffSummary>();
  const summary: BatchSummary = {
    notes: rows.length,
    needsWork: 0,
    passed: 0,
    failed: 0,
    units: 0,
    unitsAtRisk: 0,
    topFindings: [],
    byStaff: [],
  };
  for (const row of rows) {
    if (row.status === 'needs-work') summary.needsWork++;
    else if (row.status === 'pass') summary.passed++;
    else summary.failed++;
    summary.units += row.units ?? 0;
    summary.unitsAtRisk += row.unitsAtRisk;

    const name = row.staff ?? NO_STAFF;
    const person = staff.get(name) ?? {
      staff: name,
      notes: 0,
      needsWork: 0,
      units: 0,
      unitsAtRisk: 0,
    };
    person.notes++;
    if (row.status === 'needs-work') person.needsWork++;
    person.units += row.units ?? 0;
    person.unitsAtRisk += row.unitsAtRisk;
    staff.set(name, person);

    const rulesInNote = new Set<string>();
    for (const finding of row.report?.findings ?? []) {
      const entry = findings.get(finding.rule) ?? {
        rule: finding.rule,
        kind: finding.kind,
        code: finding.code,
        message: finding.message,
        count: 0,
        notes: 0,
      };
      entry.count++;
      if (!rulesInNote.has(finding.rule)) entry.notes++;
      rulesInNote.add(finding.rule);
      findings.set(finding.rule, entry);
    }
  }
  summary.topFindings = [...findings.values()]
    .sort((a, b) => b.count - a.count || a.rule.localeCompare(b.rule))
    .slice(0, topCount);
  summary.byStaff = [...staff.values()].sort(
    (a, b) => b.unitsAtRisk - a.unitsAtRisk || a.staff.localeCompare(b.staff),
  );
  return summary;
}
