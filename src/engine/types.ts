// The engine's public vocabulary. Identifiers come from shared/PRODUCT.md and are a
// contract: rule packs, the CLI's JSON output and the extension's messages all use them.

export const FINDING_KINDS = [
  'ambiguous-term',
  'non-billable',
  'missing-field',
  'limit',
  'mixed-billing',
  'subjective-language',
  'placeholder',
] as const;
export type FindingKind = (typeof FINDING_KINDS)[number];

export const NON_BILLABLE_CATEGORIES = [
  'transportation',
  'medication',
  'specimen-collection',
  'paperwork',
  'record-review',
  'orientation',
  'staff-meeting',
  'counseling',
  'recreation',
  'household-tasks',
  'no-show',
  'routine-home-visit',
] as const;
export type NonBillableCategory = (typeof NON_BILLABLE_CATEGORIES)[number];

export const FIELD_IDS = [
  'date',
  'start-time',
  'end-time',
  'location',
  'participants',
  'goal',
  'intervention',
  'response',
  'plan',
  'signature',
] as const;
export type FieldId = (typeof FIELD_IDS)[number];

export const LIMIT_IDS = [
  'under-minimum-duration',
  'discharge-planning-over-4-units',
  'team-meeting-over-1-unit',
  'group-over-4-people',
  'parenting-over-weekly-average',
] as const;
export type LimitId = (typeof LIMIT_IDS)[number];

export const SEVERITIES = ['error', 'warning', 'info'] as const;
export type Severity = (typeof SEVERITIES)[number];

export const ROUNDING_RULES = [
  'whole-units',
  'nearest-unit',
  'cms-8-minute',
  'cpt-midpoint',
] as const;
/**
 * whole-units: only completed units count (CSP: 44 min = 2 units).
 * nearest-unit: round to the nearest unit (Parenting Support: 38 min = 3 units).
 * cms-8-minute: CMS rule for timed codes (8-22 min = 1 unit, 23-37 = 2, ...).
 * cpt-midpoint: a unit counts once more than half of it has passed (8 of 15 min).
 */
export type RoundingRule = (typeof ROUNDING_RULES)[number];

/** Where a rule comes from: a seed document in shared/seeds and a section within it. */
export interface SourceRef {
  document: string;
  section: string;
}

/**
 * One way to fix a finding. `replacement`, when present, replaces exactly the finding's
 * [start, end) span. Details only the writer knows are placeholders written in square
 * brackets, e.g. "taught [client] to [skill] by [method]"; the editor selects the first.
 */
export interface Suggestion {
  label: string;
  replacement?: string;
}

export interface Finding {
  kind: FindingKind;
  /** The category, field or limit id; for a vague or subjective term its base form as the pack lists it. */
  code: string;
  /** Character offsets into the analysed text; for a missing field, the place it would go (often 0,0). */
  start: number;
  end: number;
  message: string;
  suggestions: Suggestion[];
  rule: string;
  severity: Severity;
  source: SourceRef;
}

export interface TimeMark {
  /** Minutes after midnight. */
  minutes: number;
  /** The text it was read from, with offsets, or 'context' when it came from the EHR's form. */
  text: string;
  start: number;
  end: number;
}

export interface TimeReport {
  start: TimeMark | null;
  end: TimeMark | null;
  /** Minutes of service: end - start, or a stated duration. null when the note gives no time. */
  minutes: number | null;
  /** Where the minutes came from. */
  basis: 'range' | 'duration' | 'context' | null;
}

export interface UnitsReport {
  /** The billable minutes the units come from: the service time less `deducted`. */
  minutes: number;
  /** Minutes the note itself says were not billable service (drive time, writing the note). */
  deducted?: { minutes: number; reason: string }[];
  /** The whole note says it is not billed ("Not billed - member not available"). */
  notBilled?: boolean;
  unitMinutes: number;
  units: number;
  rounding: RoundingRule;
  /** One line a person can check by hand, e.g. "45 min = 3 units of 15 min (whole units only)". */
  explanation: string;
}

export interface DollarEstimate {
  amount: number;
  rate: number;
  per: 'unit' | 'hour';
  /** What the rate is, e.g. "CT DMHAS CSP individual rate". */
  label: string;
  source: SourceRef;
}

export interface FieldPresence {
  present: boolean;
  /** 'note' when found in the text (with offsets), 'context' when the EHR form supplied it. */
  where: 'note' | 'context' | null;
  start?: number;
  end?: number;
}

export interface Report {
  program: string;
  findings: Finding[];
  time: TimeReport;
  units: UnitsReport | null;
  dollars: DollarEstimate | null;
  /** Only the fields the program requires. */
  fields: Partial<Record<FieldId, FieldPresence>>;
}

/** What the caller knows from outside the note, such as an EHR form's own inputs. */
export interface NoteContext {
  /** Fields the surrounding form already holds (a filled date input, a location select). */
  fields?: Partial<Record<FieldId, boolean>>;
  /** Start and end times from the form, as minutes after midnight. */
  startMinutes?: number;
  endMinutes?: number;
  /** Number of people served together, when the form says. */
  groupSize?: number;
  /** Minutes already documented this week for the same parent, not counting this note. */
  weekMinutes?: number;
}
