// The check worker's side of the protocol as a pure function of its analyzer and its
// output, so tests run it without a Worker.
import type { Analyzer } from '../engine';
import type { ProgramId } from '../rules/packs';
import { checkRequestSchema, type CheckResponse } from './check-protocol';

export interface CheckHandlerDeps {
  analyzerFor(program: ProgramId): Analyzer;
  post(response: CheckResponse): void;
}

export function createCheckHandler({ analyzerFor, post }: CheckHandlerDeps) {
  return (raw: unknown): void => {
    const request = checkRequestSchema.safeParse(raw);
    if (!request.success) {
      post({
        type: 'failed',
        id: null,
        message: 'The trainer sent a request the worker cannot read.',
      });
      return;
    }
    const { id, program, text, context } = request.data;
    try {
      post({ type: 'report', id, report: analyzerFor(program).analyze(text, context) });
    } catch {
      // The message stays generic: an engine error may quote the note.
      post({ type: 'failed', id, message: 'The note could not be checked.' });
    }
  };
}
