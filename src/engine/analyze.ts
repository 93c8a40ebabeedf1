// The engine's entry point: sentences → lexical prefilter → checks (compromise only on
// candidate sentences) → note-level checks → report. Sentence results are cached, so after
// a one-character edit only the edited sentence is analysed again.
import { writeExportColons } from './reading/export-fields';
import { writeSpokenPunctuation } from './reading/spoken-punctuation';
import type { ResolvedPack } from '../rules/schema';
import { ambiguousTerms, NO_SUBJECT } from './checks/ambiguous-terms';
import {
  NOTHING,
  type Check,
  type Mark,
  type NoteInput,
  type SentenceResult,
} from './checks/check';
import { limits } from './checks/limits';
import { mixedBilling } from './checks/mixed-billing';
import { NB_NO_SUBJECT, nonBillable } from './checks/non-billable';
import { placeholders } from './checks/placeholders';
import { fieldPresence, mayShowField, requiredFields } from './checks/required-fields';
import { subjectiveLanguage } from './checks/subjective-language';
import { compilePack, type CompiledPack } from './compile';
import { byPosition } from './findings';
import { parseTokens, type Token } from './grammar';
import { createLineScan } from './line-scan';
import { createNoteScans, dollarsOf, unitsOf, type NoteScans } from './note-time';
import { findBilledClaim } from './time/billed-claim';
import { clientSections } from './reading/sections';
import { splitSentences, type Sentence } from './sentences';
import { fitSentenceFindings, fitSuggestions } from './suggestion-fit';
import type { Finding, NoteContext, Report } from './types';

/** In the order their note-level parts run: later checks see earlier findings. */
const CHECKS: readonly Check[] = [
  ambiguousTerms,
  subjectiveLanguage,
  nonBillable,
  requiredFields,
  limits,
  mixedBilling,
  placeholders,
];

export interface AnalyzerOptions {
  /** Sentences kept in the cache (and lines in the cache of their sentences); the oldest is dropped first. */
  cacheSize?: number;
  /** Called each time a sentence is handed to compromise (tests count these). */
  onParse?: (sentence: string) => void;
}

export interface Analyzer {
  analyze(text: string, context?: NoteContext): Report;
  /**
   * The same report, worked out in slices of about `sliceMs` with `pause()` between them, so
   * a caller serving several notes (the service worker, one per tab) answers the others
   * meanwhile. Resolves to null, doing no more work, once `stale()` says a newer version of
   * the note has arrived.
   */
  analyzeInSlices(text: string, context: NoteContext, slicing: Slicing): Promise<Report | null>;
  readonly pack: ResolvedPack;
}

export interface Slicing {
  pause(): Promise<void>;
  stale(): boolean;
  sliceMs?: number;
}

export function createAnalyzer(pack: ResolvedPack, options: AnalyzerOptions = {}): Analyzer {
  const compiled = compilePack(pack);
  const cacheSize = options.cacheSize ?? 2000;
  const cache = new Map<string, SentenceResult>();
  const scans = createNoteScans();
  // A sentence never spans a line break, so each line's sentences are remembered.
  const sentencesOf = createLineScan(splitSentences, cacheSize);

  const analyseSentence = (text: string): SentenceResult => {
    const known = cache.get(text);
    if (known !== undefined) {
      cache.delete(text);
      cache.set(text, known);
      return known;
    }
    const result = runSentenceChecks(text, compiled, options.onParse);
    cache.set(text, result);
    if (cache.size > cacheSize) cache.delete(cache.keys().next().value as string);
    return result;
  };

  const collect = (sentence: Sentence, findings: Finding[], marks: Mark[]) => {
    const result = analyseSentence(sentence.text);
    const shift = sentence.start;
    for (const finding of result.findings) {
      findings.push({ ...finding, start: finding.start + shift, end: finding.end + shift });
    }
    for (const mark of result.marks)
      marks.push({ ...mark, start: mark.start + shift, end: mark.end + shift });
  };

  return {
    pack,
    analyze(note, context = {}) {
      const text = readable(note);
      const findings: Finding[] = [];
      const marks: Mark[] = [];
      for (const sentence of sentencesOf(text)) collect(sentence, findings, marks);
      return noteReport(text, compiled, scans, context, findings, marks);
    },
    async analyzeInSlices(note, context, { pause, stale, sliceMs = 8 }) {
      const text = readable(note);
      const findings: Finding[] = [];
      const marks: Mark[] = [];
      let sliceStart = Date.now();
      /** False once a newer version is waiting: the caller then gets null. */
      const goOn = async () => {
        if (Date.now() - sliceStart < sliceMs) return true;
        await pause();
        sliceStart = Date.now();
        return !stale();
      };
      for (const sentence of sentencesOf(text)) {
        if (!(await goOn())) return null;
        collect(sentence, findings, marks);
      }
      if (!(await goOn())) return null;
      return noteReport(text, compiled, scans, context, findings, marks);
    },
  };
}

/**
 * The note as the readers see it, the same length as written: punctuation spoken to dictation
 * software written as marks, and the labels of one-line EHR exports given their colons.
 */
function readable(note: string): string {
  return writeExportColons(writeSpokenPunctuation(note));
}

const defaultAnalyzers = new WeakMap<ResolvedPack, Analyzer>();

/** Analyse one note against a program's rule pack. */
export function analyzeNote(text: string, pack: ResolvedPack, context: NoteContext = {}): Report {
  let analyzer = defaultAnalyzers.get(pack);
  if (analyzer === undefined) {
    analyzer = createAnalyzer(pack);
    defaultAnalyzers.set(pack, analyzer);
  }
  return analyzer.analyze(text, context);
}

function runSentenceChecks(
  text: string,
  pack: CompiledPack,
  onParse: ((sentence: string) => void) | undefined,
): SentenceResult {
  if (!pack.prefilter.test(text) && !mayShowField(text)) return NOTHING;
  let tokens: Token[] | null = null;
  const input = {
    text,
    pack,
    tokens: () => {
      if (tokens === null) {
        onParse?.(text);
        tokens = parseTokens(text);
      }
      return tokens;
    },
  };
  const findings: Finding[] = [];
  const marks: Mark[] = [];
  for (const check of CHECKS) {
    const result = check.sentence?.(input);
    if (result === undefined || result === NOTHING) continue;
    findings.push(...result.findings);
    marks.push(...result.marks);
  }
  if (findings.length === 0 && marks.length === 0) return NOTHING;
  return { findings: fitSentenceFindings(text, input.tokens, findings), marks };
}

/** "discussed her feelings" is first of all counseling: the vague-term finding would only repeat it. */
function withoutVagueInsideUnbillable(findings: Finding[]): Finding[] {
  const unbillable = findings.filter((finding) => finding.kind === 'non-billable');
  return findings.filter(
    (finding) =>
      finding.kind !== 'ambiguous-term' ||
      !unbillable.some((other) => other.start < finding.end && finding.start < other.end),
  );
}

/**
 * "Lorraine's participation: ... Helped another member spell 'appetite.'": a vague verb with no
 * doer, under the client's heading, is what the client did.
 */
function withoutClientsOwnWords(
  text: string,
  marks: readonly Mark[],
  findings: Finding[],
): Finding[] {
  const unsaid = marks.filter((mark) => mark.key === NO_SUBJECT || mark.key === NB_NO_SUBJECT);
  if (unsaid.length === 0) return findings;
  const sections = clientSections(text);
  if (sections.length === 0) return findings;
  return findings.filter(
    (finding) =>
      (finding.kind !== 'ambiguous-term' && finding.kind !== 'non-billable') ||
      !unsaid.some((mark) => mark.start === finding.start && mark.end === finding.end) ||
      !sections.some((section) => section.start <= finding.start && finding.end <= section.end),
  );
}

/** "(10/27; documented that day, nothing billed)": what was not billed is another day's visit. */
const OTHER_DAY =
  /\b(?:that day|yesterday|last (?:week|mon|tue|tues|wed|thu|thur|thurs|fri|sat|sun)\w*|(?:previous|prior|earlier) (?:visit|session|contact|appointment|appt|week))\b/i;

/** "Drive time to her home before the visit not billed": time around the visit, left out of it. */
const TIME_AROUND_THE_VISIT =
  /\b(?:drive|driving|travel|travell?ing|commute|mileage|writing|charting|documentation|lunch|break|before|after)\b/i;

const BILLED_LABEL =
  /\b(?:billed|billable)(?:[ \t]{1,2}(?:time|minutes|units))?[ \t]{0,2}:[ \t]{0,3}\d/i;

/** The note says this visit, not another day's, is documented but not billed. */
function saysThisVisitNotBilled(text: string, notBilled: RegExp): boolean {
  const all = new RegExp(
    notBilled.source,
    notBilled.flags.includes('g') ? notBilled.flags : `${notBilled.flags}g`,
  );
  for (const match of text.matchAll(all)) {
    const before = text.slice(0, match.index);
    const sentenceStart = Math.max(before.lastIndexOf('\n'), before.search(/[.!?][^.!?]*$/u)) + 1;
    const sentence = before.slice(sentenceStart);
    if (!OTHER_DAY.test(sentence) && !TIME_AROUND_THE_VISIT.test(sentence)) return true;
  }
  return false;
}

function noteReport(
  text: string,
  pack: CompiledPack,
  scans: NoteScans,
  context: NoteContext,
  sentenceFindings: Finding[],
  marks: Mark[],
): Report {
  const time = scans.time(text, context);
  const deductions = scans.deductions(text);
  const claim = pack.pack.unit ? findBilledClaim(text, pack.pack.unit.minutes) : null;
  // "Billed time: 2:30-3:00 pm (prep) and 4:05-4:20 pm (debrief) ... the PPT ... did not bill
  // it": a note that says what it bills leaves out a part, not the whole visit.
  const notBilled =
    pack.notBilled !== null &&
    claim === null &&
    !BILLED_LABEL.test(text) &&
    saysThisVisitNotBilled(text, pack.notBilled);
  const units = unitsOf(time, pack.pack, deductions, notBilled, claim);
  const groupSize = scans.groupSize(text, context);
  const input: NoteInput = {
    text,
    pack,
    context,
    findings: sentenceFindings,
    marks,
    time,
    units,
    date: scans.date(text),
    groupSize,
    notBilled,
    deductions,
  };
  const findings = [...sentenceFindings];
  for (const check of CHECKS) {
    const more = check.note?.({ ...input, findings }) ?? [];
    findings.push(...more);
  }
  const fields = fieldPresence(input);
  const shown = withoutClientsOwnWords(text, marks, withoutVagueInsideUnbillable(findings));
  return {
    program: pack.pack.id,
    findings: fitSuggestions(text, shown, fields).sort(byPosition),
    time,
    units,
    dollars: dollarsOf(units, pack.pack, groupSize),
    fields,
  };
}
