import { describe, expect, it, vi } from 'vitest';
import { checkTab, type InjectFiles } from './check-tab';

describe('checkTab', () => {
  it('starts the sidebar in the top frame, then the reader in every frame of that tab', async () => {
    const inject = vi.fn<InjectFiles>(async () => []);
    await expect(checkTab(inject, 12)).resolves.toBe(true);
    expect(inject.mock.calls.map(([injection]) => injection)).toEqual([
      { target: { tabId: 12 }, files: ['/content-scripts/sidebar.js'] },
      { target: { tabId: 12, allFrames: true }, files: ['/content-scripts/reader.js'] },
    ]);
  });

  it('says no, without throwing, on a page the browser keeps extensions out of', async () => {
    const inject = vi.fn<InjectFiles>(async () => {
      throw new Error('Cannot access a chrome:// URL');
    });
    await expect(checkTab(inject, 12)).resolves.toBe(false);
  });
});
