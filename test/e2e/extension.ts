// Playwright fixtures: headless Chromium with the test build of NoteCoach loaded, and a
// handle on its service worker, which is where the sidebar's requests pass through.
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { extensionArgs } from './launch';

export const test = base.extend<object, { extension: BrowserContext; background: Worker }>({
  extension: [
    async ({ browserName: _browser }, use) => {
      const context = await chromium.launchPersistentContext('', extensionArgs());
      await use(context);
      await context.close();
    },
    { scope: 'worker' },
  ],
  background: [
    async ({ extension }, use) => {
      const worker =
        extension.serviceWorkers()[0] ?? (await extension.waitForEvent('serviceworker'));
      await use(worker);
    },
    { scope: 'worker' },
  ],
  page: async ({ extension }, use) => {
    const page = await extension.newPage();
    await use(page);
    await page.close();
  },
});

export { expect } from '@playwright/test';
