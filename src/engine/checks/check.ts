// The one interface every check implements. `sentence` runs on one sentence (its result is
// cached per sentence text); `note` runs on the whole note using what sentences found.
import type { CompiledPack } from '../compile';
import type { Token } from '../grammar';
import type { Deduction } from '../time/deductions';
import type { Finding, NoteContext, TimeReport, UnitsReport } from '../types';

export interface SentenceInput {
  text: string;
  pack: CompiledPack;
  /** compromise's terms for this sentence, parsed on first use. */
  tokens(): readonly Token[];
}

/** Something a sentence shows that a note-level check needs (a field, billable work). */
export interface Mark {
  key: string;
  start: number;
  end: number;
}

export interface SentenceResult {
  findings: Finding[];
  marks: Mark[];
}

export interface NoteInput {
  text: string;
  pack: CompiledPack;
  context: NoteContext;
  /** Findings so far (sentence checks, then earlier note checks), offsets into the note. */
  findings: readonly Finding[];
  /** Marks from every sentence, with offsets into the note. */
  marks: readonly Mark[];
  time: TimeReport;
  /** Where the note states the date of service. */
  date: { start: number; end: number } | null;
  units: UnitsReport | null;
  groupSize: number | null;
  notBilled: boolean;
  /** Minutes inside the service time the note names as travel or documentation. */
  deductions: readonly Deduction[];
}

export interface Check {
  sentence?(input: SentenceInput): SentenceResult;
  note?(input: NoteInput): Finding[];
}

export const NOTHING: SentenceResult = { findings: [], marks: [] };

/** A mark over the text a regex matched. */
export function markOf(key: string, match: RegExpExecArray): Mark {
  return { key, start: match.index, end: match.index + match[0].length };
}

/**
 * A goal, an objective or a plan states what is to be done, not what was: "Objective 1b: plan
 * and shop for 4 home-cooked meals", "Follow-up: continue nap schedule next visit", "P: CSW
 * will drive him to intake", "CSP goals (supports outpatient plan): keep appointments", and the
 * same after a flattened form's separator ("— Follow-up: provider checks in 4/13").
 */
export const NOT_AN_ACT =
  /^\s{0,4}(?:[-•*—–|]\s{0,2})?(?:(?:tx|tp|txp|rp|ip|irp|itp|treatment|recovery|service|isp|fsp|family support|care|action|csp|csw|rehab|rehabilitation|person[- ]centered|personal|individual)\s{1,2})?(?:plan\s{1,2}goals?|plans?|goals?|objectives?|obj\.?|next(?:\s{1,2}(?:steps?|visit|session|contact))?|follow[- ]?up|f\/u|p|g)\s{0,2}(?:#?\s{0,2}\d{1,2}[a-z]?\s{0,2})?(?:\([^)\n]{0,60}\)\s{0,2})?[:–—]/iu;

/**
 * "P: did CBT thought records w/ pt for most of the visit", "P: CSW did a DBT chain analysis":
 * what a note files under its plan heading in the past tense was done, whatever the heading says.
 */
const DONE_UNDER_PLAN =
  /^\s{0,4}(?:[-•*—–|]\s{0,2})?(?:p|plan)\s{0,2}[:–—]\s{0,3}(?:(?:csw|csp|i|we|staff|writer|worker|provider|pssp|cm)\s{1,2})?(?:\p{L}{2,20}ed|did|gave|drove|took|went|made|spent|brought|met|ran|sat|wrote|read|got|set|put|kept|bought|paid|left)\b/iu;

/** True when the sentence states an intent (a goal or a plan), not something done. */
export function statesIntent(sentence: string): boolean {
  return NOT_AN_ACT.test(sentence) && !DONE_UNDER_PLAN.test(sentence);
}
