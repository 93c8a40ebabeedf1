// The sidebar docks beside the page and never covers the note, at laptop and desktop widths and
// on either side; underlines stay under it; the caret in flagged words marks their card and
// opens a small card at the underline whose Use rewrites the note (Ctrl+Z restores it), by
// click or Alt+Enter, with focus kept in the note.
import type { Locator, Page } from '@playwright/test';
import { editorText } from './editor-test';
import { FIREFOX, expect, test } from './extension';
import { listenLikeTheSidebar } from './sidebar-requests';
import {
  BAD_NOTE,
  VAGUE_PHRASE,
  findingCard,
  findingCards,
  resetSidebarLayout,
  sidebar,
  summaryBadge,
} from './sidebar-ui';

const SHOTS = 'test-results/screenshots';
/** The card at the underline (the test build's shadow roots are open). */
const hintCard = (page: Page) => page.getByRole('dialog', { name: 'NoteCoach suggestion' });

test.beforeEach(async ({ background }) => {
  await listenLikeTheSidebar(background, false);
  await resetSidebarLayout(background);
});

async function typeBadNote(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.type(BAD_NOTE);
  await expect(summaryBadge(page)).toHaveText(/to fix/);
  await expect(findingCard(page, VAGUE_PHRASE)).toBeVisible();
}

const box = async (element: Locator) => (await element.boundingBox())!;

for (const [width, height] of [
  [1280, 800],
  [1920, 1080],
] as const) {
  test(`at ${width} px the docked sidebar leaves the whole note field in view, on either side`, async ({
    page,
  }) => {
    await page.setViewportSize({ width, height });
    await page.goto('textarea.html');
    // A form as wide as the window: only the page making room keeps it clear of the sidebar.
    await page.addStyleTag({ content: '* { max-width: none !important; }' });
    const note = page.locator('textarea[name=note]');
    await typeBadNote(page, note);
    const panel = sidebar(page).locator('.panel');

    const field = await box(note);
    const dock = await box(panel);
    expect(field.x).toBeGreaterThanOrEqual(0);
    expect(field.x + field.width, 'the note ends where the sidebar begins').toBeLessThanOrEqual(
      dock.x,
    );
    expect(dock.x + dock.width).toBeCloseTo(width, 0);
    // The sidebar is on top where they meet: a card's middle is the sidebar's, never an underline's.
    await findingCard(page, VAGUE_PHRASE).scrollIntoViewIfNeeded();
    const card = await box(findingCard(page, VAGUE_PHRASE));
    const topmost = await page.evaluate(
      ([x, y]) => document.elementFromPoint(x!, y!)?.localName,
      [card.x + card.width / 2, card.y + card.height / 2],
    );
    expect(topmost).toBe('notecoach-sidebar');
    await page.screenshot({ path: `${SHOTS}/docked-right-${width}.png` });

    await sidebar(page).getByRole('button', { name: 'Move to the left side' }).click();
    await expect.poll(async () => (await box(panel)).x).toBe(0);
    const left = await box(panel);
    await expect
      .poll(async () => (await box(note)).x, 'the note starts where the sidebar ends')
      .toBeGreaterThanOrEqual(left.x + left.width);
    const moved = await box(note);
    expect(moved.x + moved.width).toBeLessThanOrEqual(width);
    await page.screenshot({ path: `${SHOTS}/docked-left-${width}.png` });

    // Folded, the page takes its width back but for the tab's strip.
    await sidebar(page).getByRole('button', { name: 'Collapse NoteCoach' }).click();
    const tab = sidebar(page).getByRole('button', { name: /NoteCoach/, expanded: false });
    await expect
      .poll(async () => (await box(note)).x)
      .toBeGreaterThanOrEqual((await box(tab)).width);
    expect((await box(note)).x).toBeLessThan(left.width);
  });
}

test('where the page cannot make room for the note, the sidebar moves clear of it, or folds', async ({
  page,
}) => {
  await page.goto('textarea.html');
  // A note in a fixed panel at the window's right edge: the page's layout does not move it.
  await page.addStyleTag({
    content:
      'textarea[name=note] { position: fixed !important; right: 0; top: 120px; width: 520px !important; height: 200px !important; z-index: 5; }',
  });
  const note = page.locator('textarea[name=note]');
  // Before the note has focus the sidebar may cover part of it: the user clicks the part in view.
  await note.click({ position: { x: 20, y: 20 } });
  await page.keyboard.type(BAD_NOTE);
  await expect(findingCard(page, VAGUE_PHRASE)).toBeVisible();
  const panel = sidebar(page).locator('.panel');
  await expect.poll(async () => (await box(panel)).x).toBe(0);
  const dock = await box(panel);
  expect((await box(note)).x).toBeGreaterThanOrEqual(dock.x + dock.width);
  await page.screenshot({ path: `${SHOTS}/docked-clear-of-fixed-note.png` });

  // A note across the whole window leaves no side free: the sidebar folds to its tab.
  await page.addStyleTag({ content: 'textarea[name=note] { left: 0; width: 100vw !important; }' });
  await page.locator('textarea').last().focus();
  await note.focus();
  await expect(
    sidebar(page).getByRole('button', { name: /NoteCoach/, expanded: false }),
  ).toBeVisible();
  await expect(panel).toHaveCount(0);
});

test('the caret in flagged words marks their card and opens a card at the underline whose Use rewrites the note', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const note = page.locator('textarea[name=note]');
  await typeBadNote(page, note);
  const card = findingCard(page, VAGUE_PHRASE);
  await expect(card).not.toHaveAttribute('aria-current', 'true');

  // Click inside "assisted": the caret lands in the flagged words.
  const at = BAD_NOTE.indexOf('assisted') + 3;
  await note.evaluate((area: HTMLTextAreaElement, offset) => {
    area.focus();
    area.setSelectionRange(offset - 1, offset - 1);
  }, at);
  await page.keyboard.press('ArrowRight');
  await expect(card).toHaveAttribute('aria-current', 'true');
  const hint = hintCard(page);
  await expect(hint).toBeVisible();
  await expect(hint).toContainText('Should fix');
  const hintBox = await box(hint);
  const noteBox = await box(note);
  expect(hintBox.y, 'the card opens at the words, in the note').toBeGreaterThan(noteBox.y);
  await page.screenshot({ path: `${SHOTS}/hint-card-caret.png` });

  // Leaving the words clears the mark and closes the card.
  await page.keyboard.press('End');
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('Home');
  await expect(card).not.toHaveAttribute('aria-current', 'true');
  await expect(hint).toBeHidden();

  // Back in, Use by click: the note changes, focus stays in it, Ctrl+Z restores it.
  await note.evaluate((area: HTMLTextAreaElement, offset) => {
    area.setSelectionRange(offset - 1, offset - 1);
  }, at);
  await page.keyboard.press('ArrowRight');
  await hint.getByRole('button', { name: /^Use “taught client to/ }).click();
  await expect.poll(() => editorText(note)).not.toContain(VAGUE_PHRASE);
  expect(await note.evaluate((area) => area.ownerDocument.activeElement === area)).toBe(true);
  await expect(hint).toBeHidden();
  await page.keyboard.press('Control+z');
  await expect.poll(() => editorText(note)).toBe(BAD_NOTE);
});

test('the caret marks its card without scrolling the sidebar under the pointer; the card comes into view when the pointer leaves', async ({
  page,
}) => {
  // More cards than the sidebar has room for.
  await page.setViewportSize({ width: 1280, height: 500 });
  await page.goto('textarea.html');
  const note = page.locator('textarea[name=note]');
  const text = `${BAD_NOTE}\nCSW helped client with groceries. CSW provided support to client.\nClient seemed fine. Discussed budget with client.`;
  await note.click();
  await page.keyboard.type(text);
  const card = findingCard(page, VAGUE_PHRASE);
  await expect(card).toBeVisible();
  const list = sidebar(page).locator('.body');
  // The user scrolls the sidebar to its last card and leaves the pointer there.
  await list.evaluate((body) => body.scrollTo(0, body.scrollHeight));
  await findingCards(page).last().hover();
  await expect(card).not.toBeInViewport();
  const scrolled = await list.evaluate((body) => body.scrollTop);
  expect(scrolled).toBeGreaterThan(0);

  // A key in the note moves the caret into the flagged words: their card is marked...
  const at = text.indexOf('assisted') + 3;
  await note.evaluate((area: HTMLTextAreaElement, offset) => {
    area.setSelectionRange(offset - 1, offset - 1);
  }, at);
  await page.keyboard.press('ArrowRight');
  await expect(card).toHaveAttribute('aria-current', 'true');
  // ...and, once the sidebar has had the frames to scroll to it, the list has not moved.
  await page.evaluate(
    () =>
      new Promise((done) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(done, 0))),
      ),
  );
  expect(await list.evaluate((body) => body.scrollTop)).toBe(scrolled);
  await expect(card).not.toBeInViewport();

  // The pointer goes back to the note: now the marked card is brought into view.
  await note.hover();
  await expect(card).toBeInViewport();
});

test('Alt+Enter uses the suggestion of the words the caret is in; Esc closes the card', async ({
  page,
}) => {
  await page.goto('contenteditable.html');
  const editor = page.locator('.plain-editor');
  await typeBadNote(page, editor);
  await page.keyboard.press('ArrowLeft');
  await page.keyboard.press('ArrowLeft');
  const hint = hintCard(page);
  await expect(hint).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(hint).toBeHidden();
  await page.keyboard.press('ArrowLeft');
  await expect(hint).toBeVisible();
  await page.keyboard.press('Alt+Enter');
  await expect.poll(() => editorText(editor)).toContain('taught client to');
  await expect(hint).toBeHidden();
});

test('hovering the underlined words opens the card there; it closes when the pointer leaves', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const note = page.locator('textarea[name=note]');
  await typeBadNote(page, note);
  // The first line holds no finding; the underline is on the second.
  await page.keyboard.press('Control+Home');
  const hint = hintCard(page);
  await expect(hint).toBeHidden();
  const words = await note.evaluate((area: HTMLTextAreaElement, phrase) => {
    const host = document.querySelector('notecoach-marks')!.shadowRoot!;
    const mark = [...host.querySelectorAll('span[data-severity]')].find((span) =>
      (span.textContent ?? '').startsWith(phrase.slice(0, 8)),
    )!;
    const rect = mark.getClientRects()[0]!;
    return { x: rect.left + 10, y: rect.top + rect.height / 2 };
  }, VAGUE_PHRASE);
  await page.mouse.move(words.x, words.y);
  await expect(hint).toBeVisible();
  await expect(hint.getByRole('button', { name: 'Ignore' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/hint-card-hover.png` });
  await page.mouse.move(5, 5);
  await expect(hint).toBeHidden();
});

test(
  'in either browser the sidebar docks clear of the note, and the caret opens the card at the underline',
  { tag: FIREFOX },
  async ({ tab, extensionContext: background }) => {
    await listenLikeTheSidebar(background, false);
    const target = { path: 'textarea.html', editor: 'textarea[name=note]' };
    await tab.goto(target.path);
    await tab.clickEditor(target);
    await tab.type(BAD_NOTE);
    const layout = () =>
      tab.evaluate(() => {
        const shadow = document.querySelector('notecoach-sidebar')?.shadowRoot;
        const panel = shadow?.querySelector('.panel')?.getBoundingClientRect();
        const note = document.querySelector('textarea[name=note]')!.getBoundingClientRect();
        const hint = document.querySelector('notecoach-hint')?.shadowRoot?.querySelector('.hint');
        return {
          cards: shadow?.querySelectorAll('li.card').length ?? 0,
          current: shadow
            ?.querySelector('li.card[aria-current="true"]')
            ?.getAttribute('aria-label'),
          hint: hint instanceof HTMLElement && !hint.hidden,
          noteRight: note.right,
          panelLeft: panel?.left ?? -1,
          width: window.innerWidth,
        };
      }, undefined);
    await expect.poll(async () => (await layout()).cards).toBeGreaterThan(0);
    const docked = await layout();
    expect(docked.panelLeft).toBeGreaterThan(docked.width / 2);
    expect(docked.noteRight).toBeLessThanOrEqual(docked.panelLeft);

    await tab.onEditor(
      target,
      (el, at: number) => (el as HTMLTextAreaElement).setSelectionRange(at, at),
      BAD_NOTE.indexOf('assisted') + 2,
    );
    await tab.press('ArrowRight');
    await expect.poll(async () => (await layout()).current ?? '').toContain('assisted');
    await expect.poll(async () => (await layout()).hint).toBe(true);
    await tab.screenshot(`test-results/${tab.browser}-hint-card.png`);
    const value = () => tab.onEditor(target, (el) => (el as HTMLTextAreaElement).value, undefined);
    await tab.press('Alt+Enter');
    await expect.poll(value).toContain('taught client to');
    await tab.press('Control+z');
    await expect.poll(value).toBe(BAD_NOTE);
  },
);
