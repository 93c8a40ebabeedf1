// The service worker: the only context that loads the engine (compromise takes 100-250 ms to
// load), so pages and the sidebar stay light. Wiring only; see src/background.
import { DEFAULT_PROGRAM, analyzerFor, isProgramId } from '../src/background/analyzers';
import { routeMessage } from '../src/background/route-message';
import { SETTINGS_KEY, programFromSettings } from '../src/background/settings';

async function currentProgram() {
  const stored = await browser.storage.local.get(SETTINGS_KEY);
  return programFromSettings(stored[SETTINGS_KEY], isProgramId, DEFAULT_PROGRAM);
}

export default defineBackground(() => {
  browser.runtime.onMessage.addListener((raw, sender) =>
    routeMessage(raw, sender, {
      extensionId: browser.runtime.id,
      analyze: async (text, context) => analyzerFor(await currentProgram()).analyze(text, context),
      sendToFrame: (tabId, frameId, message) =>
        browser.tabs.sendMessage(tabId, message, { frameId }),
    }),
  );
});
