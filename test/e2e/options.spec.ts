// The options page in the test build: settings reach an open EHR tab's sidebar without a
// reload, a broken custom pack is refused with its errors while the last good pack stays in
// use, and the page passes axe with no serious violations.
import AxeBuilder from '@axe-core/playwright';
import type { Page, Worker } from '@playwright/test';
import { expect, test } from './extension';
import { listenLikeTheSidebar } from './sidebar-requests';

const NOTE = 'CSW assisted client with errands. CSW reviewed the chart before the visit.';

declare const chrome: { storage: { local: { clear(): Promise<void> } } };

async function clearSettings(background: Worker) {
  await background.evaluate(() => chrome.storage.local.clear());
}

/** Whether the sidebar in the EHR page shows a finding card whose name starts with `start`. */
function sidebarShows(page: Page, start: string) {
  return page
    .locator('notecoach-sidebar ul.cards > li')
    .evaluateAll(
      (cards, prefix) => cards.some((card) => card.getAttribute('aria-label')?.startsWith(prefix)),
      start,
    );
}

async function openOptions(page: Page, background: Worker) {
  await page.goto(`chrome-extension://${new URL(background.url()).host}/options.html`);
  await expect(page.getByRole('heading', { name: 'NoteCoach settings' })).toBeVisible();
}

test.beforeEach(async ({ background }) => {
  await clearSettings(background);
  await listenLikeTheSidebar(background, false);
});
// The browser is shared with the other specs: leave the defaults behind.
test.afterEach(async ({ background }) => clearSettings(background));

test('program and rule changes reach the open note without a reload', async ({
  page,
  extension,
  background,
}) => {
  await page.goto('textarea.html');
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type(NOTE);
  await expect.poll(() => sidebarShows(page, 'Vague wording: assisted')).toBe(true);
  expect(await sidebarShows(page, 'Not billable')).toBe(false);

  const options = await extension.newPage();
  await openOptions(options, background);
  await options.getByRole('radio', { name: /Missouri community support/ }).check();
  // Missouri does not pay for record review; CT DMHAS has no such rule.
  await expect.poll(() => sidebarShows(page, 'Not billable')).toBe(true);

  await options.getByText('Vague wording', { exact: true }).click();
  await options.getByRole('checkbox', { name: 'assisted ambiguous-assisted' }).uncheck();
  await expect.poll(() => sidebarShows(page, 'Vague wording: assisted')).toBe(false);
  expect(await sidebarShows(page, 'Not billable')).toBe(true);

  await options.getByRole('radio', { name: 'Left side of the page' }).check();
  await expect(page.locator('notecoach-sidebar .nc-left')).toBeVisible();
  await options.close();
});

test('a broken custom pack shows each error with its path, and the last good pack stays in use', async ({
  page,
  background,
}) => {
  await openOptions(page, background);
  await page.getByRole('radio', { name: /Massachusetts CSP/ }).check();
  await expect(page.locator('.in-use')).toHaveText('Massachusetts Community Support Program');

  const broken = {
    id: 'agency-pack',
    name: 'Agency pack',
    description: 'Our rules.',
    extends: ['ma-csp'],
    rules: [{ id: 'Agency Rule', kind: 'vague-ish' }],
  };
  await page.getByLabel('Import a JSON file…').setInputFiles({
    name: 'agency-pack.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(broken)),
  });
  const alert = page.getByRole('alert');
  await expect(alert).toContainText('Not saved');
  await expect(alert).toContainText('rules[0].kind: expected one of');
  await expect(alert).toContainText('“Massachusetts Community Support Program” stays in use');
  await expect(page.locator('.in-use')).toHaveText('Massachusetts Community Support Program');

  await page.reload();
  await expect(page.locator('.in-use')).toHaveText('Massachusetts Community Support Program');
  await expect(page.getByRole('radio', { name: /Massachusetts CSP/ })).toBeChecked();
});

test('the options page has no serious accessibility violations', async ({ page, background }) => {
  await openOptions(page, background);
  await page.screenshot({ path: test.info().outputPath('options-page.png'), fullPage: true });
  const results = await new AxeBuilder({ page }).analyze();
  const serious = results.violations.filter(
    (violation) => violation.impact === 'serious' || violation.impact === 'critical',
  );
  expect(serious.map((violation) => `${violation.id}: ${violation.help}`)).toEqual([]);
});
