// End-to-end tests: the test build of the extension in headless Chromium, on fixture
// EHR pages served from 127.0.0.1. Run with `npm run test:e2e` (builds both first).
import { defineConfig } from '@playwright/test';

const port = Number(process.env.FIXTURE_PORT ?? 4791);

export default defineConfig({
  testDir: 'test/e2e',
  outputDir: 'test-results',
  timeout: 30_000,
  expect: { timeout: 8_000 },
  workers: 1,
  reporter: [['list']],
  use: { baseURL: `http://127.0.0.1:${port}/` },
  webServer: {
    command: 'node test/e2e/static-server.mjs',
    url: `http://127.0.0.1:${port}/textarea.html`,
    env: { FIXTURE_PORT: String(port) },
    reuseExistingServer: false,
  },
});
