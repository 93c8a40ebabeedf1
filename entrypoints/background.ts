// The service worker: the only context that loads the engine (compromise takes 100-250 ms to
// load), so pages and the sidebar stay light. Wiring only; see src/background.
import { createActiveAnalyzer } from '../src/background/analyzers';
import { createBadge } from '../src/background/badge';
import { createNoteChecks } from '../src/background/note-checks';
import { checkTab, injectSidebar } from '../src/background/check-tab';
import { routeMessage } from '../src/background/route-message';
import { SELECTION_MENU, createSelectionChecks } from '../src/background/selection';
import { announceSettingsChange } from '../src/background/settings-broadcast';
import { createSiteRegistrar } from '../src/background/site-scripts';
import { SITES_KEY, forgetRevokedSites, listSites } from '../src/background/sites';
import { tabScripting } from '../src/background/tab-scripting';
import type { NoteContext } from '../src/engine/types';
import type { Message } from '../src/messages';
import { loadSettings, watchSettings } from '../src/settings/storage';

/** The keyboard shortcut's command name in the manifest (wxt.config.ts). */
const CHECK_PAGE_COMMAND = 'check-page';

const analyzer = createActiveAnalyzer(async () => (await loadSettings()).settings);
const analyze = async (text: string, context: NoteContext) =>
  (await analyzer.get()).analyze(text, context);
const noteChecks = createNoteChecks(() => analyzer.get());
const scripting = tabScripting(browser.scripting);
const sendToFrame = (tabId: number, frameId: number, message: Message) =>
  browser.tabs.sendMessage(tabId, message, { frameId });

export default defineBackground(() => {
  const badge = createBadge(browser.action);
  const selections = createSelectionChecks({
    analyze,
    sendToFrame,
    injectSidebar: (tabId) => injectSidebar(scripting, tabId),
  });
  const register = createSiteRegistrar(browser.scripting);
  const registerSites = async () =>
    register((await listSites(browser)).map((site) => site.pattern)).catch(() => undefined);

  // Settings reach every open tab at once: new rules first, then each reader checks again.
  watchSettings(() => {
    analyzer.reset();
    void announceSettingsChange({
      tabIds: async () => (await browser.tabs.query({})).flatMap((tab) => tab.id ?? []),
      send: (tabId, message) => browser.tabs.sendMessage(tabId, message),
    });
  });

  browser.runtime.onMessage.addListener((raw, sender) =>
    routeMessage(raw, sender, {
      extensionId: browser.runtime.id,
      checkNote: noteChecks.check,
      sendToFrame,
      noteChanged: badge.noteChanged,
      takeSelection: selections.take,
      warmUp: () => void analyzer.get().catch(() => undefined),
    }),
  );

  // Where it runs: the user's click or shortcut (activeTab), or the sites they turned on.
  browser.commands.onCommand.addListener((command, tab) => {
    if (command === CHECK_PAGE_COMMAND && tab?.id !== undefined) {
      checkTab(scripting, tab.id);
    }
  });
  browser.contextMenus.onClicked.addListener((info, tab) => {
    if (info.menuItemId === SELECTION_MENU.id && tab?.id !== undefined && info.selectionText) {
      selections.check(tab.id, info.selectionText).catch(() => undefined);
    }
  });
  browser.runtime.onInstalled.addListener(() => {
    browser.contextMenus.create({ ...SELECTION_MENU, contexts: [...SELECTION_MENU.contexts] });
    registerSites();
  });
  browser.runtime.onStartup.addListener(registerSites);
  browser.storage.onChanged.addListener((changes, area) => {
    if (area === 'local' && SITES_KEY in changes) registerSites();
  });
  browser.permissions.onRemoved.addListener(() => forgetRevokedSites(browser));

  const forgetTab = (tabId: number) => {
    badge.forget(tabId);
    selections.forget(tabId);
    noteChecks.forgetTab(tabId);
  };
  browser.tabs.onUpdated.addListener((tabId, change) => {
    if (change.status === 'loading') forgetTab(tabId);
  });
  browser.tabs.onRemoved.addListener(forgetTab);

  // The e2e build lets tests call what a headless browser cannot click (toolbar, menu, shortcut).
  if (import.meta.env.MODE === 'e2e') {
    const check = (tabId: number) => checkTab(scripting, tabId);
    Object.assign(globalThis, { notecoach: { check, checkSelection: selections.check } });
  }
});
