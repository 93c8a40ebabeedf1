// "Check this page": injects the sidebar and the reader into one tab, once, with the access
// the user's click (toolbar, shortcut or context menu) granted through activeTab.
import { READER_FILE, SIDEBAR_FILE, type ContentScriptFile } from './content-scripts';

/** `browser.scripting.executeScript`, for files. */
export type InjectFiles = (injection: {
  target: { tabId: number; allFrames?: boolean };
  files: ContentScriptFile[];
}) => Promise<unknown>;

/**
 * Starts the sidebar in the top frame, then the reader in every frame it may reach.
 * Resolves false for pages no extension may touch (the browser's own pages, web stores).
 * Safe to repeat: each script starts only once per frame.
 */
export async function checkTab(inject: InjectFiles, tabId: number): Promise<boolean> {
  try {
    await injectSidebar(inject, tabId);
    await inject({ target: { tabId, allFrames: true }, files: [READER_FILE] });
    return true;
  } catch {
    return false;
  }
}

/** The sidebar alone, top frame only: enough to show findings for a selection. */
export async function injectSidebar(inject: InjectFiles, tabId: number): Promise<void> {
  await inject({ target: { tabId }, files: [SIDEBAR_FILE] });
}
