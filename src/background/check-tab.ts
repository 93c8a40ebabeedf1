// "Check this page": starts the sidebar and the reader in one tab, with the access the user's
// click (toolbar, shortcut or context menu) granted through activeTab. Frames where a script
// already runs (a site that is always on, a second click) are left as they are.
import { READER_FILE, SIDEBAR_FILE, type ContentScriptFile } from './content-scripts';

/** What starts where, per frame: names as the content scripts mark themselves. */
export const READER = 'reader';
export const SIDEBAR = 'sidebar';
const TOP_FRAME = 0;

/** `browser.scripting` as used here (see tab-scripting.ts). */
export interface TabScripting {
  /** For each frame of the tab the extension may reach: which of `names` started there. */
  startedIn(tabId: number, names: string[]): Promise<{ frameId: number; started: boolean[] }[]>;
  inject(tabId: number, frameIds: number[], file: ContentScriptFile): Promise<unknown>;
}

/**
 * Starts the sidebar in the top frame, then the reader in every frame it may reach, where
 * they are not running yet. Resolves false for pages no extension may touch (the browser's
 * own pages, web stores).
 */
export async function checkTab(scripting: TabScripting, tabId: number): Promise<boolean> {
  try {
    const frames = await scripting.startedIn(tabId, [READER, SIDEBAR]);
    const top = frames.find((frame) => frame.frameId === TOP_FRAME);
    if (!top) return false;
    if (!top.started[1]) await scripting.inject(tabId, [TOP_FRAME], SIDEBAR_FILE);
    const withoutReader = frames.filter((frame) => !frame.started[0]).map((f) => f.frameId);
    if (withoutReader.length > 0) await scripting.inject(tabId, withoutReader, READER_FILE);
    return true;
  } catch {
    return false;
  }
}

/** The sidebar alone, in the top frame, unless it runs there already. Throws if unreachable. */
export async function injectSidebar(scripting: TabScripting, tabId: number): Promise<void> {
  const [top] = await scripting.startedIn(tabId, [SIDEBAR]);
  if (!top?.started[0]) await scripting.inject(tabId, [TOP_FRAME], SIDEBAR_FILE);
}
