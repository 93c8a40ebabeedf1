// Playwright fixtures: a browser with a build of NoteCoach loaded (the test build unless a spec
// asks for another). Chromium specs use `page` and `background` (its service worker, where the
// sidebar's requests pass through). Tests tagged FIREFOX run in Firefox ESR too (the `firefox`
// project) and use only `tab` and `extensionContext`, which work in both (see browsers.ts).
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import {
  browsers,
  chromiumContext,
  chromiumTab,
  firefoxContext,
  firefoxTab,
  type BrowserChoice,
  type Browsers,
  type ExtensionContext,
  type NoteTab,
} from './browsers';
import { extensionArgs } from './launch';

// Service workers' requests reach Playwright only with this switch: `tab.outboundRequests()`
// needs them, and it must be set before Chromium starts.
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** The test build: content scripts declared for the local fixture server. */
export const TEST_BUILD = { dir: 'chrome-mv3-test', command: 'npm run build:test' };

/** The tag of the tests that run in Firefox ESR as well as Chromium. */
export const FIREFOX = '@firefox';

interface WorkerFixtures {
  browserChoice: BrowserChoice;
  browsers: Browsers;
  extension: BrowserContext;
  background: Worker;
}
interface TestFixtures {
  tab: NoteTab;
  extensionContext: ExtensionContext;
}

/** Fixtures for the build in `.output/<dir>`, which `command` makes. */
export function testWithBuild({ dir, command }: { dir: string; command: string }) {
  const extensionDir = resolve(import.meta.dirname, '..', '..', '.output', dir);
  return base.extend<TestFixtures, WorkerFixtures>({
    browserChoice: ['chromium', { option: true, scope: 'worker' }],
    browsers: [
      async ({ browserName: _browser }, use) => {
        const started = browsers(() =>
          chromium.launchPersistentContext('', extensionArgs(extensionDir, command)),
        );
        await use(started);
        await started.close();
      },
      { scope: 'worker' },
    ],
    extension: [
      async ({ browsers: started }, use) => use((await started.chromium()).context),
      { scope: 'worker' },
    ],
    background: [
      async ({ browsers: started }, use) => use((await started.chromium()).worker),
      { scope: 'worker' },
    ],
    page: async ({ extension }, use) => {
      const page = await extension.newPage();
      await use(page);
      await page.close();
    },
    extensionContext: async ({ browsers: started, browserChoice }, use) => {
      await use(
        browserChoice === 'firefox'
          ? firefoxContext(await started.firefox())
          : chromiumContext((await started.chromium()).worker),
      );
    },
    tab: async ({ browsers: started, browserChoice, baseURL }, use) => {
      const base = baseURL ?? '';
      let tab: NoteTab;
      if (browserChoice === 'firefox') {
        tab = await firefoxTab(await started.firefox(), base);
      } else {
        const { context, worker } = await started.chromium();
        tab = await chromiumTab(context, worker, base);
      }
      await use(tab);
      await tab.close();
    },
  });
}

export const test = testWithBuild(TEST_BUILD);

export { expect } from '@playwright/test';
