import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing';
import { DEFAULT_SETTINGS } from './schema';
import { loadSettings, saveSettings, watchSettings } from './storage';

// WXT's storage picks its extension API when it loads, from the globals: give it the fake one.
await vi.hoisted(async () => {
  Object.assign(globalThis, { chrome: (await import('wxt/testing')).fakeBrowser });
});

describe('settings storage', () => {
  beforeEach(() => fakeBrowser.reset());

  it('reads back what was saved', async () => {
    const settings = {
      ...DEFAULT_SETTINGS,
      program: 'ma-csp' as const,
      rulesOff: ['ma-transport'],
    };
    await saveSettings(settings);
    expect(await loadSettings()).toEqual({ settings, resetFields: [] });
  });

  it('falls back field by field when what is stored was corrupted', async () => {
    await fakeBrowser.storage.local.set({ settings: { program: 42, rulesOff: ['ma-transport'] } });
    expect(await loadSettings()).toEqual({
      settings: { ...DEFAULT_SETTINGS, rulesOff: ['ma-transport'] },
      resetFields: ['program'],
    });
  });

  it('refuses to store malformed settings', async () => {
    const bad = {
      ...DEFAULT_SETTINGS,
      program: 'tx-unknown',
    } as unknown as typeof DEFAULT_SETTINGS;
    await expect(saveSettings(bad)).rejects.toThrow();
    expect(await fakeBrowser.storage.local.get(null)).toEqual({});
  });

  it('tells a watcher about each change, already validated', async () => {
    const seen = vi.fn();
    const stop = watchSettings(seen);
    await fakeBrowser.storage.local.set({ settings: { program: 'mo-community-support' } });
    await vi.waitFor(() =>
      expect(seen).toHaveBeenCalledWith({
        settings: { ...DEFAULT_SETTINGS, program: 'mo-community-support' },
        resetFields: [],
      }),
    );
    stop();
  });
});
