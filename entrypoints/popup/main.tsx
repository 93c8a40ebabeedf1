// The toolbar popup. Wiring only: the tab it was opened on, the site list and the injector.
import { render } from 'preact';
import { checkTab } from '../../src/background/check-tab';
import {
  addSite,
  isSiteOn,
  removeSite,
  siteHost,
  sitePatternFor,
} from '../../src/background/sites';
import { tabScripting } from '../../src/background/tab-scripting';
import { Popup } from '../../src/popup/Popup';
import './popup.css';

const scripting = tabScripting(browser.scripting);

async function start() {
  // Opening the popup granted activeTab for this tab, which also lets us read its address.
  const [tab] = await browser.tabs.query({ active: true, currentWindow: true });
  const pattern = sitePatternFor(tab?.url);
  const commands = await browser.commands.getAll();
  const shortcut = commands.find((command) => command.name === 'check-page')?.shortcut || null;
  const tabId = tab?.id;
  const checkPage = () =>
    tabId === undefined ? Promise.resolve(false) : checkTab(scripting, tabId);

  render(
    <Popup
      host={pattern && siteHost(pattern)}
      shortcut={shortcut}
      actions={{
        checkPage,
        isAlwaysOn: async () => pattern !== null && isSiteOn(browser, pattern),
        async turnOn() {
          if (!pattern || !(await browser.permissions.request({ origins: [pattern] }))) {
            return false;
          }
          const listed = await addSite(browser, pattern);
          // Registered scripts start with the next page load; this one starts now.
          if (listed) await checkPage();
          return listed;
        },
        turnOff: async () => {
          if (pattern) await removeSite(browser, pattern);
        },
        openOptions: () => browser.runtime.openOptionsPage().catch(() => undefined),
        close: () => window.close(),
      }}
    />,
    document.getElementById('app')!,
  );
}

start();
