import { describe, expect, it, vi } from 'vitest';
import { fixtureReport } from '../ui/report.fixture';
import type { Message } from '../messages';
import { routeMessage, type RouteDeps, type Sender } from './route-message';

const OWN_ID = 'notecoach-id';

function deps() {
  const { report } = fixtureReport();
  return {
    report,
    extensionId: OWN_ID,
    checkNote: vi.fn<RouteDeps['checkNote']>(async () => report),
    sendToFrame: vi.fn<RouteDeps['sendToFrame']>(async () => undefined),
    noteChanged: vi.fn<RouteDeps['noteChanged']>(),
    takeSelection: vi.fn<RouteDeps['takeSelection']>(() => undefined),
  };
}

const fromFrame = (frameId: number): Sender => ({ id: OWN_ID, tab: { id: 7 }, frameId });

const analyze = {
  type: 'analyze',
  noteId: 'n1',
  version: 3,
  text: 'CSW drove client to the store.',
  context: { startMinutes: 600 },
};

describe('routeMessage', () => {
  it('answers analyze with the report for that text and context', async () => {
    const d = deps();
    await expect(routeMessage(analyze, fromFrame(2), d)).resolves.toBe(d.report);
    expect(d.checkNote).toHaveBeenCalledWith({
      key: '7:2:n1',
      version: 3,
      text: 'CSW drove client to the store.',
      context: { startMinutes: 600 },
    });
  });

  it('drops messages from another extension or from outside a tab', async () => {
    const d = deps();
    await expect(
      routeMessage(analyze, { ...fromFrame(0), id: 'someone-else' }, d),
    ).resolves.toBeUndefined();
    await expect(routeMessage(analyze, { id: OWN_ID, frameId: 0 }, d)).resolves.toBeUndefined();
    expect(d.checkNote).not.toHaveBeenCalled();
  });

  it('drops anything that is not one of our messages', async () => {
    const d = deps();
    await routeMessage({ type: 'analyze', text: 42 }, fromFrame(0), d);
    await routeMessage({ type: 'run-this', code: 'x' }, fromFrame(0), d);
    expect(d.checkNote).not.toHaveBeenCalled();
    expect(d.sendToFrame).not.toHaveBeenCalled();
  });

  it("relays a frame's note state to the sidebar in the top frame, naming the frame", async () => {
    const d = deps();
    const state = {
      type: 'note-state',
      note: { noteId: 'n1' },
      version: 3,
      report: d.report,
      excerpts: [],
    };
    await routeMessage(state, fromFrame(5), d);
    expect(d.sendToFrame).toHaveBeenCalledWith(7, 0, {
      ...state,
      note: { noteId: 'n1', frameId: 5 },
    });
  });

  it('relays the finding under the caret to the sidebar with its frame, leaving the badge', async () => {
    const d = deps();
    const caret = { type: 'caret-finding', note: { noteId: 'n1' }, version: 3, index: 2 };
    await routeMessage(caret, fromFrame(5), d);
    expect(d.sendToFrame).toHaveBeenCalledWith(7, 0, {
      ...caret,
      note: { noteId: 'n1', frameId: 5 },
    });
    expect(d.noteChanged).not.toHaveBeenCalled();
  });

  it('relays note-cleared the same way', async () => {
    const d = deps();
    await routeMessage({ type: 'note-cleared', note: {} }, fromFrame(3), d);
    expect(d.sendToFrame).toHaveBeenCalledWith(7, 0, {
      type: 'note-cleared',
      note: { frameId: 3 },
    });
  });

  it('relays note-too-long to the sidebar with its frame, and the check of the part in view back', async () => {
    const d = deps();
    const tooLong = {
      type: 'note-too-long',
      note: { noteId: 'n1' },
      length: 1_200_000,
      limit: 1_000_000,
    };
    await routeMessage(tooLong, fromFrame(3), d);
    expect(d.sendToFrame).toHaveBeenCalledWith(7, 0, {
      ...tooLong,
      note: { noteId: 'n1', frameId: 3 },
    });
    const checkPart = { type: 'check-visible-part', note: { frameId: 3, noteId: 'n1' } };
    await routeMessage(checkPart, fromFrame(2), d);
    expect(d.sendToFrame).toHaveBeenCalledTimes(1);
    await routeMessage(checkPart, fromFrame(0), d);
    expect(d.sendToFrame).toHaveBeenLastCalledWith(7, 3, checkPart);
  });

  it("relays the sidebar's Check now to the note's frame, and only the sidebar's", async () => {
    const d = deps();
    const checkNow = { type: 'check-now', note: { frameId: 3, noteId: 'n1' } };
    await routeMessage(checkNow, fromFrame(2), d);
    expect(d.sendToFrame).not.toHaveBeenCalled();
    await routeMessage(checkNow, fromFrame(0), d);
    expect(d.sendToFrame).toHaveBeenLastCalledWith(7, 3, checkNow);
  });

  it('starts the engine when a reader wakes the service worker, answering nothing', async () => {
    const d = { ...deps(), warmUp: vi.fn() };
    await expect(routeMessage({ type: 'wake-up' }, fromFrame(2), d)).resolves.toBeUndefined();
    expect(d.warmUp).toHaveBeenCalledTimes(1);
    expect(d.checkNote).not.toHaveBeenCalled();
  });

  it("sends the sidebar's requests to the frame that holds the note", async () => {
    const d = deps();
    const apply: Message = {
      type: 'apply-suggestion',
      note: { frameId: 4, noteId: 'n1' },
      version: 3,
      index: 0,
      suggestion: 1,
    };
    await routeMessage(apply, fromFrame(0), d);
    expect(d.sendToFrame).toHaveBeenCalledWith(7, 4, apply);
  });

  it('ignores sidebar requests that come from a sub-frame', async () => {
    const d = deps();
    const reveal = { type: 'reveal-finding', note: { frameId: 0, noteId: 'n1' }, index: 0 };
    await routeMessage(reveal, fromFrame(2), d);
    expect(d.sendToFrame).not.toHaveBeenCalled();
  });

  it('never relays a settings change that comes from a tab', async () => {
    const d = deps();
    await expect(
      routeMessage({ type: 'settings-changed' }, fromFrame(0), d),
    ).resolves.toBeUndefined();
    expect(d.sendToFrame).not.toHaveBeenCalled();
  });

  it('stays quiet when the receiving frame is gone', async () => {
    const d = deps();
    d.sendToFrame.mockRejectedValue(new Error('Receiving end does not exist.'));
    await expect(
      routeMessage({ type: 'note-cleared', note: {} }, fromFrame(1), d),
    ).resolves.toBeUndefined();
  });

  it('tells the badge of note states and clearings with the frame they came from', async () => {
    const d = deps();
    await routeMessage(
      { type: 'note-state', note: { noteId: 'n1' }, version: 1, report: d.report, excerpts: [] },
      fromFrame(5),
      d,
    );
    await routeMessage({ type: 'note-cleared', note: { noteId: 'n1' } }, fromFrame(5), d);
    expect(d.noteChanged.mock.calls.map(([tab, m]) => [tab, m.type, m.note])).toEqual([
      [7, 'note-state', { noteId: 'n1', frameId: 5 }],
      [7, 'note-cleared', { noteId: 'n1', frameId: 5 }],
    ]);
  });

  it("answers the top frame's sidebar-ready with the selection waiting for that tab", async () => {
    const d = deps();
    const waiting: Message = { type: 'selection-state', report: d.report, excerpts: [] };
    d.takeSelection.mockReturnValue(waiting);
    await expect(routeMessage({ type: 'sidebar-ready' }, fromFrame(0), d)).resolves.toBe(waiting);
    expect(d.takeSelection).toHaveBeenCalledWith(7);
    await expect(routeMessage({ type: 'sidebar-ready' }, fromFrame(3), d)).resolves.toBeUndefined();
    expect(d.takeSelection).toHaveBeenCalledTimes(1);
  });

  it('never relays a selection-state a content script made up', async () => {
    const d = deps();
    await routeMessage(
      { type: 'selection-state', report: d.report, excerpts: [] },
      fromFrame(0),
      d,
    );
    expect(d.sendToFrame).not.toHaveBeenCalled();
  });
});
