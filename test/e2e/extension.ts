// Playwright fixtures: headless Chromium with a build of NoteCoach loaded (the test build
// unless a spec asks for another), and a handle on its service worker, which is where the
// sidebar's requests pass through.
import { chromium, test as base, type BrowserContext, type Worker } from '@playwright/test';
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The test build: content scripts declared for the local fixture server. */
export const TEST_BUILD = { dir: 'chrome-mv3-test', command: 'npm run build:test' };

function checkedChromium(extensionDir: string, command: string): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run does this for you.`,
    );
  }
  if (!existsSync(resolve(extensionDir, 'manifest.json'))) {
    throw new Error(`No build in ${extensionDir}. Run: ${command}`);
  }
  return chromiumPath;
}

/** Fixtures for the build in `.output/<dir>`, which `command` makes. */
export function testWithBuild({ dir, command }: { dir: string; command: string }) {
  const extensionDir = resolve(import.meta.dirname, '..', '..', '.output', dir);
  return base.extend<object, { extension: BrowserContext; background: Worker }>({
    extension: [
      async ({ browserName: _browser }, use) => {
        const context = await chromium.launchPersistentContext('', {
          executablePath: checkedChromium(extensionDir, command),
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
}

export const test = testWithBuild(TEST_BUILD);

export { expect } from '@playwright/test';
