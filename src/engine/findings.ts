// Building findings from rules: the rule's own words, with its suggestions fitted to the sentence.
import type { CompiledException } from './compile';
import type { PackSuggestion, Rule } from '../rules/schema';
import type { Finding, Suggestion } from './types';

export interface Slots {
  person?: string;
  topic?: string;
}

export function findingFor(
  rule: Rule,
  start: number,
  end: number,
  suggestions: Suggestion[] = fillSuggestions(rule.suggestions, {}),
): Finding {
  return {
    kind: rule.kind,
    code: rule.code,
    start,
    end,
    message: rule.message,
    suggestions,
    rule: rule.id,
    severity: rule.severity,
    source: rule.source,
  };
}

/** Fills {person} and {topic}; what the sentence does not say becomes a [placeholder]. */
export function fillSuggestions(templates: readonly PackSuggestion[], slots: Slots): Suggestion[] {
  const fill = (template: string) =>
    template
      .replace(/\{person\}/g, slots.person ?? '[client]')
      .replace(/\{topic\}/g, slots.topic ?? '[topic]');
  return templates.map((template) =>
    template.replacement === undefined
      ? { label: fill(template.label) }
      : { label: fill(template.label), replacement: fill(template.replacement) },
  );
}

export function exceptionHolds(exception: CompiledException, text: string): boolean {
  return exception.groups.every((group) => {
    group.lastIndex = 0;
    return group.test(text);
  });
}

export function byPosition(a: Finding, b: Finding): number {
  return a.start - b.start || a.end - b.end || compareRuleIds(a.rule, b.rule);
}

const PLAIN_ID = /^[a-z0-9-]*$/;

/**
 * `localeCompare`'s order. Ids of lower-case letters, digits and hyphens (every bundled pack's)
 * sort the same by code unit, without the ICU collator a first `localeCompare` builds (about
 * 6 ms in Node, once per process, which a one-note CLI run pays in full).
 */
export function compareRuleIds(a: string, b: string): number {
  if (PLAIN_ID.test(a) && PLAIN_ID.test(b)) return a < b ? -1 : a > b ? 1 : 0;
  return a.localeCompare(b);
}
