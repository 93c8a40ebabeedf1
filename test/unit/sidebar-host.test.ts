// @vitest-environment happy-dom
import { h, render } from 'preact';
import { act } from 'preact/test-utils';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { LAYOUT_KEY, SidebarHost } from '../../entrypoints/sidebar.content/SidebarHost';
import { fixtureReport } from '../../src/ui/report.fixture';

vi.mock('wxt/browser', async () => ({ browser: (await import('wxt/testing')).fakeBrowser }));

const { report, excerpts } = fixtureReport();
const noteState = {
  type: 'note-state',
  note: { frameId: 2, noteId: 'note-1' },
  version: 9,
  report,
  excerpts,
};

async function settle(): Promise<void> {
  await act(async () => {
    await new Promise((next) => setTimeout(next, 0));
  });
}

async function mountHost(): Promise<HTMLElement> {
  const container = document.createElement('div');
  document.body.append(container);
  act(() => render(h(SidebarHost, null), container));
  await settle();
  return container;
}

async function deliver(message: unknown): Promise<void> {
  await act(async () => {
    await fakeBrowser.runtime.onMessage.trigger(message, {});
  });
}

const cards = (root: HTMLElement) =>
  [...root.querySelectorAll('ul.cards > li')].map((li) => li.getAttribute('aria-label'));

describe('SidebarHost', () => {
  beforeEach(() => {
    vi.restoreAllMocks();
    fakeBrowser.reset();
    document.body.innerHTML = '';
  });

  it('shows the findings of the note state the background relays', async () => {
    const root = await mountHost();
    expect(root.textContent).toContain('Click into a progress note');
    await deliver(noteState);
    expect(cards(root)).toContain('Vague wording: assisted');
  });

  it('ignores messages that are not ours', async () => {
    const root = await mountHost();
    await deliver({ ...noteState, report: { findings: 'all good' } });
    expect(cards(root)).toEqual([]);
  });

  it('empties when that note is removed, but not when another one is', async () => {
    const root = await mountHost();
    await deliver(noteState);
    await deliver({ type: 'note-cleared', note: { frameId: 2, noteId: 'other' } });
    expect(cards(root)).not.toEqual([]);
    await deliver({ type: 'note-cleared', note: { frameId: 2, noteId: 'note-1' } });
    expect(root.textContent).toContain('Click into a progress note');
  });

  it('asks for a suggestion in the frame and version of the note it came from', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const root = await mountHost();
    await deliver(noteState);
    const use = [...root.querySelectorAll('button')].find((b) =>
      b.textContent?.startsWith('Use: taught'),
    );
    act(() => use?.click());
    expect(sent).toHaveBeenCalledWith({
      type: 'apply-suggestion',
      note: { frameId: 2, noteId: 'note-1' },
      version: 9,
      index: 0,
      suggestion: 0,
    });
  });

  it('remembers the layout, and only the layout, in storage', async () => {
    const root = await mountHost();
    await deliver(noteState);
    act(() =>
      root.querySelector<HTMLButtonElement>('button[aria-label="Collapse NoteCoach"]')?.click(),
    );
    await settle();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({
      [LAYOUT_KEY]: { collapsed: true, side: 'right' },
    });
  });

  it('opens collapsed on the left when that is what was stored', async () => {
    await fakeBrowser.storage.local.set({ [LAYOUT_KEY]: { collapsed: true, side: 'left' } });
    const root = await mountHost();
    expect(root.querySelector('.nc-left button.tab')).not.toBeNull();
  });

  it('moves and folds at once when the options page changes the layout', async () => {
    const root = await mountHost();
    expect(root.querySelector('.nc-right:not(.nc-collapsed)')).not.toBeNull();
    await act(async () => {
      await fakeBrowser.storage.local.set({ [LAYOUT_KEY]: { collapsed: true, side: 'left' } });
    });
    await vi.waitFor(() => expect(root.querySelector('.nc-left.nc-collapsed')).not.toBeNull());
  });

  it('shows findings for selected text read-only: no suggestion to apply, nothing to ignore', async () => {
    const sent = vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue(undefined);
    const root = await mountHost();
    await deliver({ type: 'selection-state', report, excerpts });
    expect(root.textContent).toContain('Showing the text you selected');
    expect(cards(root)).toContain('Vague wording: assisted');
    const labels = [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');
    expect(labels.some((label) => label.startsWith('Use:'))).toBe(false);
    expect(labels).not.toContain('Ignore');
    expect(root.textContent).toContain('Try: taught client to [skill] by [method]');
    act(() => root.querySelector<HTMLElement>('ul.cards > li')?.click());
    const types = sent.mock.calls.map(([message]) => (message as { type: string }).type);
    expect(types).toContain('sidebar-ready');
    expect(types.filter((type) => type !== 'sidebar-ready')).toEqual([]);
  });

  it('takes the selection waiting in the background when it starts', async () => {
    vi.spyOn(fakeBrowser.runtime, 'sendMessage').mockResolvedValue({
      type: 'selection-state',
      report,
      excerpts,
    });
    const root = await mountHost();
    expect(root.textContent).toContain('Showing the text you selected');
    expect(cards(root)).toContain('Vague wording: assisted');
  });

  it('goes back to the note, with its suggestions, once a note is focused', async () => {
    const root = await mountHost();
    await deliver({ type: 'selection-state', report, excerpts });
    await deliver(noteState);
    expect(root.textContent).not.toContain('Showing the text you selected');
    const labels = [...root.querySelectorAll('button')].map((b) => b.textContent ?? '');
    expect(labels.some((label) => label.startsWith('Use:'))).toBe(true);
  });

  it('opens for a selection even when kept collapsed, without changing the stored layout', async () => {
    await fakeBrowser.storage.local.set({ [LAYOUT_KEY]: { collapsed: true, side: 'left' } });
    const root = await mountHost();
    expect(root.querySelector('.nc-left button.tab')).not.toBeNull();
    await deliver({ type: 'selection-state', report, excerpts });
    expect(root.querySelector('.nc-left button.tab')).toBeNull();
    expect(cards(root)).toContain('Vague wording: assisted');
    expect(await fakeBrowser.storage.local.get(LAYOUT_KEY)).toEqual({
      [LAYOUT_KEY]: { collapsed: true, side: 'left' },
    });
  });
});
