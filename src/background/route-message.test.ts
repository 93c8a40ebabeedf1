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
    analyze: vi.fn<RouteDeps['analyze']>(async () => report),
    sendToFrame: vi.fn<RouteDeps['sendToFrame']>(async () => undefined),
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
    expect(d.analyze).toHaveBeenCalledWith('CSW drove client to the store.', { startMinutes: 600 });
  });

  it('drops messages from another extension or from outside a tab', async () => {
    const d = deps();
    await expect(
      routeMessage(analyze, { ...fromFrame(0), id: 'someone-else' }, d),
    ).resolves.toBeUndefined();
    await expect(routeMessage(analyze, { id: OWN_ID, frameId: 0 }, d)).resolves.toBeUndefined();
    expect(d.analyze).not.toHaveBeenCalled();
  });

  it('drops anything that is not one of our messages', async () => {
    const d = deps();
    await routeMessage({ type: 'analyze', text: 42 }, fromFrame(0), d);
    await routeMessage({ type: 'run-this', code: 'x' }, fromFrame(0), d);
    expect(d.analyze).not.toHaveBeenCalled();
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

  it('relays note-cleared the same way', async () => {
    const d = deps();
    await routeMessage({ type: 'note-cleared', note: {} }, fromFrame(3), d);
    expect(d.sendToFrame).toHaveBeenCalledWith(7, 0, {
      type: 'note-cleared',
      note: { frameId: 3 },
    });
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
});
