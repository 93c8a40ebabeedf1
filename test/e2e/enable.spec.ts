// Where NoteCoach runs, on the production-like build (`npm run build:e2e`): no content script
// in its manifest, so nothing runs on a page until the user asks. That build also holds the
// host permission for 127.0.0.1, as if the user had granted it at the prompt.
//
// A headless browser cannot click the toolbar button, the context menu, the keyboard shortcut
// or a permission prompt. Each click is stood in for by calling, in the service worker, the
// function the click calls (self.notecoach.check / checkSelection, which only the e2e build
// exposes in its service worker), or by writing the site list as the popup does once the
// user has granted the permission.
//
// Like every build a user installs, this one keeps its shadow roots closed: the sidebar and the
// underlines are read through the DevTools protocol (closed-shadow.ts), as no page can.
import type { Page, Worker } from '@playwright/test';
import { sidebarSeen, underlinedInOverlay } from './closed-shadow';
import { NOTE } from './editor-test';
import { expect, testWithBuild } from './extension';

const test = testWithBuild({ dir: 'chrome-mv3-e2e', command: 'npm run build:e2e' });

const SITE = 'http://127.0.0.1/*';
const SELECTED = 'CSW assisted client with the electric bill.';

interface WorkerChrome {
  tabs: { query(filter: object): Promise<{ id?: number; url?: string }[]> };
  action: { getBadgeText(details: { tabId: number }): Promise<string> };
  scripting: { getRegisteredContentScripts(): Promise<{ id: string; matches?: string[] }[]> };
  storage: { local: { set(items: object): Promise<void> } };
}
declare const chrome: WorkerChrome;
declare const self: {
  notecoach: {
    check(tabId: number): Promise<boolean>;
    checkSelection(tabId: number, text: string): Promise<boolean>;
  };
};

async function tabIdOf(background: Worker, page: Page): Promise<number> {
  const id = await background.evaluate(
    async (url) => (await chrome.tabs.query({})).find((tab) => tab.url === url)?.id,
    page.url(),
  );
  if (id === undefined) throw new Error(`no tab for ${page.url()}`);
  return id;
}

const badgeText = (background: Worker, tabId: number) =>
  background.evaluate((id) => chrome.action.getBadgeText({ tabId: id }), tabId);

const registeredScripts = (background: Worker) =>
  background.evaluate(async () =>
    (await chrome.scripting.getRegisteredContentScripts()).map((s) => `${s.id} ${s.matches}`),
  );

/** What the popup's "Always on for this site" leaves behind once the permission is granted. */
const setSites = (background: Worker, sites: string[]) =>
  background.evaluate((list) => chrome.storage.local.set({ sites: list }), sites);

const VAGUE = expect.stringMatching(/^Vague wording: assisted/);
const findingsShown = async (page: Page) => (await sidebarSeen(page))?.findings ?? [];

async function typeNote(page: Page) {
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type(NOTE);
}

test.beforeEach(async ({ background }) => {
  await setSites(background, []);
  await expect.poll(() => registeredScripts(background)).toEqual([]);
});

test('nothing runs on a page until the user asks', async ({ page, background }) => {
  await page.goto('textarea.html');
  await typeNote(page);
  await expect(page.locator('textarea[name=note]')).toHaveValue(NOTE);
  await expect(page.locator('notecoach-sidebar')).toHaveCount(0);
  await expect(page.locator('notecoach-marks')).toHaveCount(0);
  expect(await badgeText(background, await tabIdOf(background, page))).toBe('');
});

test('"Check this page" starts NoteCoach once, on that tab only, and the badge counts the note', async ({
  page,
  extension,
  background,
}) => {
  const other = await extension.newPage();
  await other.goto('contenteditable.html');
  await page.goto('textarea.html');
  const tabId = await tabIdOf(background, page);

  // The toolbar button and Alt+Shift+N both call this for the tab they were used on.
  expect(await background.evaluate((id) => self.notecoach.check(id), tabId)).toBe(true);
  expect(await background.evaluate((id) => self.notecoach.check(id), tabId)).toBe(true);
  await typeNote(page);

  const sidebar = page.locator('notecoach-sidebar');
  await expect.poll(() => findingsShown(page)).toContainEqual(VAGUE);
  await expect(sidebar).toHaveCount(1);
  // A second reader would draw a second underline.
  await expect.poll(() => underlinedInOverlay(page)).toEqual([expect.stringMatching(/^assisted/)]);
  await expect(other.locator('notecoach-sidebar')).toHaveCount(0);

  const summary = (await sidebarSeen(page))?.status ?? '';
  const toFix = /(\d+) to fix/.exec(summary)?.[1];
  expect(toFix, summary).toBeDefined();
  await expect.poll(() => badgeText(background, tabId)).toBe(toFix);
  expect(await badgeText(background, await tabIdOf(background, other))).toBe('');

  // The note goes away (its form closed): the badge clears.
  await page.locator('textarea[name=note]').evaluate((note) => note.remove());
  await expect.poll(() => badgeText(background, tabId)).toBe('');
  await other.close();
});

test('a site turned on gets NoteCoach on every page load, until it is turned off', async ({
  extension,
  background,
}) => {
  await setSites(background, [SITE]);
  await expect
    .poll(() => registeredScripts(background))
    .toEqual([`notecoach-reader ${SITE}`, `notecoach-sidebar ${SITE}`]);

  const page = await extension.newPage();
  await page.goto('textarea.html');
  await typeNote(page);
  await expect.poll(() => findingsShown(page)).toContainEqual(VAGUE);

  // Turning it off (popup or options page) unlists the site; the scripts go with it.
  await setSites(background, []);
  await expect.poll(() => registeredScripts(background)).toEqual([]);
  await page.reload();
  await typeNote(page);
  await expect(page.locator('textarea[name=note]')).toHaveValue(NOTE);
  await expect(page.locator('notecoach-sidebar')).toHaveCount(0);
  await page.close();
});

test('"Check selected text" shows its findings read-only and changes nothing on the page', async ({
  page,
  background,
}) => {
  await page.goto('textarea.html');
  await page.locator('textarea[name=note]').fill(SELECTED);
  const tabId = await tabIdOf(background, page);

  // The context-menu click hands the handler the selected text and the tab.
  expect(
    await background.evaluate(([id, text]) => self.notecoach.checkSelection(id, text), [
      tabId,
      SELECTED,
    ] as const),
  ).toBe(true);

  await expect.poll(() => findingsShown(page)).toContainEqual(VAGUE);
  const seen = (await sidebarSeen(page))!;
  expect(seen.text).toContain('Showing the text you selected');
  expect(seen.buttons.filter((name) => /^(Use:|Ignore)/.test(name))).toEqual([]);
  await expect(page.locator('textarea[name=note]')).toHaveValue(SELECTED);
  // Only the sidebar was started: no reader, so nothing is underlined or read as you type.
  await expect(page.locator('notecoach-marks')).toHaveCount(0);
});

test('the popup opens under the strict policy, without errors, and links to the review page', async ({
  extension,
  background,
}) => {
  const extensionId = new URL(background.url()).host;
  const popup = await extension.newPage();
  const errors: string[] = [];
  popup.on('pageerror', (error) => errors.push(error.message));
  popup.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await popup.goto(`chrome-extension://${extensionId}/popup.html`);
  // Opened as a tab, the popup's current tab is itself: a page NoteCoach does not check.
  await expect(popup.getByText('Open your EHR to use it here')).toBeVisible();
  await expect(popup.getByRole('link', { name: 'Review notes' })).toHaveAttribute(
    'href',
    '/review.html',
  );
  await expect(popup.getByRole('button', { name: 'Options' })).toBeVisible();
  expect(errors).toEqual([]);
  await popup.close();
});
