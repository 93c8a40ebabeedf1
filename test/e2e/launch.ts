// How every end-to-end test starts Chromium with the test build of NoteCoach loaded.
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
