// Settings reach every open tab at once: after a change, each tab's readers are told to check
// their note again, which brings the sidebar's findings up to date without a reload.
import type { MessageOf } from '../messages';

export interface TabMessenger {
  tabIds(): Promise<number[]>;
  /** Sends to every frame of the tab; tabs without NoteCoach simply refuse. */
  send(tabId: number, message: MessageOf<'settings-changed'>): Promise<unknown>;
}

export async function announceSettingsChange(tabs: TabMessenger): Promise<void> {
  const ids = await tabs.tabIds().catch(() => []);
  await Promise.all(
    ids.map((id) => tabs.send(id, { type: 'settings-changed' }).catch(() => undefined)),
  );
}
