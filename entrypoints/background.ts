// The service worker: the only context that loads the engine (compromise takes 100-250 ms to
// load), so pages and the sidebar stay light. Wiring only; see src/background.
import { createActiveAnalyzer } from '../src/background/analyzers';
import { routeMessage } from '../src/background/route-message';
import { announceSettingsChange } from '../src/background/settings-broadcast';
import { loadSettings, watchSettings } from '../src/settings/storage';

export default defineBackground(() => {
  const analyzer = createActiveAnalyzer(async () => (await loadSettings()).settings);

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
      analyze: async (text, context) => (await analyzer.get()).analyze(text, context),
      sendToFrame: (tabId, frameId, message) =>
        browser.tabs.sendMessage(tabId, message, { frameId }),
    }),
  );
});
