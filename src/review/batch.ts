// Runs a batch of notes through the engine, a slice at a time so that progress reaches the
// page and a cancel message reaches the worker between slices. One row per note.
import { z } from 'zod';
import { FINDING_KINDS, type FindingKind, type Report } from '../engine/types';
import { messageSchemas } from '../messages';
import type { BatchNote } from './batch-note';

/** Findings of these kinds put the note's units at risk: the payer may refuse them. */
export const AT_RISK_KINDS: readonly FindingKind[] = ['non-billable', 'missing-field'];

export const ROW_STATUSES = ['pass', 'needs-work', 'error'] as const;

export const batchRowSchema = z.object({
  id: z.string(),
  staff: z.string().optional(),
  client: z.string().optional(),
  date: z.string().optional(),
  program: z.string().optional(),
  minutes: z.number().nullable(),
  units: z.number().nullable(),
  counts: z.record(z.enum(FINDING_KINDS), z.number().int().nonnegative()),
  /** needs-work: at least one error or warning; error: the engine failed on this note. */
  status: z.enum(ROW_STATUSES),
  unitsAtRisk: z.number().nonnegative(),
  report: z.nullable(messageSchemas().report),
});
export type BatchRow = z.infer<typeof batchRowSchema>;

export type AnalyzeNote = (note: BatchNote) => Report;

export interface BatchProgress {
  done: number;
  total: number;
  /** The rows finished since the last progress, so a caller can pass results on as they come. */
  rows: BatchRow[];
}

export interface BatchOptions {
  signal?: AbortSignal;
  onProgress?: (progress: BatchProgress) => void;
  /** Longest stretch of work between two yields to the event loop, in milliseconds. */
  sliceMs?: number;
  yieldToEventLoop?: () => Promise<void>;
}

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));

function zeroCounts(): Record<FindingKind, number> {
  return Object.fromEntries(FINDING_KINDS.map((kind) => [kind, 0])) as Record<FindingKind, number>;
}

function rowLabels(note: BatchNote) {
  const row: Pick<BatchRow, 'id' | 'staff' | 'client' | 'date' | 'program'> = { id: note.id };
  if (note.staff !== undefined) row.staff = note.staff;
  if (note.client !== undefined) row.client = note.client;
  if (note.date !== undefined) row.date = note.date;
  if (note.program !== undefined) row.program = note.program;
  return row;
}

/** The row for one analysed note. */
export function rowFor(note: BatchNote, report: Report): BatchRow {
  const counts = zeroCounts();
  for (const finding of report.findings) counts[finding.kind]++;
  const units = report.units?.units ?? null;
  const atRisk = report.findings.some((finding) => AT_RISK_KINDS.includes(finding.kind));
  const needsWork = report.findings.some((finding) => finding.severity !== 'info');
  return {
    ...rowLabels(note),
    minutes: report.time.minutes,
    units,
    counts,
    status: needsWork ? 'needs-work' : 'pass',
    unitsAtRisk: atRisk ? (units ?? 0) : 0,
    report,
  };
}

/** A note the engine could not analyse; no detail of the error, which might quote the note. */
function failedRow(note: BatchNote): BatchRow {
  return {
    ...rowLabels(note),
    minutes: null,
    units: null,
    counts: zeroCounts(),
    status: 'error',
    unitsAtRisk: 0,
    report: null,
  };
}

/** Analyses every note in order; rejects with the signal's reason once it is aborted. */
export async function runBatch(
  notes: readonly BatchNote[],
  analyze: AnalyzeNote,
  options: BatchOptions = {},
): Promise<BatchRow[]> {
  const { signal, onProgress, sliceMs = 50, yieldToEventLoop = nextTask } = options;
  const rows: BatchRow[] = [];
  let reported = 0;
  const report = () => {
    onProgress?.({ done: rows.length, total: notes.length, rows: rows.slice(reported) });
    reported = rows.length;
  };
  let sliceStart = performance.now();
  for (const note of notes) {
    signal?.throwIfAborted();
    let row: BatchRow;
    try {
      row = rowFor(note, analyze(note));
    } catch {
      row = failedRow(note);
    }
    rows.push(row);
    if (performance.now() - sliceStart >= sliceMs && rows.length < notes.length) {
      report();
      await yieldToEventLoop();
      sliceStart = performance.now();
    }
  }
  signal?.throwIfAborted();
  report();
  return rows;
}
