// Billable and non-billable work in the same note: Missouri asks for them to be documented
// separately, so the billable note stands on its own.
import { findingFor } from '../findings';
import type { Finding } from '../types';
import { markOf, NOTHING, type Check, type Mark } from './check';

const PREFIX = 'billable:';

export const mixedBilling: Check = {
  sentence(input) {
    const marks: Mark[] = [];
    for (const entry of input.pack.rules) {
      if (entry.billable === null) continue;
      entry.billable.lastIndex = 0;
      const match = entry.billable.exec(input.text);
      if (match) marks.push(markOf(PREFIX + entry.rule.id, match));
    }
    return marks.length > 0 ? { findings: [], marks } : NOTHING;
  },

  note(input) {
    if (input.notBilled) return [];
    const unpaid = input.findings.filter((finding) => finding.kind === 'non-billable');
    const first = unpaid[0];
    if (first === undefined) return [];
    const findings: Finding[] = [];
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'mixed-billing') continue;
      const billable = input.marks.some(
        (mark) =>
          mark.key === PREFIX + entry.rule.id &&
          !unpaid.some((finding) => sameSentence(input.text, finding.start, mark.start)),
      );
      if (billable) findings.push(findingFor(entry.rule, first.start, first.end));
    }
    return findings;
  },
};

/** No sentence end between the two offsets. */
function sameSentence(text: string, a: number, b: number): boolean {
  const between = text.slice(Math.min(a, b), Math.max(a, b));
  return !/[.!?\n]/.test(between);
}
