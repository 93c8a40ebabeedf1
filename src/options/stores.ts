// What the options page needs from the extension, passed in so the page runs in tests too.
import type { Settings, SettingsRead } from '../settings/schema';
import type { SidebarLayout } from '../ui/sidebar-layout';

export interface SettingsStore {
  load(): Promise<SettingsRead>;
  save(settings: Settings): Promise<void>;
  /** Calls back when the settings change elsewhere (another options tab); returns unwatch. */
  watch(onChange: (read: SettingsRead) => void): () => void;
}

export interface LayoutStore {
  load(): Promise<SidebarLayout>;
  save(layout: SidebarLayout): Promise<void>;
  watch(onChange: (layout: SidebarLayout) => void): () => void;
}

/** The sites NoteCoach is always on for; wired to the site permissions by the entrypoint. */
export interface SiteList {
  list(): Promise<string[]>;
  remove(site: string): Promise<void>;
}
