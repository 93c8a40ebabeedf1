// The trainer page as a trainer and a trainee use it: good and bad examples side by side,
// a bad note rewritten in the practice editor until its findings clear, and the program
// handout in print layout. Screenshots go to test-results/screenshots/.
import AxeBuilder from '@axe-core/playwright';
import type { BrowserContext, Page } from '@playwright/test';
import { expect, test } from './extension';

const SHOTS = 'test-results/screenshots';

/** The service worker's storage, where the options keep the program. */
declare const chrome: {
  storage: { local: { set(items: object): Promise<void>; remove(key: string): Promise<void> } };
};
/** The page's worker loads the engine before its first answer; a busy machine needs time. */
const FIRST_CHECK = { timeout: 30_000 };

test.describe.configure({ timeout: 90_000 });

async function openTrainer(extension: BrowserContext, hash = '') {
  const worker = extension.serviceWorkers()[0] ?? (await extension.waitForEvent('serviceworker'));
  const id = new URL(worker.url()).host;
  const page = await extension.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  await page.goto(`chrome-extension://${id}/trainer.html${hash}`);
  return { page, errors };
}

async function seriousViolations(page: Page) {
  const { violations } = await new AxeBuilder({ page }).analyze();
  return violations
    .filter((violation) => violation.impact === 'serious' || violation.impact === 'critical')
    .map((violation) => `${violation.id}: ${violation.nodes.map((node) => node.target).join(' ')}`);
}

async function pdfPages(page: Page) {
  const pdf = (await page.pdf({ format: 'Letter' })).toString('latin1');
  return (pdf.match(/\/Type\s*\/Page\b(?!s)/g) ?? []).length;
}

test('shows a Missouri pair side by side with highlights and reasons', async ({ extension }) => {
  const { page, errors } = await openTrainer(extension);
  const pair = page.getByRole('article', { name: /Shopping for the client is an errand/ });
  const bad = pair.getByRole('region', { name: 'Not appropriate', exact: true });
  const good = pair.getByRole('region', { name: 'Appropriate', exact: true });
  await expect(bad.locator('mark').first()).toHaveText(
    'went to department store discount basement',
    FIRST_CHECK,
  );
  await expect(bad.getByText(/^Fails: \d+ findings?$/)).toBeVisible();
  await expect(
    bad.getByText(/Routine tasks that could be done by technicians/).first(),
  ).toBeVisible();
  await expect(good.getByText('Passes: nothing to fix')).toBeVisible();
  await expect(good.locator('mark')).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/trainer-pairs.png` });
  await pair.screenshot({ path: `${SHOTS}/trainer-pair.png` });

  await page.getByLabel('Problem').selectOption('mixed-billing');
  await expect(page.getByRole('article')).toHaveCount(1);
  await expect(page.getByRole('article').locator('mark').first()).toBeVisible();

  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('a trainee fixes a bad note in the practice editor until its findings clear', async ({
  extension,
}) => {
  const { page, errors } = await openTrainer(extension, '#practice');
  await page.getByLabel('Note to practice').selectOption('pair-ct-assisted');
  const note = page.getByLabel(/^Note \(/);
  const original = await note.inputValue();
  await expect(page.getByRole('status').filter({ hasText: /cleared/ })).toHaveText(
    '0 of 1 cleared',
    FIRST_CHECK,
  );
  const underlines = page.locator('notecoach-marks [data-severity]');
  await expect(underlines).toHaveText(['assisted participant with his rent']);
  await page.screenshot({ path: `${SHOTS}/trainer-practice-start.png` });

  // A suggestion goes in through the browser's input path: the findings update, and Ctrl+Z
  // gives back exactly what the trainee had.
  await page.getByRole('button', { name: /^Use: taught participant to \[skill\]/ }).click();
  await expect(note).toHaveValue(/CSW taught participant to \[skill\] for/);
  await expect(note).toBeFocused();
  await page.keyboard.press('Control+z');
  await expect(note).toHaveValue(original);

  await note.fill(
    original.replace(
      'CSW assisted participant with his rent. Participant was receptive.',
      'CSW taught participant to fill out the rent assistance application by reading each question aloud. Participant completed 6 of 8 sections on his own.',
    ),
  );
  await expect(page.getByRole('status').filter({ hasText: /cleared/ })).toHaveText(
    '1 of 1 cleared',
  );
  await expect(page.getByText('Nothing to fix in this note. Well done.')).toBeVisible();
  await expect(underlines).toHaveCount(0);
  await page.screenshot({ path: `${SHOTS}/trainer-practice-cleared.png` });

  expect(await seriousViolations(page)).toEqual([]);
  expect(errors).toEqual([]);
});

test('opening a pair in the practice editor works from the keyboard', async ({ extension }) => {
  const { page, errors } = await openTrainer(extension);
  const pair = page.getByRole('article', { name: /A ride alone is not a service/ });
  await pair.getByRole('button', { name: 'Practice rewriting this note' }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { name: 'Practice' })).toBeFocused();
  await expect(page.getByLabel('Note to practice')).toHaveValue('pair-ct-transport');
  await expect(page.getByRole('link', { name: 'Practice' })).toHaveAttribute(
    'aria-current',
    'page',
  );
  await expect(page.getByRole('button', { name: /Should fix|Must fix/ }).first()).toBeVisible(
    FIRST_CHECK,
  );
  await page.getByRole('link', { name: 'Handout' }).focus();
  await page.keyboard.press('Enter');
  // The options' program (the default, CT DMHAS, here) is the handout's.
  await expect(page.getByRole('heading', { level: 2, name: /Connecticut DMHAS/ })).toBeVisible();
  expect(errors).toEqual([]);
});

test('opens the handout on the program chosen in the options', async ({
  extension,
  background,
}) => {
  await background.evaluate(() => chrome.storage.local.set({ settings: { program: 'ma-csp' } }));
  try {
    const { page, errors } = await openTrainer(extension, '#handout');
    await expect(
      page.getByRole('heading', { level: 2, name: 'Massachusetts Community Support Program' }),
    ).toBeVisible();
    await expect(page.getByRole('combobox', { name: /^Program/ })).toHaveValue('ma-csp');
    // Rules sharing a code are told apart by section, never in doubled brackets.
    await page.getByRole('combobox', { name: /^Program/ }).selectOption('mo-community-support');
    await expect(
      page.getByRole('heading', { level: 4, name: /section \(B\)/ }).first(),
    ).toBeVisible();
    await expect(page.getByText(/\(\(B\)/)).toHaveCount(0);
    await page.goto(page.url().replace('#handout', '#practice'));
    const picker = page.getByLabel('Note to practice');
    await expect(picker.locator('option', { hasText: 'A ten-minute phone call' })).toHaveCount(1);
    await expect(picker.locator('option', { hasText: /^Example:/ })).toHaveCount(0);
    await page.screenshot({ path: `${SHOTS}/trainer-practice-names.png` });
    expect(errors).toEqual([]);
  } finally {
    await background.evaluate(() => chrome.storage.local.remove('settings'));
  }
});

test("shows the pairs' notes at once on first load, then their verdicts", async ({ extension }) => {
  const { page } = await openTrainer(extension);
  const pair = page.getByRole('article', { name: /Shopping for the client is an errand/ });
  await expect(pair.locator('.side-bad .note-text')).toContainText('department store');
  await expect(page.locator('.checking')).toHaveCount(0, FIRST_CHECK);
  await expect(pair.getByText(/^Fails: \d+ findings?$/)).toBeVisible();
});

test('prints a program handout without the page controls', async ({ extension }) => {
  const { page, errors } = await openTrainer(extension, '#handout');
  await page.getByRole('combobox', { name: /^Program/ }).selectOption('ct-dmhas-csp');
  const transport = page.getByRole('article').filter({ hasText: 'Time spent only transporting' });
  await expect(transport.getByText('CSW drove client to the pharmacy.')).toBeVisible();
  await expect(transport.getByText('CT DMHAS CSP guide, Limitations (6)(B)')).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.screenshot({ path: `${SHOTS}/trainer-handout-screen.png` });

  await page.emulateMedia({ media: 'print' });
  await expect(page.getByRole('navigation')).toBeHidden();
  await expect(page.getByRole('button', { name: 'Print handout' })).toBeHidden();
  // The title page holds what every note needs; each kind of rule starts a new page.
  const breaks = await page
    .locator('.handout-section')
    .evaluateAll((sections) => sections.map((section) => getComputedStyle(section).breakBefore));
  expect(breaks.length).toBeGreaterThan(2);
  expect(breaks[0]).toBe('auto');
  expect(new Set(breaks.slice(1))).toEqual(new Set(['page']));
  await page.screenshot({ path: `${SHOTS}/trainer-handout-print.png` });
  await page.screenshot({ path: `${SHOTS}/trainer-handout-print-full.png`, fullPage: true });

  // On paper each section starts a page: the PDF has more pages than the same handout
  // printed with the breaks taken out.
  const withBreaks = await pdfPages(page);
  // The page's CSP forbids a style tag; setting the property on each section is allowed.
  await page.locator('.handout-section').evaluateAll((sections) => {
    for (const section of sections) {
      (section as HTMLElement).style.setProperty('break-before', 'auto', 'important');
    }
  });
  expect(withBreaks).toBeGreaterThan(await pdfPages(page));
  expect(errors).toEqual([]);
});
