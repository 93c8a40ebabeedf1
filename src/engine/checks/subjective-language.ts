// Judgments and stigmatizing labels ("was manipulative", "dirty UA") where an auditor wants
// the observed behavior. Quoted words are the client's own and stay quiet.
import { triggerMatches } from '../compile';
import { findingFor } from '../findings';
import { tokenAt, type Token } from '../grammar';
import { isGeneric, nounPhraseAt } from '../phrase-parts';
import type { Finding } from '../types';
import { NOTHING, type Check, type SentenceInput } from './check';

export const subjectiveLanguage: Check = {
  sentence(input) {
    const findings: Finding[] = [];
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'subjective-language') continue;
      for (const match of triggerMatches(entry, input.text)) {
        const start = match.index;
        const end = start + match[0].length;
        if (isQuoted(input.text, start)) continue;
        if (entry.rule.match.quietWhenBehaviorFollows && behaviorFollows(input, end)) continue;
        findings.push(findingFor(entry.rule, start, end));
      }
    }
    return findings.length > 0 ? { findings, marks: [] } : NOTHING;
  },
};

/** "refused to cooperate" still names no behavior. */
const VAGUE_BEHAVIOR = new Set([
  'cooperate',
  'participate',
  'engage',
  'comply',
  'listen',
  'follow',
  'talk',
  'work',
  'do',
  'try',
  'change',
  'open',
  'help',
  'be',
]);

function isQuoted(text: string, at: number): boolean {
  const quotes = text.slice(0, at).match(/["“”]/g)?.length ?? 0;
  return quotes % 2 === 1;
}

/** "refused to sign the release" or "refused the blood draw" names the behavior. */
function behaviorFollows(input: SentenceInput, end: number): boolean {
  const tokens = input.tokens();
  const last = tokenAt(tokens, end - 1);
  const next = tokens[last + 1];
  if (next === undefined || /[,;:.!?]/.test((tokens[last] as Token).post)) return false;
  if (next.normal === 'to') {
    const verb = tokens[last + 2];
    return verb !== undefined && verb.tags.has('Verb') && !VAGUE_BEHAVIOR.has(verb.normal);
  }
  const object = nounPhraseAt(tokens, last + 1);
  return (
    object !== null &&
    !isGeneric(input.text, tokens, object, input.pack.genericTopics, input.pack.matchers.personAt)
  );
}
