// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import type { Report } from '../engine/types';
import { LIVE_CHECK_CHARS, MAX_NOTE_CHARS, type MessageOf } from '../messages';
import { noteFieldFor } from './discovery';
import type { Mark } from './highlight/marks';
import type { Span } from './highlight/visible-span';
import { noticeInput } from './native-input';
import { NoteSession, RECHECK_DELAY_MS, type ReaderTransport } from './note-session';

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

function setup(
  text = NOTE,
  inView: Span | null = null,
  slowReplace = false,
  report: (text: string) => Report = reportFor,
) {
  document.body.innerHTML = `<textarea id="note"></textarea>`;
  const area = document.querySelector<HTMLTextAreaElement>('#note')!;
  area.value = text;
  const posted: MessageOf<'note-state'>[] = [];
  const tooLong: MessageOf<'note-too-long'>[] = [];
  const carets: MessageOf<'caret-finding'>[] = [];
  const analyzed: string[] = [];
  const painted: Mark[][] = [];
  const wakes: number[] = [];
  const transport: ReaderTransport = {
    wake: () => wakes.push(performance.now()),
    analyze: async (request) => {
      analyzed.push(request.text);
      return report(request.text);
    },
    post: (message) => {
      if (message.type === 'note-state') posted.push(message);
      if (message.type === 'note-too-long') tooLong.push(message);
      if (message.type === 'caret-finding') carets.push(message);
    },
  };
  // happy-dom has no execCommand, so replacing takes the textarea's setRangeText path.
  const found = noteFieldFor(area)!;
  // A rich editor's replacement waits for the selection to settle before it writes.
  const field = slowReplace
    ? {
        ...found,
        adapter: {
          ...found.adapter,
          replace: async (root: HTMLElement, start: number, end: number, text: string) => {
            await new Promise((settled) => setTimeout(settled, 5));
            return found.adapter.replace(root, start, end, text);
          },
        },
      }
    : found;
  const session = new NoteSession({
    noteId: 'n1',
    field,
    transport,
    painter: {
      paint: (marks) => painted.push([...marks]),
      visibleSpan: () => inView,
      dispose: () => undefined,
    },
    readContext: () => ({}),
  });
  return { area, session, posted, tooLong, analyzed, painted, carets, wakes };
}

/** A missing sign-off at the note's end, its line shaped for the place as the engine does. */
function missingLine(text: string): Report {
  const line = '[Name, credentials]';
  return {
    ...reportFor(''),
    findings: [
      {
        kind: 'missing-field',
        code: 'signature',
        start: text.length,
        end: text.length,
        message: 'no signature',
        suggestions: [{ label: 'Sign', replacement: text.endsWith('\n') ? line : `\n${line}` }],
        rule: 'missing-signature',
        severity: 'error',
        source: { document: 'seed.txt', section: '2' },
      },
    ],
  };
}

async function firstReport(posted: unknown[], session: NoteSession) {
  session.checkNow();
  await vi.waitFor(() => expect(posted).toHaveLength(1));
}

/** The Use of the first finding's first suggestion, as the sidebar sends it. */
const firstUse = (version = 0) =>
  ({
    type: 'apply-suggestion',
    note: { frameId: 0, noteId: 'n1' },
    version,
    index: 0,
    suggestion: 0,
  }) as const;

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

  it('tells the sidebar when the caret enters or leaves flagged words, once per change', async () => {
    const { area, session, posted, carets } = setup();
    area.focus();
    area.setSelectionRange(0, 0);
    await firstReport(posted, session);
    expect(carets).toEqual([]);
    area.setSelectionRange(6, 6);
    expect(session.noticeCaret()).toBe(0);
    area.setSelectionRange(7, 7);
    session.noticeCaret();
    expect(carets).toEqual([
      { type: 'caret-finding', note: { noteId: 'n1' }, version: 0, index: 0 },
    ]);
    area.setSelectionRange(20, 20);
    expect(session.noticeCaret()).toBeNull();
    expect(carets.at(-1)).toMatchObject({ index: null });
  });

  it('writes nothing into a rich note removed while its Use waited for typing to settle', async () => {
    document.body.innerHTML = `<div id="note" contenteditable="true"><p>${NOTE}</p></div><textarea id="next"></textarea>`;
    const root = document.querySelector<HTMLElement>('#note')!;
    const found = noteFieldFor(root)!;
    const replace = vi.fn(found.adapter.replace);
    const analyzed: string[] = [];
    const posted: MessageOf<'note-state'>[] = [];
    const session = new NoteSession({
      noteId: 'n1',
      field: { ...found, adapter: { ...found.adapter, replace } },
      transport: {
        analyze: async (request) => {
          analyzed.push(request.text);
          return reportFor(request.text);
        },
        post: (message) => void (message.type === 'note-state' && posted.push(message)),
      },
      painter: { paint: () => undefined, dispose: () => undefined },
      readContext: () => ({}),
    });
    await firstReport(posted, session);
    noticeInput(document);
    const used = session.apply({
      type: 'apply-suggestion',
      note: { frameId: 0, noteId: 'n1' },
      version: 0,
      index: 0,
      suggestion: 0,
    });
    // The page replaces the editor with the next note's; the user is in that one now.
    root.remove();
    session.dispose();
    document.querySelector<HTMLTextAreaElement>('#next')!.focus();
    expect(await used).toBe('failed');
    expect(replace).not.toHaveBeenCalled();
    expect(analyzed).toHaveLength(1);
    expect(posted).toHaveLength(1);
  });

  it('uses a suggestion from the card at the underline as the sidebar would', async () => {
    const { area, session, posted } = setup();
    await firstReport(posted, session);
    expect(await session.useSuggestion(0, 0)).toBe('applied');
    expect(area.value).toBe('CSW coached client with the bill.');
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

  it('applies a Use clicked twice once: the second click finds its words already replaced', async () => {
    const { area, session, posted } = setup(NOTE, null, true);
    await firstReport(posted, session);
    const apply = {
      type: 'apply-suggestion',
      note: { frameId: 0, noteId: 'n1' },
      version: 0,
      index: 0,
      suggestion: 0,
    } as const;
    const outcomes = await Promise.all([session.apply(apply), session.apply(apply)]);
    expect(outcomes).toEqual(['applied', 'rechecking']);
    expect(area.value).toBe('CSW coached client with the bill.');
  });

  it('adds a missing line once, however often its Use is clicked before the next report', async () => {
    const { area, session, posted } = setup(NOTE, null, false, missingLine);
    await firstReport(posted, session);
    const apply = firstUse();
    expect(await session.apply(apply)).toBe('applied');
    expect(await session.apply(apply)).toBe('rechecking');
    expect(area.value).toBe(`${NOTE}\n[Name, credentials]`);
  });

  it('writes nothing when a missing line without a line break of its own would join the line before', async () => {
    // CKEditor 5's first Ctrl+Z of an added line leaves an empty line, and a report of that note
    // places the missing line on it; its second Ctrl+Z removes the empty line before the next.
    const { area, session, posted, analyzed } = setup(`${NOTE}\n`, null, false, missingLine);
    await firstReport(posted, session);
    expect(posted[0]?.report.findings[0]?.suggestions[0]?.replacement).toBe('[Name, credentials]');
    area.value = NOTE;
    const apply = firstUse();
    expect(await session.apply(apply)).toBe('rechecking');
    expect(area.value).toBe(NOTE);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(analyzed.at(-1)).toBe(NOTE);
    expect(await session.apply({ ...apply, version: posted[1]!.version })).toBe('applied');
    expect(area.value).toBe(`${NOTE}\n[Name, credentials]`);
  });

  it('writes nothing when a missing line would be joined to words typed on its empty line', async () => {
    const { area, session, posted } = setup(`${NOTE}\n`, null, false, missingLine);
    await firstReport(posted, session);
    area.value = `${NOTE}\nabc`;
    expect(await session.apply(firstUse())).toBe('rechecking');
    expect(area.value).toBe(`${NOTE}\nabc`);
  });

  it('hides an ignored finding from later reports', async () => {
    const { session, posted } = setup();
    await firstReport(posted, session);
    session.ignore(0);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    expect(posted[1]?.report.findings).toEqual([]);
    expect(posted[1]?.version).toBeGreaterThan(posted[0]!.version);
    expect(posted[1]?.ignored).toBe(1);
  });

  it('brings an ignored finding back on Undo, and says none is ignored any more', async () => {
    const { session, posted } = setup();
    await firstReport(posted, session);
    expect(posted[0]?.ignored).toBeUndefined();
    session.ignore(0);
    await vi.waitFor(() => expect(posted).toHaveLength(2));
    session.restoreIgnored('last');
    await vi.waitFor(() => expect(posted).toHaveLength(3));
    expect(posted[2]?.report.findings.map((f) => f.rule)).toEqual(['vague-assist']);
    expect(posted[2]?.ignored).toBeUndefined();
  });

  describe('a note over the length checked as the user types', () => {
    const filler = 'Reviewed the budget line by line with client.\n'.repeat(22_000);
    const long = `${filler}CSW assisted client with the bill.\nPlan: meet again.\n${filler}`;

    it('says it is too long, sends none of it, and underlines nothing', async () => {
      const { session, posted, tooLong, analyzed, painted } = setup(long);
      session.checkNow();
      await vi.waitFor(() => expect(tooLong).toHaveLength(1));
      expect(tooLong[0]).toEqual({
        type: 'note-too-long',
        note: { noteId: 'n1' },
        length: long.length,
        limit: MAX_NOTE_CHARS,
      });
      expect(analyzed).toEqual([]);
      expect(posted).toEqual([]);
      expect(painted.at(-1)).toEqual([]);
    });

    it('checks the whole lines in view when asked, with the findings where they are in the note', async () => {
      const at = long.indexOf('CSW assisted');
      const { session, posted, analyzed, painted } = setup(long, { start: at + 10, end: at + 40 });
      session.checkVisiblePart();
      await vi.waitFor(() => expect(posted).toHaveLength(1));
      expect(analyzed).toEqual(['CSW assisted client with the bill.\nPlan: meet again.']);
      const end = at + 'CSW assisted client with the bill.\nPlan: meet again.'.length;
      expect(posted[0]).toMatchObject({
        excerpts: ['assisted'],
        part: { start: at, end, length: long.length },
        report: { findings: [{ start: at + 4, end: at + 12 }], units: null },
      });
      expect(painted.at(-1)).toEqual([{ start: at + 4, end: at + 12, severity: 'warning' }]);
    });

    it('goes back to checking the whole note once it is short enough', async () => {
      const { area, session, posted, analyzed } = setup(long, { start: 0, end: 100 });
      session.checkVisiblePart();
      await vi.waitFor(() => expect(posted).toHaveLength(1));
      area.value = NOTE;
      session.noticeChange();
      await vi.waitFor(() => expect(posted).toHaveLength(2));
      expect(analyzed.at(-1)).toBe(NOTE);
      expect(posted[1]?.part).toBeUndefined();
    });
  });

  describe('when it checks', () => {
    const type = (area: HTMLTextAreaElement, session: NoteSession, text: string) => {
      area.value += text;
      session.noticeChange();
    };

    it('checks after a short pause in typing, and at once when a sentence ends', async () => {
      vi.useFakeTimers();
      try {
        const { area, session, analyzed } = setup('Client');
        type(area, session, ' went');
        await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS - 20);
        expect(analyzed).toEqual([]);
        await vi.advanceTimersByTimeAsync(20);
        expect(analyzed).toEqual(['Client went']);
        type(area, session, ' home');
        await vi.advanceTimersByTimeAsync(RECHECK_DELAY_MS - 20);
        type(area, session, '.');
        await vi.advanceTimersByTimeAsync(0);
        expect(analyzed).toEqual(['Client went', 'Client went home.']);
      } finally {
        vi.useRealTimers();
      }
    });

    it('wakes the service worker at the first key after a quiet spell, without the note', async () => {
      vi.useFakeTimers();
      try {
        const { area, session, wakes } = setup('Client');
        type(area, session, ' w');
        type(area, session, 'e');
        expect(wakes).toHaveLength(1);
        await vi.advanceTimersByTimeAsync(30_000);
        type(area, session, 'n');
        expect(wakes).toHaveLength(2);
      } finally {
        vi.useRealTimers();
      }
    });
  });

  describe('a note longer than live checking keeps up with', () => {
    const LONG = `${NOTE}\n${'Reviewed the budget with client.\n'.repeat(LIVE_CHECK_CHARS / 30)}`;

    it('pauses live checking, says so, and checks nothing as the user types', async () => {
      const { area, session, tooLong, analyzed, posted } = setup(LONG);
      session.checkNow();
      await vi.waitFor(() => expect(tooLong).toHaveLength(1));
      expect(tooLong[0]).toMatchObject({
        length: LONG.length,
        limit: LIVE_CHECK_CHARS,
        paused: true,
      });
      area.value += ' More.';
      session.noticeChange();
      await new Promise((done) => setTimeout(done, RECHECK_DELAY_MS + 50));
      expect(analyzed).toEqual([]);
      expect(posted).toEqual([]);
    });

    it('checks the whole note on Check now, keeps its findings in step with edits, and applies', async () => {
      const { area, session, analyzed, posted, painted } = setup(LONG);
      session.checkWhole();
      await vi.waitFor(() => expect(posted).toHaveLength(1));
      expect(analyzed).toEqual([LONG]);
      expect(posted[0]).toMatchObject({
        paused: { length: LONG.length, limit: LIVE_CHECK_CHARS },
        excerpts: ['assisted'],
      });
      // Typing before the finding moves its underline; no new check is sent.
      area.value = `Note. ${area.value}`;
      session.noticeChange();
      await new Promise((done) => setTimeout(done, RECHECK_DELAY_MS + 50));
      expect(analyzed).toHaveLength(1);
      expect(painted.at(-1)).toEqual([{ start: 10, end: 18, severity: 'warning' }]);
      const outcome = await session.apply({
        type: 'apply-suggestion',
        note: { frameId: 0, noteId: 'n1' },
        version: posted[0]!.version,
        index: 0,
        suggestion: 0,
      });
      expect(outcome).toBe('applied');
      expect(area.value.slice(0, 30)).toBe('Note. CSW coached client with ');
    });
  });
});
