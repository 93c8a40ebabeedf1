// The page's side of the check worker: one promise per note checked, matched by id.
import type { NoteContext, Report } from '../engine/types';
import type { ProgramId } from '../rules/packs';
import { checkResponseSchema, type CheckRequest } from './check-protocol';

/** Checks one note against a program's rules, with the EHR form around it when there is one. */
export type Checker = (program: ProgramId, text: string, context?: NoteContext) => Promise<Report>;

/** The part of a Worker the client uses, so tests can pass a stand-in. */
export interface CheckPort {
  postMessage(message: CheckRequest): void;
  addEventListener(type: 'message', listener: (event: { data: unknown }) => void): void;
  /** A worker whose script failed to load or threw: it will never answer. */
  addEventListener(type: 'error', listener: () => void): void;
}

const NOT_STARTED = 'The checker did not start; reload the page to try again.';

export function workerChecker(port: CheckPort): Checker {
  let nextId = 0;
  const waiting = new Map<number, { resolve(report: Report): void; reject(error: Error): void }>();
  // Without this, every note asked for before (and after) such a failure says "Checking…" forever.
  let broken = false;
  port.addEventListener('error', () => {
    broken = true;
    for (const pending of waiting.values()) pending.reject(new Error(NOT_STARTED));
    waiting.clear();
  });

  port.addEventListener('message', ({ data }) => {
    const response = checkResponseSchema.safeParse(data);
    if (!response.success) {
      for (const pending of waiting.values())
        pending.reject(new Error('The check worker sent a message this page cannot read.'));
      waiting.clear();
      return;
    }
    const message = response.data;
    if (message.id === null) return;
    const pending = waiting.get(message.id);
    if (!pending) return;
    waiting.delete(message.id);
    if (message.type === 'report') pending.resolve(message.report);
    else pending.reject(new Error(message.message));
  });

  return (program, text, context) => {
    if (broken) return Promise.reject(new Error(NOT_STARTED));
    const id = nextId++;
    const result = new Promise<Report>((resolve, reject) => waiting.set(id, { resolve, reject }));
    port.postMessage({ type: 'check', id, program, text, ...(context ? { context } : {}) });
    return result;
  };
}
