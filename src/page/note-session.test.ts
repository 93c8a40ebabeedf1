// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../engine/types';
import type { MessageOf } from '../messages';
import { noteFieldFor } from './discovery';
import type { Mark } from './highlight/marks';
import { NoteSession, type ReaderTransport } from './note-session';

const NOTE = 'CSW assisted client with the bill.';

function reportFor(text: string): Report {
  const at = text.indexOf('assisted');
  return {
    program: 'test',
    findings:
      at < 0
        ? []
        : [
            {
              kind: 'ambiguous-term',
              code: 'assist',
              start: at,
              end: at + 8,
              message: 'vague',
              suggestions: [{ label: 'Say what you did', replacement: 'coached' }],
              rule: 'vague-assist',
              severity: 'warning',
              source: { document: 'seed.txt', section: '1' },
            },
          ],
    time: { start: null, end: null, minutes: null, basis: null },
    units: null,
    dollars: null,
    fields: {},
  };
}

function setup() {
  document.body.innerHTML = `<textarea id="note"></textarea>`;
  const area = document.querySelector<HTMLTextAreaElement>('#note')!;
  area.value = NOTE;
  const posted: MessageOf<'note-state'>[] = [];
  const painted: Mark[][] = [];
  const transport: ReaderTransport = {
    analyze: async (request) => reportFor(request.text),
    post: (message) => {
      if (message.type === 'note-state') posted.push(message);
    },
  };
  // happy-dom has no execCommand, so replacing takes the textarea's setRangeText path.
  const field = noteFieldFor(area)!;
  const session = new NoteSession({
    noteId: 'n1',
    field,
    transport,
    painter: { paint: (marks) => painted.push([...marks]), dispose: () => undefined },
    readContext: () => ({}),
  });
  return { area, session, posted, painted };
}

async function firstReport(posted: unknown[], session: NoteSession) {
  session.checkNow();
  await vi.waitFor(() => expect(posted).toHaveLength(1));
}

describe('NoteSession', () => {
  it('tells the sidebar the findings with their excerpts and draws them', async () => {
    const { session, posted, painted } = setup();
    await firstReport(posted, session);
    expect(posted[0]).toMatchObject({ note: { noteId: 'n1' }, version: 0, excerpts: ['assisted'] });
    expect(painted.at(-1)).toEqual([{ start: 4, end: 12, severity: 'warning' }]);
  });

  it('moves the underline with text typed before it, before the next report arrives', async () => {
    const { area, session, posted, painted } = setup();
    await firstReport(posted, session);
    area.value = `Today ${NOTE}`;
    session.noticeChange();
    expect(painted.at(-1)).toEqual([{ start: 10, end: 18, severity: 'warning' }]);
  });

  it('applies a suggestion at the span where the words are now', async () => {
    const { area, session, posted } = setup();
    await firstReport(posted, session);
    area.value = `Today ${NOTE}`;
    const outcome = await session.apply({
      type: 'apply-suggestion',
      note: { frameId: 0, noteId: 'n1' },
      version: 0,
      index: 0,
      suggestion: 0,
    });
    expect(outcome).toBe('applied');
    expect(area.value).toBe('Today CSW coached client with the bill.');
  });

  it('does not write when the flagged words were edited or the version is old', async () => {
    const { area, session, posted } = setup();
    await firstReport(posted, session);
    const apply = {
      type: 'apply-suggestion',
      note: { frameId: 0, noteId: 'n1' },
      index: 0,
      suggestion: 0,
    } as const;
    expect(await session.apply({ ...apply, version: 7 })).toBe('rechecking');
    area.value = NOTE.replace('assisted', 'assists');
    expect(await session.apply({ ...apply, version: 0 })).toBe('rechecking');
    expect(area.value).toBe(NOTE.replace('assisted', 'assists'));
  });

  it('hides an ignored finding from later reports', async () => {
    const { session, posted } = setup();
    await firstReport(posted, session);
    session.ignore(0);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]?.report.findings).toEqual([]);
    expect(posted[1]?.version).toBeGreaterThan(posted[0]!.version);
  });
});
