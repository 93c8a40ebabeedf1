// The privacy promises, tested the way a regression would break them: the extension makes no
// request of its own, keeps no note text anywhere, and a hostile page cannot drive it.
import { chromium, type BrowserContext, type Page, type Worker } from '@playwright/test';
import type { ExtensionContext, NoteTab } from './browsers';
import { FIREFOX, expect, test } from './extension';
import { extensionArgs } from './launch';

/** The parts of the extension API these tests read from the service worker. */
declare const chrome: {
  storage: Record<'local' | 'sync' | 'session', { get(keys: null): Promise<object> }>;
  runtime: { getManifest(): object };
};

/** A word no rule, no dictionary and no fixture contains: if it shows up, note text leaked. */
const MARKER = 'Qzorvath5521';
const NOTE = `Met ${MARKER} at his apartment. CSW assisted client with errands and drove ${MARKER} to the store.`;

const sidebar = (page: Page) => page.locator('notecoach-sidebar');

/** Uses what a CSW uses: typing, the sidebar's suggestion, Ignore, collapse and reveal. */
async function useEveryFeature(page: Page) {
  await page.goto('/textarea.html');
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type(NOTE);
  const card = sidebar(page).getByRole('listitem', { name: /assisted/i });
  await expect(card).toBeVisible();
  await card.locator('button.card-head').click();
  await card.locator('button.use').first().click();
  await expect(page.locator('textarea[name=note]')).not.toHaveValue(NOTE);
  await page.keyboard.press('Control+z');
  await expect(page.locator('textarea[name=note]')).toHaveValue(NOTE);
  await sidebar(page)
    .getByRole('button', { name: /^Ignore/ })
    .first()
    .click();
  await sidebar(page).getByRole('button', { name: 'Collapse NoteCoach' }).click();
  await page.reload();
  await page.locator('textarea[name=note]').fill(NOTE);
  await sidebar(page)
    .getByRole('button', { name: /Open NoteCoach|NoteCoach/ })
    .first()
    .click();
  await expect(sidebar(page).getByRole('listitem', { name: /assisted/i })).toBeVisible();
}

/** Everything the extension could have kept: its storage areas and IndexedDB databases. */
async function everythingStored(background: ExtensionContext): Promise<string> {
  return background.evaluate(async () => {
    const areas = await Promise.all([
      chrome.storage.local.get(null),
      chrome.storage.sync.get(null),
      chrome.storage.session.get(null),
    ]);
    const databases = await indexedDB.databases();
    return JSON.stringify({ areas, databases });
  }, undefined);
}

// Service workers' requests reach Playwright only with this switch (Chromium); pages' requests,
// content scripts' included, always do. Chromium's own update and sign-in traffic belongs to no
// page or worker and is left out, which is what lets this test blame the extension alone.
// (extension.ts sets it too, before any test starts Chromium.)
process.env.PW_EXPERIMENTAL_SERVICE_WORKER_NETWORK_EVENTS = '1';

/** Centre of the element `selector` matches in the sidebar's shadow root (open in test builds). */
async function sidebarPoint(tab: NoteTab, selector: string): Promise<{ x: number; y: number }> {
  let point: { x: number; y: number } | null = null;
  await expect
    .poll(async () => {
      point = await tab.evaluate((sel) => {
        const found = document.querySelector('notecoach-sidebar')?.shadowRoot?.querySelector(sel);
        // As Playwright does before a click: bring it into the sidebar's scrolled view.
        found?.scrollIntoView({ block: 'nearest' });
        const box = found?.getBoundingClientRect();
        return box && box.width > 0
          ? { x: Math.round(box.x + box.width / 2), y: Math.round(box.y + box.height / 2) }
          : null;
      }, selector);
      return point;
    }, `${selector} in the sidebar`)
    .not.toBeNull();
  return point!;
}

async function clickInSidebar(tab: NoteTab, selector: string): Promise<void> {
  const { x, y } = await sidebarPoint(tab, selector);
  await tab.clickAt(x, y);
}

const noteValue = (tab: NoteTab) =>
  tab.onEditor(
    { path: 'textarea.html', editor: 'textarea[name=note]' },
    (el) => (el as HTMLTextAreaElement).value,
    undefined,
  );

/** The core of what a CSW does, in either browser: type, open the card, Use, Ctrl+Z, Ignore. */
async function checkRewordAndRestore(tab: NoteTab): Promise<void> {
  const card = 'li.card[aria-label*="assisted" i]';
  await tab.goto('textarea.html');
  await tab.clickEditor({ path: 'textarea.html', editor: 'textarea[name=note]' });
  await tab.type(NOTE);
  await clickInSidebar(tab, `${card} button.card-head`);
  await clickInSidebar(tab, `${card} button.use`);
  await expect.poll(() => noteValue(tab)).not.toBe(NOTE);
  await tab.press('Control+z');
  await expect.poll(() => noteValue(tab)).toBe(NOTE);
  // Folding the sidebar is left out: it is remembered, and later tests expect it open.
  await clickInSidebar(tab, `${card} button.ignore`);
}

test(
  'in every browser: no request leaves it, and the note is never stored or printed, while NoteCoach checks, rewords and restores a note',
  { tag: FIREFOX },
  async ({ tab, extensionContext }) => {
    await checkRewordAndRestore(tab);
    // The recorder works: a request the page makes on purpose shows up.
    await tab.evaluate(() => fetch('https://canary.invalid/').catch(() => undefined), undefined);
    await expect.poll(() => tab.outboundRequests()).toContain('https://canary.invalid/');
    // The extension's own context cannot make one: its content security policy refuses.
    const refused = await extensionContext.evaluate(
      () =>
        fetch('https://extension-canary.invalid/').then(
          () => 'connected',
          (error: unknown) => String(error),
        ),
      undefined,
    );
    expect(refused).not.toBe('connected');
    expect(tab.outboundRequests(), 'requests other than the page canary').toEqual([
      'https://canary.invalid/',
    ]);

    expect(await everythingStored(extensionContext)).not.toContain(MARKER);
    const pageStorage = await tab.evaluate(
      () => JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
      undefined,
    );
    expect(pageStorage).not.toContain(MARKER);
    expect(tab.consoleText()).not.toContain(MARKER);
  },
);

test('no request leaves the browser while NoteCoach checks and edits a note', async () => {
  const context: BrowserContext = await chromium.launchPersistentContext('', {
    ...extensionArgs(),
    baseURL: `http://127.0.0.1:${process.env.FIXTURE_PORT ?? 4791}/`,
  });
  const requests: string[] = [];
  context.on('request', (request) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'chrome-extension:') {
      requests.push(request.url());
    }
  });
  try {
    const page = await context.newPage();
    await useEveryFeature(page);
    // The recorder works: a request the page makes on purpose shows up.
    await page.evaluate(() => fetch('https://canary.invalid/').catch(() => undefined));
    await expect.poll(() => requests).toContain('https://canary.invalid/');
    // And the service worker cannot make one: its content security policy refuses to connect.
    const worker = context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker'));
    const refused = await worker.evaluate(() =>
      fetch('https://worker-canary.invalid/').then(
        () => 'connected',
        (error: unknown) => String(error),
      ),
    );
    expect(refused).not.toBe('connected');
  } finally {
    await context.close();
  }
  expect(requests, 'requests other than the page canary').toEqual(['https://canary.invalid/']);
});

test('the note is never stored, logged or printed to any console', async ({ page, background }) => {
  const consoleLines: string[] = [];
  page.on('console', (message) => consoleLines.push(message.text()));
  background.on('console', (message) => consoleLines.push(message.text()));
  await useEveryFeature(page);

  expect(await everythingStored(background)).not.toContain(MARKER);
  const pageStorage = await page.evaluate(() =>
    JSON.stringify({ local: { ...localStorage }, session: { ...sessionStorage } }),
  );
  expect(pageStorage).not.toContain(MARKER);
  expect(consoleLines.join('\n')).not.toContain(MARKER);
});

/** Starts recording every storage write any part of the extension makes, in every area. */
async function recordStorageWrites(background: Worker): Promise<() => Promise<string>> {
  await background.evaluate(() => {
    const writes: unknown[] = [];
    (
      chrome.storage as unknown as {
        onChanged: { addListener(f: (c: object, a: string) => void): void };
      }
    ).onChanged.addListener((changes, area) => writes.push({ area, changes }));
    Object.assign(globalThis, { recordedStorageWrites: writes });
  });
  return () =>
    background.evaluate(() =>
      JSON.stringify(
        (globalThis as unknown as { recordedStorageWrites: unknown[] }).recordedStorageWrites,
      ),
    );
}

test('no storage write holds note text: a CSV whose first row is a note, columns confirmed', async ({
  extension,
  background,
}) => {
  const writes = await recordStorageWrites(background);
  const id = new URL(background.url()).host;
  const page = await extension.newPage();
  await page.goto(`chrome-extension://${id}/review.html`);
  // No header row, and a cell of the first row equals a known column name ("Note").
  const csv = [
    `17,Note,03/05/2026,${MARKER} Diaz,Met ${MARKER} at home. Reviewed her budget line by line.`,
    `18,Note,03/06/2026,Ana Ruiz,Called Ana about her lease. Read the renewal with her.`,
  ].join('\n');
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  const question = page.getByRole('group', { name: 'First row of export.csv' });
  await expect(question).toContainText('cell 1 holds a number');
  // The worst answer a hurried supervisor could give: the note's own cells become the headers.
  await question.getByRole('button', { name: 'Row 1 names the columns' }).click();
  const mapping = page.getByRole('form', { name: 'Columns of export.csv' });
  await mapping.getByLabel('Note text').selectOption({ index: 5 });
  await mapping.getByRole('button', { name: /^Add 1 note/ }).click();
  await expect(page.getByText('1 note ready.')).toBeVisible();

  // The other answer reads both rows as notes and is remembered under generic names only.
  await page
    .locator('input[type=file]')
    .setInputFiles({ name: 'export.csv', mimeType: 'text/csv', buffer: Buffer.from(csv) });
  await question.getByRole('button', { name: /Row 1 is a note/ }).click();
  await mapping.getByLabel('Note text').selectOption('Column 5');
  await mapping.getByRole('button', { name: /^Add 2 notes/ }).click();
  await expect(page.getByText('3 notes ready.')).toBeVisible();

  await useEveryFeature(await extension.newPage());
  const recorded = await writes();
  expect(recorded, 'the recorder saw the remembered columns').toContain('review.csvMappings');
  expect(recorded).not.toContain(MARKER);
  expect(await everythingStored(background)).not.toContain(MARKER);
});

test('a hostile page cannot drive NoteCoach or read its findings through messages', async ({
  page,
  background,
}) => {
  await page.goto('/textarea.html');
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type(NOTE);
  await expect(sidebar(page).getByRole('listitem', { name: /assisted/i })).toBeVisible();

  const probe = await page.evaluate(async () => {
    const heard: unknown[] = [];
    window.addEventListener('message', (event) => heard.push(event.data));
    // Messages shaped like NoteCoach's own, sent the only ways a page can.
    for (const type of ['apply-suggestion', 'ignore-finding', 'analyze', 'reveal-finding']) {
      window.postMessage({ type, version: 1, index: 0, suggestion: 0, text: 'x' }, '*');
    }
    document.dispatchEvent(new CustomEvent('notecoach', { detail: { type: 'apply-suggestion' } }));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 300)));
    const runtime = (globalThis as { chrome?: { runtime?: { sendMessage?: unknown } } }).chrome
      ?.runtime;
    return { heard: heard.length, canMessageExtension: typeof runtime?.sendMessage === 'function' };
  });
  // The page hears only its own four posts: nothing of NoteCoach's answers them.
  expect(probe.heard).toBe(4);
  expect(probe.canMessageExtension, 'no externally_connectable: pages get no runtime').toBe(false);
  await expect(page.locator('textarea[name=note]')).toHaveValue(NOTE);

  const manifest = await background.evaluate(() => chrome.runtime.getManifest());
  expect(manifest).not.toHaveProperty('externally_connectable');
});

test('markup inside a note shows as text in the sidebar and runs nothing', async ({ page }) => {
  const dialogs: string[] = [];
  page.on('dialog', (dialog) => {
    dialogs.push(dialog.message());
    void dialog.dismiss();
  });
  await page.goto('/textarea.html');
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type('CSW assisted client with <img src=x onerror=alert(1)> forms.');
  const card = sidebar(page).getByRole('listitem', { name: /assisted/i });
  await expect(card).toContainText('<img src=x onerror=alert(1');
  await expect(sidebar(page).locator('img')).toHaveCount(0);
  await expect(page.locator('notecoach-marks img')).toHaveCount(0);
  expect(dialogs).toEqual([]);
});
