// Playwright fixtures: headless Chromium with the test build of NoteCoach loaded, and a
// handle on its service worker, which is where the sidebar's requests pass through.
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';

const extensionDir = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-test');

export const test = base.extend<object, { extension: BrowserContext; background: Worker }>({
  extension: [
    async ({ browserName: _browser }, use) => {
      const context = await chromium.launchPersistentContext('', {
        executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
        headless: true,
        viewport: { width: 1100, height: 760 },
        args: [
          '--no-sandbox',
          '--disable-gpu',
          '--no-first-run',
          '--disable-background-networking',
          '--disable-component-update',
          '--disable-sync',
          `--disable-extensions-except=${extensionDir}`,
          `--load-extension=${extensionDir}`,
        ],
      });
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
