// Playwright fixtures: headless Chromium with a build of NoteCoach loaded (the test build
// unless a spec asks for another), and a handle on its service worker, which is where the
// sidebar's requests pass through.
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { resolve } from 'node:path';
import { extensionArgs } from './launch';

/** The test build: content scripts declared for the local fixture server. */
export const TEST_BUILD = { dir: 'chrome-mv3-test', command: 'npm run build:test' };

/** Fixtures for the build in `.output/<dir>`, which `command` makes. */
export function testWithBuild({ dir, command }: { dir: string; command: string }) {
  const extensionDir = resolve(import.meta.dirname, '..', '..', '.output', dir);
  return base.extend<object, { extension: BrowserContext; background: Worker }>({
    extension: [
      async ({ browserName: _browser }, use) => {
        const context = await chromium.launchPersistentContext(
          '',
          extensionArgs(extensionDir, command),
        );
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
}

export const test = testWithBuild(TEST_BUILD);

export { expect } from '@playwright/test';
