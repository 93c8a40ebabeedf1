import { describe, expect, it, vi } from 'vitest';
import { checkTab, injectSidebar, type TabScripting } from './check-tab';

/** A tab whose frames run the scripts listed for them. */
function fakeTab(frames: Record<number, string[]>) {
  const injected: [number[], string][] = [];
  const scripting: TabScripting = {
    startedIn: async (_tabId, names) =>
      Object.entries(frames).map(([frameId, running]) => ({
        frameId: Number(frameId),
        started: names.map((name) => running.includes(name)),
      })),
    inject: async (_tabId, frameIds, file) => void injected.push([frameIds, file]),
  };
  return { scripting, injected };
}

describe('checkTab', () => {
  it('starts the sidebar in the top frame, then the reader in every frame of the tab', async () => {
    const { scripting, injected } = fakeTab({ 0: [], 3: [], 7: [] });
    await expect(checkTab(scripting, 12)).resolves.toBe(true);
    expect(injected).toEqual([
      [[0], '/content-scripts/sidebar.js'],
      [[0, 3, 7], '/content-scripts/reader.js'],
    ]);
  });

  it('leaves frames where NoteCoach already runs alone, so nothing runs twice', async () => {
    const { scripting, injected } = fakeTab({ 0: ['reader', 'sidebar'], 3: ['reader'], 7: [] });
    await checkTab(scripting, 12);
    expect(injected).toEqual([[[7], '/content-scripts/reader.js']]);
    const all = fakeTab({ 0: ['reader', 'sidebar'] });
    await checkTab(all.scripting, 12);
    expect(all.injected).toEqual([]);
  });

  it('says no, without throwing, on a page the browser keeps extensions out of', async () => {
    const scripting: TabScripting = {
      startedIn: vi.fn(async () => {
        throw new Error('Cannot access a chrome:// URL');
      }),
      inject: vi.fn(async () => undefined),
    };
    await expect(checkTab(scripting, 12)).resolves.toBe(false);
    expect(scripting.inject).not.toHaveBeenCalled();
  });
});

describe('injectSidebar', () => {
  it('starts only the sidebar, and only if it is not running yet', async () => {
    const fresh = fakeTab({ 0: [], 3: [] });
    await injectSidebar(fresh.scripting, 12);
    expect(fresh.injected).toEqual([[[0], '/content-scripts/sidebar.js']]);
    const running = fakeTab({ 0: ['sidebar'] });
    await injectSidebar(running.scripting, 12);
    expect(running.injected).toEqual([]);
  });
});
