import type { Report } from '../engine/types';

/** Findings the writer should act on; tips (severity info) do not count. */
export function countToFix(report: Pick<Report, 'findings'>): number {
  return report.findings.filter((finding) => finding.severity !== 'info').length;
}
