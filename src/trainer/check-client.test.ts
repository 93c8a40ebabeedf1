// The trainer's check worker protocol end to end, with the real engine behind a stand-in
// Worker that delivers messages asynchronously as a real one does.
import { describe, expect, it } from 'vitest';
import { createAnalyzer } from '../engine';
import { PACKS } from '../rules/packs';
import { workerChecker, type CheckPort } from './check-client';
import { createCheckHandler, type CheckHandlerDeps } from './check-handler';
import type { CheckResponse } from './check-protocol';

function portTo(
  analyzerFor: CheckHandlerDeps['analyzerFor'],
): CheckPort & { sent: unknown[]; fail(): void } {
  const listeners: ((event: { data: unknown }) => void)[] = [];
  const errorListeners: (() => void)[] = [];
  const sent: unknown[] = [];
  const handle = createCheckHandler({
    analyzerFor,
    post: (response: CheckResponse) =>
      setTimeout(() => listeners.forEach((listener) => listener({ data: response })), 0),
  });
  return {
    sent,
    postMessage: (message) => {
      sent.push(message);
      setTimeout(() => handle(message), 0);
    },
    addEventListener: (type: 'message' | 'error', listener: (event: { data: unknown }) => void) =>
      void (type === 'error' ? errorListeners : listeners).push(listener),
    fail: () => errorListeners.forEach((listener) => listener()),
  };
}

const engine = (program: keyof typeof PACKS) => createAnalyzer(PACKS[program]);

describe('workerChecker', () => {
  it("returns the engine's report for the note and program asked", async () => {
    const check = workerChecker(portTo(engine));
    const report = await check('ct-dmhas-csp', 'CSW drove participant to the pharmacy.');
    expect(report.program).toBe('ct-dmhas-csp');
    expect(report.findings.map((finding) => `${finding.kind}:${finding.code}`)).toContain(
      'non-billable:transportation',
    );
  });

  it('gives each of several notes in flight its own report', async () => {
    const check = workerChecker(portTo(engine));
    const [vague, judged] = await Promise.all([
      check('ma-csp', 'CSW assisted member with her housing.'),
      check('ma-csp', 'Member was rude and non-compliant.'),
    ]);
    expect(vague.findings.map((finding) => finding.code)).toContain('assisted');
    expect(judged.findings.map((finding) => finding.code)).toContain('non-compliant');
    expect(judged.findings.map((finding) => finding.code)).not.toContain('assisted');
  });

  it('rejects with a message that does not quote the note when the engine fails', async () => {
    const check = workerChecker(
      portTo(() => {
        throw new Error('broken on: client secret text');
      }),
    );
    await expect(check('ma-csp', 'client secret text')).rejects.toThrow(
      'The note could not be checked.',
    );
  });

  it('fails every note in flight, and those after, when the worker cannot start', async () => {
    const port = portTo(engine);
    port.postMessage = () => undefined;
    const check = workerChecker(port);
    const pending = check('ma-csp', 'CSW drove member home.');
    port.fail();
    await expect(pending).rejects.toThrow('The checker did not start');
    await expect(check('ma-csp', 'Another note.')).rejects.toThrow('The checker did not start');
  });
});

describe('createCheckHandler', () => {
  it('answers a request it cannot read with a failure, not a report', () => {
    const posted: CheckResponse[] = [];
    const handle = createCheckHandler({ analyzerFor: engine, post: (r) => posted.push(r) });
    handle({ type: 'check', id: 1, program: 'not-a-program', text: 'CSW drove client.' });
    expect(posted).toEqual([
      { type: 'failed', id: null, message: 'The trainer sent a request the worker cannot read.' },
    ]);
  });
});
