// How far a trainee has come with a practice note: which of the note's original findings
// are gone, and whether the rewrite brought new ones.
import type { Finding } from '../engine/types';

export interface PracticeProgress {
  /** Findings to fix in the note as it was handed out. */
  total: number;
  /** Of those, how many the rewrite no longer has. */
  cleared: number;
  /** Findings the rewrite has that the original did not. */
  added: number;
}

/** Tips (severity info) are not counted, as the sidebar's "to fix" badge does not count them. */
const toFix = (findings: readonly Finding[]) =>
  findings.filter((finding) => finding.severity !== 'info');

const keyOf = (finding: Finding) => `${finding.rule}\u0000${finding.code}`;

export function practiceProgress(
  original: readonly Finding[],
  now: readonly Finding[],
): PracticeProgress {
  const remaining = new Map<string, number>();
  for (const finding of toFix(now))
    remaining.set(keyOf(finding), (remaining.get(keyOf(finding)) ?? 0) + 1);
  let cleared = 0;
  for (const finding of toFix(original)) {
    const left = remaining.get(keyOf(finding)) ?? 0;
    if (left > 0) remaining.set(keyOf(finding), left - 1);
    else cleared++;
  }
  const added = [...remaining.values()].reduce((sum, count) => sum + count, 0);
  return { total: toFix(original).length, cleared, added };
}
