// Vague verbs ("assisted", "met with") that do not say what the worker did. Quiet when the
// sentence goes on to say how; otherwise suggests the verb to use and the detail to add.
import type { AmbiguousTermRule } from '../../rules/schema';
import { clauseEnd, isNegatedOrUnreal, statedAgent, tokenAt, type Token } from '../grammar';
import { triggerMatches } from '../compile';
import { fillSuggestions, findingFor } from '../findings';
import { namesTopic, nounPhraseAt, personAfter, saysHow, topicAfter } from '../phrase-parts';
import type { Finding } from '../types';
import { NOTHING, statesIntent, type Check, type Mark, type SentenceInput } from './check';

/** Marks a vague verb whose sentence names no doer ("Helped another member spell it"). */
export const NO_SUBJECT = 'ambiguous-term:no-subject';

export const ambiguousTerms: Check = {
  sentence(input) {
    // "CSP goals (supports outpatient plan): ...": a goal or a plan is not an account of what was done.
    if (statesIntent(input.text)) return NOTHING;
    const findings: Finding[] = [];
    const marks: Mark[] = [];
    for (const entry of input.pack.rules) {
      if (entry.rule.kind !== 'ambiguous-term') continue;
      for (const match of triggerMatches(entry, input.text)) {
        const judged = judge(input, entry.rule, match.index, match.index + match[0].length);
        if (judged === null) continue;
        findings.push(judged.finding);
        if (judged.unsaid) marks.push({ key: NO_SUBJECT, start: judged.finding.start, end: judged.finding.end }); // prettier-ignore
      }
    }
    return findings.length > 0 ? { findings, marks } : NOTHING;
  },
};

function judge(
  input: SentenceInput,
  rule: AmbiguousTermRule,
  start: number,
  end: number,
): { finding: Finding; unsaid: boolean } | null {
  const { text, pack } = input;
  const tokens = input.tokens();
  const first = tokenAt(tokens, start);
  const last = tokenAt(tokens, end - 1);
  const term = tokens[first] as Token;
  // Words in a leading label ("Parenting Support Service - Session Note:") are a title, not an act.
  if (term === undefined || term.start > start || term.end <= start) return null;
  // "the second of three CSP-assisted trips", "peer-supported housing": a compound modifier.
  if (/[\p{L}\p{N}][-‐]$/u.test(text.slice(Math.max(0, start - 2), start))) return null;
  const person = pack.matchers.personAt;
  const who = personAfter(text, tokens, last + 1, person);
  // "to meet with the agency" is a plan, and "natural supports" is a noun, not what the worker did.
  if (tokens[first - 1]?.normal === 'to') return null;
  if (isNameOrTitle(tokens, first) || isBareForm(tokens, first)) return null;
  if (!term.tags.has('Verb') && who === null) return null;
  const agent = statedAgent(text, tokens, first, pack.matchers);
  if (agent === 'other') return null;
  if (isNegatedOrUnreal(tokens, first)) return null;

  const restEnd = sentenceRestEnd(tokens, last);
  // What was discussed must be said outright; a later verb ("and gave him a ride") does not say it.
  const byTopic = rule.match.flagUnless === 'topic';
  if (saysHow(text, tokens, last + 1, restEnd, pack.genericTopics, person, !byTopic)) return null;
  if (
    rule.match.flagUnless === 'topic' &&
    namesTopic(text, tokens, last + 1, pack.genericTopics, person)
  ) {
    return null;
  }

  const afterPerson = who ? who.to + 1 : last + 1;
  // "discussed issues": the vague object belongs in the span the rewording replaces.
  const object = rule.match.flagUnless === 'topic' ? nounPhraseAt(tokens, afterPerson) : null;
  const topic = object ?? topicAfter(tokens, afterPerson, clauseEnd(tokens, last));
  // "discussed things with client": the person after the object belongs to the span too.
  const trailing =
    object && tokens[object.to + 1]?.normal === 'with'
      ? personAfter(text, tokens, object.to + 2, person)
      : null;
  const named = who ?? trailing ?? personInside(text, tokens, first + 1, last, person);
  const lastPart = trailing ?? topic ?? who;
  const spanEnd = lastPart ? (tokens[lastPart.to] as Token).end : end;
  const slots = {
    person: named ? slice(text, tokens, named.from, named.to) : undefined,
    topic: topic ? slice(text, tokens, topic.from, topic.to) : undefined,
  };
  return {
    finding: findingFor(rule, start, spanEnd, fillSuggestions(rule.suggestions, slots)),
    unsaid: agent === null,
  };
}

/**
 * Part of a name or a heading: "MO Coalition of Recovery Support Providers", "Peer Support
 * Specialist", "Supported Employment" after another capitalised word, mid-sentence.
 */
function isNameOrTitle(tokens: readonly Token[], at: number): boolean {
  const term = tokens[at] as Token;
  const before = tokens[at - 1];
  const after = tokens[at + 1];
  // "supported employment", "Supported Housing": program names in any case, anywhere.
  if (/^support(?:ed|ive)$/.test(term.normal) && PROGRAM_NOUNS.has(after?.normal ?? '')) {
    return true;
  }
  if (!/^\p{Lu}/u.test(term.text) || before === undefined) return false;
  if (/[.:;!?\-–—]/.test(before.post)) return false;
  // "the Supported Employment program": a capitalised pair mid-sentence is a name.
  const nextCapital = after !== undefined && /^\p{Lu}\p{Ll}/u.test(after.text) && term.post === ' ';
  return /^\p{Lu}/u.test(before.text) || nextCapital;
}

const PROGRAM_NOUNS = new Set(['employment', 'housing', 'education', 'living', 'decision-making']);

/**
 * The bare word ("support", "help") is what a worker's act is never written as: the acts are
 * "supported", "assists", "helping". Bare, it is a noun or a heading ("Support Session",
 * "refuses help", "Support Plan Goal") or what a parent is taught ("how to sit him up and
 * support his chin"). Only "I help her..." and "we assist..." report the worker's act.
 */
function isBareForm(tokens: readonly Token[], at: number): boolean {
  const term = tokens[at] as Token;
  if (/(?:ed|ing|s)$/.test(term.normal)) return false;
  const before = tokens[at - 1]?.normal;
  return before !== 'i' && before !== 'we';
}

/** A person named inside the matched words themselves ("talked to mom"). */
function personInside(
  text: string,
  tokens: readonly Token[],
  from: number,
  to: number,
  person: RegExp,
) {
  for (let k = from; k <= to; k += 1) {
    const found = personAfter(text, tokens, k, person);
    if (found) return found;
  }
  return null;
}

/**
 * Up to a colon after a heading ("... Response: ..."): a new part of the note no longer explains
 * this verb. Any other colon introduces the explanation ("Supported her preparing for the visit:
 * we went over her three questions"), and so does a semicolon ("accompanied member to the
 * hearing; before it reviewed with her the 3 points she wanted to make").
 */
function sentenceRestEnd(tokens: readonly Token[], from: number): number {
  for (let k = from; k < tokens.length; k += 1) {
    const token = tokens[k] as Token;
    if (token.post.includes(':') && HEADINGS.has(token.normal)) return k;
  }
  return tokens.length;
}

const HEADINGS = new Set(['response', 'plan', 'outcome', 'assessment', 'result', 'results', 'r', 'p', 'a', 'o', 'next', 'follow-up', 'followup', 'goal', 'goals', 'intervention', 'interventions', 'data', 'd', 'i']); // prettier-ignore

function slice(text: string, tokens: readonly Token[], from: number, to: number): string {
  return text.slice((tokens[from] as Token).start, (tokens[to] as Token).end);
}
