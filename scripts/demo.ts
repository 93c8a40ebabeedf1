// `npm run demo`: builds the extension's test build, serves the demo EHR on 127.0.0.1 and
// opens it in Chromium with NoteCoach loaded. `--headless` types a vague note, prints the
// sidebar's findings and saves a screenshot, then exits.
import { execFileSync } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { serveDemo } from '../demo/serve';
import { noteText } from '../demo/samples';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = join(ROOT, '.output/chrome-mv3-test');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const SAMPLE = 'ct-csp-vague-bad.txt';
const headless = process.argv.includes('--headless');

const say = (line: string) => process.stdout.write(`${line}\n`);

function buildExtension(): void {
  execFileSync('npm', ['run', '--silent', 'build:test'], { cwd: ROOT, stdio: 'ignore' });
}

/** Resolves once `read` gives the same answer several times in a row: typing has settled. */
async function waitUntilSettled(read: () => Promise<unknown>, timeoutMs = 20_000): Promise<void> {
  const deadline = Date.now() + timeoutMs;
  let last = '';
  let same = 0;
  while (same < 4) {
    if (Date.now() > deadline) throw new Error('the sidebar did not settle');
    const now = JSON.stringify(await read());
    same = now === last ? same + 1 : 0;
    last = now;
    await new Promise((next) => setTimeout(next, 250));
  }
}

/** Types the sample note, waits for the sidebar to settle on it and prints what it found. */
async function runScripted(page: Page): Promise<void> {
  const text = noteText(await readFile(join(ROOT, 'examples', SAMPLE), 'utf8'));
  const sidebar = page.getByRole('region', { name: 'NoteCoach' });
  await sidebar.waitFor();
  await page.locator('#note').click();
  await page.locator('#note').pressSequentially(text);
  const findings = sidebar.locator('ul.cards > li');
  await findings.first().waitFor({ timeout: 20_000 });
  await waitUntilSettled(() =>
    findings.evaluateAll((items) => items.map((i) => i.getAttribute('aria-label'))),
  );
  const rows = await findings.evaluateAll((items) =>
    items.map((item) => ({
      name: item.getAttribute('aria-label') ?? '',
      suggestion: item.querySelector('.use, .advice')?.textContent?.trim() ?? '',
    })),
  );
  say(`NoteCoach found ${rows.length} things in "${SAMPLE}":`);
  for (const row of rows) say(`- ${row.name}${row.suggestion ? `\n    ${row.suggestion}` : ''}`);
  const screenshot = join(ROOT, '.output', 'demo.png');
  await page.screenshot({ path: screenshot });
  say(`Screenshot: ${screenshot}`);
}

async function main(): Promise<void> {
  say('Building NoteCoach (test build)…');
  buildExtension();
  const server = await serveDemo(ROOT);
  const profile = await mkdtemp(join(tmpdir(), 'notecoach-demo-'));
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM,
    headless,
    viewport: { width: 1440, height: 900 },
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      `--disable-extensions-except=${EXTENSION}`,
      `--load-extension=${EXTENSION}`,
    ],
  });
  try {
    const page = context.pages()[0] ?? (await context.newPage());
    await page.goto(server.url);
    say(`Demo EHR: ${server.url}`);
    if (headless) {
      await runScripted(page);
    } else {
      say('Close the browser window to stop.');
      await new Promise<void>((done) => context.on('close', () => done()));
    }
  } finally {
    await context.close();
    await server.close();
    await rm(profile, { recursive: true, force: true });
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
