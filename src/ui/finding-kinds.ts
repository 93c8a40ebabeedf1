// How each finding kind is named and ordered for a person; the ids come from the engine.
import type { FieldId, FindingKind, LimitId, Severity } from '../engine/types';

export const KIND_LABELS: Record<FindingKind, string> = {
  'non-billable': 'Not billable',
  'missing-field': 'Missing',
  'mixed-billing': 'Mixed billing',
  limit: 'Limits',
  'ambiguous-term': 'Vague wording',
  'subjective-language': 'Judgmental wording',
  placeholder: 'Blanks to fill',
};

/** Groups appear in this order: what blocks billing first, wording last. */
export const KIND_ORDER: readonly FindingKind[] = [
  'placeholder',
  'non-billable',
  'missing-field',
  'mixed-billing',
  'limit',
  'ambiguous-term',
  'subjective-language',
];

export const SEVERITY_LABELS: Record<Severity, string> = {
  error: 'Must fix',
  warning: 'Should fix',
  info: 'Tip',
};

export const FIELD_LABELS: Record<FieldId, string> = {
  date: 'date of service',
  'start-time': 'start time',
  'end-time': 'end time',
  location: 'location',
  participants: 'who attended',
  goal: 'plan goal',
  intervention: 'what you did',
  response: "client's response",
  plan: 'next steps',
  signature: 'signature',
};

export const LIMIT_LABELS: Record<LimitId, string> = {
  'under-minimum-duration': 'under 15 minutes',
  'discharge-planning-over-4-units': 'discharge planning over 4 units',
  'team-meeting-over-1-unit': 'plan review over 1 unit',
  'group-over-4-people': 'group over 4 people',
  'parenting-over-weekly-average': 'over the weekly average',
};

const CODE_LABELS: Record<string, string> = { ...FIELD_LABELS, ...LIMIT_LABELS };

/** A finding's code as words: "end time", "under 15 minutes", "household tasks", "assisted". */
export function codeLabel(code: string): string {
  return CODE_LABELS[code] ?? code.replace(/-/g, ' ');
}

/**
 * What a finding is about: the flagged words when it has some, otherwise (a missing field,
 * a limit) the name of its field or limit.
 */
export function findingSubject(code: string, excerpt: string): { text: string; quoted: boolean } {
  const words = excerpt.trim();
  if (words) return { text: words, quoted: true };
  return { text: CODE_LABELS[code] ?? code, quoted: false };
}
