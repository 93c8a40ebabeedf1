// End-to-end tests: the test build of the extension in headless Chromium, and the core of them
// (tests tagged @firefox) in headless Firefox ESR too, on fixture EHR pages served from
// 127.0.0.1. Run with `npm run test:e2e` (builds first); Firefox alone: `npm run test:e2e:firefox`.
import { defineConfig } from '@playwright/test';
import type { BrowserChoice } from './test/e2e/browsers';

const port = Number(process.env.FIXTURE_PORT ?? 4791);
/** The apply fuzz is its own step of `npm test` (`npm run test:fuzz`), never part of the e2e one. */
const FUZZ = '**/fuzz.spec.ts';
const fuzzing = process.env.FUZZ_RUNS !== undefined || process.env.FUZZ_SEED !== undefined;

export default defineConfig<object, { browserChoice: BrowserChoice }>({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 8_000 },
  workers: 1,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}/` },
  projects: [
    { name: 'chromium', testIgnore: FUZZ },
    // Firefox's first test also starts it and installs the extension: allow for that.
    {
      name: 'firefox',
      grep: /@firefox/,
      testIgnore: FUZZ,
      timeout: 90_000,
      use: { browserChoice: 'firefox' },
    },
    // One test per editor, each in its own worker and browser when run with --workers: a rich
    // editor's Use waits until typing is a second old, idle time the others can use.
    ...(fuzzing ? [{ name: 'fuzz', testMatch: FUZZ, fullyParallel: true }] : []),
  ],
  webServer: {
    command: 'node test/e2e/static-server.mjs',
    url: `http://127.0.0.1:${port}/textarea.html`,
    env: { FIXTURE_PORT: String(port) },
    reuseExistingServer: false,
  },
});
