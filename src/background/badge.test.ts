import { describe, expect, it } from 'vitest';
import type { MessageOf } from '../messages';
import { fixtureReport } from '../ui/report.fixture';
import { countToFix } from '../ui/summary';
import { createBadge, type BadgeAction } from './badge';

function fakeAction() {
  const text = new Map<number, string>();
  const action: BadgeAction = {
    setBadgeText: async ({ tabId, text: t }) => void text.set(tabId, t),
    setBadgeBackgroundColor: async () => undefined,
  };
  return { action, text };
}

const { report } = fixtureReport();
const state = (frameId: number, noteId: string, r = report): MessageOf<'note-state'> => ({
  type: 'note-state',
  note: { frameId, noteId },
  version: 1,
  report: r,
  excerpts: [],
});

describe('the toolbar badge', () => {
  it("shows the focused note's number of findings to fix, per tab", async () => {
    const { action, text } = fakeAction();
    const badge = createBadge(action);
    badge.noteChanged(1, state(0, 'n1'));
    badge.noteChanged(2, state(0, 'n1', { ...report, findings: [] }));
    expect(countToFix(report)).toBeGreaterThan(0);
    expect(text.get(1)).toBe(String(countToFix(report)));
    expect(text.get(2)).toBe('0');
  });

  it('clears when the note it counts goes away, not when another one does', async () => {
    const { action, text } = fakeAction();
    const badge = createBadge(action);
    badge.noteChanged(1, state(2, 'n1'));
    badge.noteChanged(1, { type: 'note-cleared', note: { frameId: 3 } });
    badge.noteChanged(1, { type: 'note-cleared', note: { frameId: 2, noteId: 'n9' } });
    expect(text.get(1)).toBe(String(countToFix(report)));
    badge.noteChanged(1, { type: 'note-cleared', note: { frameId: 2, noteId: 'n1' } });
    expect(text.get(1)).toBe('');
  });

  it('shows no count for a note too long to check', async () => {
    const { action, text } = fakeAction();
    const badge = createBadge(action);
    badge.noteChanged(1, state(0, 'n1'));
    badge.noteChanged(1, {
      type: 'note-too-long',
      note: { frameId: 0, noteId: 'n1' },
      length: 1_200_000,
      limit: 1_000_000,
    });
    expect(text.get(1)).toBe('');
  });

  it('clears when the tab navigates away', async () => {
    const { action, text } = fakeAction();
    const badge = createBadge(action);
    badge.noteChanged(1, state(0, 'n1'));
    badge.forget(1);
    expect(text.get(1)).toBe('');
  });
});
