import { describe, expect, it, vi } from 'vitest';
import { announceSettingsChange } from './settings-broadcast';

describe('announceSettingsChange', () => {
  it('tells every open tab, even when some tabs have no NoteCoach to answer', async () => {
    const send = vi.fn(async (tabId: number) => {
      if (tabId === 2) throw new Error('Could not establish connection.');
    });
    await announceSettingsChange({ tabIds: async () => [1, 2, 3], send });
    expect(send.mock.calls).toEqual([
      [1, { type: 'settings-changed' }],
      [2, { type: 'settings-changed' }],
      [3, { type: 'settings-changed' }],
    ]);
  });
});
