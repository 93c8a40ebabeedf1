// The message protocol of the batch Web Worker, and the worker's side of it as a pure
// handler (the worker entry only wires `self.onmessage` and `postMessage` to it).
//
//   page ──start {batchId, program, notes}──► worker ──progress…──► page
//   page ──cancel {batchId}──────────────────► worker ──cancelled / result / failed──► page
import { z } from 'zod';
import type { NoteContext, Report } from '../engine/types';
import { batchRowSchema, runBatch } from './batch';
import { batchNoteSchema } from './batch-note';
import { cloneReportSchema, findClones } from './clones';

/** Most notes one batch may hold. */
export const BATCH_MAX_NOTES = 20_000;

const batchId = z.string().min(1).max(64);

export const workerRequestSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('start'),
    batchId,
    /** Rule pack for notes whose own program is not a known pack id. */
    program: z.string().min(1),
    notes: z.array(batchNoteSchema).max(BATCH_MAX_NOTES),
    findClones: z.boolean(),
  }),
  z.object({ type: z.literal('cancel'), batchId }),
]);
export type WorkerRequest = z.infer<typeof workerRequestSchema>;

export const workerResponseSchema = z.discriminatedUnion('type', [
  z.object({
    type: z.literal('progress'),
    batchId,
    phase: z.enum(['analyze', 'clones']),
    done: z.number().int().nonnegative(),
    total: z.number().int().nonnegative(),
    /** Rows analysed since the last progress: the page reads them a slice at a time. */
    rows: z.array(batchRowSchema),
  }),
  /** Every row has come in a progress message by now. */
  z.object({
    type: z.literal('result'),
    batchId,
    clones: cloneReportSchema.nullable(),
  }),
  z.object({ type: z.literal('cancelled'), batchId }),
  /** batchId is null when the request itself could not be read. */
  z.object({ type: z.literal('failed'), batchId: batchId.nullable(), message: z.string() }),
]);
export type WorkerResponse = z.infer<typeof workerResponseSchema>;

export function parseWorkerResponse(raw: unknown): WorkerResponse | null {
  const parsed = workerResponseSchema.safeParse(raw);
  return parsed.success ? parsed.data : null;
}

/** What the worker needs of an engine analyzer (the engine's createAnalyzer(pack) fits). */
export interface NoteAnalyzer {
  analyze(text: string, context?: NoteContext): Report;
}

export interface BatchWorkerDeps {
  /** The analyzer for a rule-pack id, or null when no pack has that id. */
  analyzerFor: (program: string) => NoteAnalyzer | null;
  post: (response: WorkerResponse) => void;
  sliceMs?: number;
}

function describeIssue(issue: z.core.$ZodIssue | undefined): string {
  if (!issue) return 'unknown shape';
  return issue.path.length > 0 ? `${issue.path.join('.')}: ${issue.message}` : issue.message;
}

/** The worker's handler: one batch at a time; a new start cancels the batch running. */
export function createBatchWorker({ analyzerFor, post, sliceMs }: BatchWorkerDeps) {
  let running: { batchId: string; controller: AbortController } | null = null;

  async function start(request: Extract<WorkerRequest, { type: 'start' }>) {
    const fallback = analyzerFor(request.program);
    if (!fallback) {
      post({
        type: 'failed',
        batchId: request.batchId,
        message: `No rule pack is called "${request.program}".`,
      });
      return;
    }
    running?.controller.abort();
    const controller = new AbortController();
    const current = { batchId: request.batchId, controller };
    running = current;
    const { batchId: id, notes } = request;
    try {
      await runBatch(
        notes,
        (note) => {
          const analyzer = (note.program && analyzerFor(note.program)) || fallback;
          return analyzer.analyze(note.text, note.context);
        },
        {
          signal: controller.signal,
          sliceMs,
          onProgress: ({ done, total, rows }) =>
            post({ type: 'progress', batchId: id, phase: 'analyze', done, total, rows }),
        },
      );
      let clones = null;
      if (request.findClones) {
        post({
          type: 'progress',
          batchId: id,
          phase: 'clones',
          done: 0,
          total: notes.length,
          rows: [],
        });
        clones = findClones(notes);
      }
      post({ type: 'result', batchId: id, clones });
    } catch {
      post(
        controller.signal.aborted
          ? { type: 'cancelled', batchId: id }
          : { type: 'failed', batchId: id, message: 'The review stopped on an internal error.' },
      );
    } finally {
      if (running === current) running = null;
    }
  }

  return {
    async receive(raw: unknown): Promise<void> {
      const parsed = workerRequestSchema.safeParse(raw);
      if (!parsed.success) {
        const id = batchId.safeParse((raw as { batchId?: unknown } | null)?.batchId);
        post({
          type: 'failed',
          batchId: id.success ? id.data : null,
          message: `The review worker could not read the request: ${describeIssue(parsed.error.issues[0])}.`,
        });
        return;
      }
      const request = parsed.data;
      if (request.type === 'start') await start(request);
      else if (running?.batchId === request.batchId) running.controller.abort();
    },
  };
}
