// Activities the program does not pay for, when the worker did them and the note says they
// happened ("CSW drove client", not "client took the bus" or "did not drive him"), unless
// the program's exception is documented.
import { triggerMatches, type CompiledRule } from '../compile';
import { exceptionHolds, findingFor } from '../findings';
import { agentOf, isNegatedOrUnreal, tokenAt } from '../grammar';
import type { Finding } from '../types';
import { markOf, NOTHING, type Check, type Mark, type SentenceInput } from './check';

const PREFIX = 'non-billable:';

export const nonBillable: Check = {
  sentence(input) {
    const marks: Mark[] = [];
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'non-billable') continue;
      const matches = [...triggerMatches(entry, input.text)];
      if (matches.length === 0 || exemptSentence(entry, input.text)) continue;
      const done = matches.find((match) => happened(input, entry, match.index));
      if (done !== undefined) marks.push(markOf(PREFIX + entry.rule.id, done));
    }
    return marks.length > 0 ? { findings: [], marks } : NOTHING;
  },

  note(input) {
    if (input.notBilled) return [];
    const findings: Finding[] = [];
    for (const mark of input.marks) {
      if (!mark.key.startsWith(PREFIX)) continue;
      const id = mark.key.slice(PREFIX.length);
      const entry = input.pack.rules.find((candidate) => candidate.rule.id === id);
      if (entry === undefined) continue;
      const exempt = entry.exceptions.some(
        (exception) =>
          exception.exception.scope === 'note' && exceptionHolds(exception, input.text),
      );
      // (B)6 and (B)7 both describe "drove client to the program": one finding is enough.
      const repeated = findings.some(
        (other) =>
          other.code === entry.rule.code && other.start < mark.end && mark.start < other.end,
      );
      if (!exempt && !repeated) findings.push(findingFor(entry.rule, mark.start, mark.end));
    }
    return findings;
  },
};

function exemptSentence(entry: CompiledRule, text: string): boolean {
  return entry.exceptions.some(
    (exception) => exception.exception.scope === 'sentence' && exceptionHolds(exception, text),
  );
}

function happened(input: SentenceInput, entry: CompiledRule, start: number): boolean {
  if (entry.rule.kind !== 'non-billable') return false;
  const tokens = input.tokens();
  const index = tokenAt(tokens, start);
  const byAnyone = entry.rule.match.agent === 'any';
  if (isNegatedOrUnreal(tokens, index, !byAnyone)) return false;
  return byAnyone || agentOf(input.text, tokens, index, input.pack.matchers) === 'worker';
}
