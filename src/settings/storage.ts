// Where settings live: extension storage through WXT, read back through the schema so a
// corrupted or older value never reaches the engine or the pages.
import { storage } from 'wxt/utils/storage';
import { readSettings, settingsSchema, type Settings, type SettingsRead } from './schema';

/** Stored as `unknown`: whatever is in storage is checked by readSettings before use. */
export const settingsItem = storage.defineItem<unknown>('local:settings');

export async function loadSettings(): Promise<SettingsRead> {
  try {
    return readSettings(await settingsItem.getValue());
  } catch {
    // Storage itself failed (quota, shutdown): run on defaults rather than not at all.
    return readSettings(undefined);
  }
}

/** Writes settings after checking them again, so nothing malformed is ever stored. */
export async function saveSettings(settings: Settings): Promise<void> {
  await settingsItem.setValue(settingsSchema.parse(settings));
}

export function watchSettings(onChange: (read: SettingsRead) => void): () => void {
  return settingsItem.watch((stored) => onChange(readSettings(stored)));
}
