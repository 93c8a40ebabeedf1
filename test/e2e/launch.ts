// How every end-to-end test starts a browser with the test build of NoteCoach loaded: Chromium
// through Playwright, Firefox ESR through puppeteer-core over WebDriver BiDi.
import { existsSync } from 'node:fs';
import { resolve } from 'node:path';

export const extensionDir = resolve(import.meta.dirname, '..', '..', '.output', 'chrome-mv3-test');
const chromiumPath = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

function checkedChromium(dir: string, command: string): string {
  if (!existsSync(chromiumPath)) {
    throw new Error(
      `No Chromium at ${chromiumPath}. Install Debian's (apt-get install -y chromium) or set CHROMIUM_PATH; .ci/run does this for you.`,
    );
  }
  if (!existsSync(resolve(dir, 'manifest.json'))) {
    throw new Error(`No build in ${dir}. Run: ${command}`);
  }
  return chromiumPath;
}

/** Launch options for a headless Chromium with the extension and no background traffic. */
export function extensionArgs(dir = extensionDir, command = 'npm run build:test') {
  return {
    executablePath: checkedChromium(dir, command),
    headless: true,
    viewport: { width: 1100, height: 760 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${dir}`,
      `--load-extension=${dir}`,
    ],
  };
}

/** The Firefox test build: `npm run build:test:firefox`. */
export const firefoxExtensionDir = resolve(
  import.meta.dirname,
  '..',
  '..',
  '.output',
  'firefox-mv3-test',
);
const firefoxPath = process.env.FIREFOX_PATH ?? '/usr/bin/firefox-esr';
/** Fixed so tests can open the extension's own pages at a known moz-extension:// address. */
export const FIREFOX_EXTENSION_UUID = '6c0d3f0e-6a8b-4d1e-9b7a-2f3c4d5e6f70';
const FIREFOX_EXTENSION_ID = 'notecoach@notecoach.app';

/**
 * Launch options for a headless Firefox ESR driven over WebDriver BiDi (puppeteer-core). Every
 * request for another host goes through the recording proxy at `proxyPort`, extensions' included;
 * the loopback addresses of the fixture server never do.
 */
export function firefoxArgs(proxyPort: number) {
  if (!existsSync(firefoxPath)) {
    throw new Error(
      `No Firefox at ${firefoxPath}. Install Debian's (apt-get install -y firefox-esr) or set FIREFOX_PATH; .ci/run does this for you.`,
    );
  }
  if (!existsSync(resolve(firefoxExtensionDir, 'manifest.json'))) {
    throw new Error(`No build in ${firefoxExtensionDir}. Run: npm run build:test:firefox`);
  }
  return {
    browser: 'firefox' as const,
    executablePath: firefoxPath,
    headless: true,
    defaultViewport: { width: 1100, height: 760 },
    // Without it an extension page cannot be opened in a tab.
    args: ['--remote-allow-system-access'],
    extraPrefsFirefox: {
      'extensions.webextensions.uuids': JSON.stringify({
        [FIREFOX_EXTENSION_ID]: FIREFOX_EXTENSION_UUID,
      }),
      'network.proxy.type': 1,
      'network.proxy.http': '127.0.0.1',
      'network.proxy.http_port': proxyPort,
      'network.proxy.ssl': '127.0.0.1',
      'network.proxy.ssl_port': proxyPort,
    },
  };
}
