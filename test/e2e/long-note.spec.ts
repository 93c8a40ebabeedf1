// A note over the 1,000,000 characters checked as the user types (a paste gone wrong, a whole
// chart in one field): the sidebar says so instead of "No note", and checks the part in view
// when asked, with suggestions that apply where the words are.
import { expect, test } from './extension';
import { listenLikeTheSidebar } from './sidebar-requests';
import { findingCard, findingCards, resetSidebarLayout, sidebar, summaryBadge } from './sidebar-ui';

const SHOTS = 'test-results/screenshots';
const NOTE_FIELD = 'textarea[name=note]';
const FILLER = 'Reviewed the budget line by line with client and wrote down each bill.\n';
const IN_VIEW = 'CSW assisted client with the electric bill.';
const FAR_DOWN = 'CSW assisted client with the water bill.';
/** About 1.1 million characters: the first line in view, the other flagged one far below it. */
const LONG_NOTE = `${IN_VIEW}\n${FILLER.repeat(7_500)}${FAR_DOWN}\n${FILLER.repeat(7_500)}`;

test.beforeEach(async ({ background }) => {
  await listenLikeTheSidebar(background, false);
  await resetSidebarLayout(background);
});

test('a note too long to check as you type says so, and its part in view can be checked', async ({
  page,
}) => {
  test.slow();
  await page.goto('textarea.html');
  const note = page.locator(NOTE_FIELD);
  await note.click();
  // The EHR loads the long draft; the user goes to its top and types.
  await note.evaluate((area: HTMLTextAreaElement, text) => (area.value = text), LONG_NOTE);
  await page.keyboard.press('Control+Home');
  await page.keyboard.insertText('Note: ');

  await expect(sidebar(page)).toContainText('This note is too long to check as you type');
  await expect(sidebar(page)).toContainText(
    `It has ${(LONG_NOTE.length + 6).toLocaleString('en-US')} characters; NoteCoach checks up to 1,000,000`,
  );
  await expect(summaryBadge(page)).toHaveText('Too long');
  await sidebar(page).screenshot({ path: `${SHOTS}/long-note-too-long.png` });

  await sidebar(page).getByRole('button', { name: 'Check the part in view' }).click();
  const inView = findingCard(page, 'assisted client with the electric bill');
  await expect(inView).toBeVisible();
  await expect(sidebar(page)).toContainText('Checked the part in view only (characters 1–');
  await expect(findingCard(page, 'assisted client with the water bill')).toHaveCount(0);
  await sidebar(page).screenshot({ path: `${SHOTS}/long-note-part-in-view.png` });

  await inView.getByRole('button', { name: /^Use: taught client to/ }).click();
  await expect
    .poll(() => note.evaluate((area: HTMLTextAreaElement) => area.value.slice(0, 100)))
    .toMatch(/^Note: CSW taught client to \[skill\] for the electric bill by /);
});

/** A pasted chart: 10,000 numbered tasks, each with a vague phrase; about 390,000 characters. */
const TASKS = Array.from(
  { length: 10_000 },
  (_, i) => `${i + 1}. CSW assisted client with the bill.`,
).join('\n');

test('a note past what live checking keeps up with pauses it, and Check now shows 10,000 findings, counted and scrollable', async ({
  page,
}) => {
  test.slow();
  await page.goto('textarea.html');
  const note = page.locator(NOTE_FIELD);
  await note.click();
  await note.evaluate((area: HTMLTextAreaElement, text) => (area.value = text), TASKS);
  await page.keyboard.press('Control+End');
  await page.keyboard.type(' Done');

  // Paused, with what to do about it; typing does not check it.
  await expect(sidebar(page)).toContainText('Live checking is paused for this long note');
  await expect(sidebar(page)).toContainText(
    /It has 408,89\d characters; NoteCoach checks up to 100,000 as you type/,
  );
  await expect(summaryBadge(page)).toHaveText('Paused');
  await sidebar(page).screenshot({ path: `${SHOTS}/long-note-paused.png` });

  await sidebar(page).getByRole('button', { name: 'Check now' }).click();
  // Every finding counted by kind, but only the cards in view drawn.
  await expect(sidebar(page).locator('.kind-counts')).toContainText('Vague wording 10,000', {
    timeout: 60_000,
  });
  await expect(sidebar(page).getByRole('heading', { name: 'Vague wording 10,000' })).toBeVisible();
  const drawn = await findingCards(page).count();
  expect(drawn).toBeGreaterThan(0);
  expect(drawn).toBeLessThan(100);
  await expect(sidebar(page)).toContainText(
    `Live checking is paused: this note has ${(TASKS.length + 5).toLocaleString('en-US')} characters, more than the 100,000`,
  );
  await sidebar(page).screenshot({ path: `${SHOTS}/long-note-10000-findings.png` });

  // Scrolled to the end of the list, the last card is there, and it is the last line's finding.
  const last = sidebar(page)
    .getByRole('list', { name: 'Vague wording findings' })
    .locator('li.card')
    .last();
  await expect(async () => {
    await sidebar(page)
      .locator('.body')
      .evaluate((body) => (body.scrollTop = body.scrollHeight));
    await expect(last).toBeInViewport({ timeout: 1000 });
  }).toPass();
  await last.locator('.card-head').click();
  await expect
    .poll(() =>
      note.evaluate((area: HTMLTextAreaElement) => {
        const before = area.value.slice(0, area.selectionStart);
        return {
          line: before.split('\n').length,
          selected: area.value.slice(area.selectionStart, area.selectionEnd),
        };
      }),
    )
    .toMatchObject({ line: 10_000, selected: expect.stringContaining('assisted') });
  await sidebar(page).screenshot({ path: `${SHOTS}/long-note-last-finding.png` });
});
