// The whole product as a CSW meets it, with the real engine: type a bad note, read the
// sidebar, click its suggestion, undo with Ctrl+Z; reveal a finding; fold and move the sidebar.
import type { Locator, Page } from '@playwright/test';
import { editorText, modelText, underlinedWords } from './editor-test';
import { expect, test } from './extension';
import { listenLikeTheSidebar } from './sidebar-requests';
import {
  BAD_NOTE,
  VAGUE_PHRASE,
  engineCounts,
  findingCard,
  findingCards,
  resetSidebarLayout,
  sidebar,
  summaryBadge,
} from './sidebar-ui';

const SHOTS = 'test-results/screenshots';
/** The first rewording the engine offers for the vague phrase, placeholders and all. */
const REWORDED =
  'taught client to [skill] for the electric bill by [modeling / prompting / role-playing]';

test.beforeEach(async ({ background }) => {
  // Observe only: the background's real engine answers every check.
  await listenLikeTheSidebar(background, false);
  await resetSidebarLayout(background);
});

interface RealEditor {
  path: string;
  editor: string;
  /** What the page itself holds: React state, or the editor's model via its autosave line. */
  pageState(page: Page): Promise<string>;
}

const autosaved = (page: Page) => modelText(page.locator('#autosave'));

const EDITORS: Record<string, RealEditor> = {
  textarea: { path: 'textarea.html', editor: 'textarea[name=note]', pageState: autosaved },
  react: {
    path: 'react-textarea.html',
    editor: 'textarea[name=note]',
    pageState: async (page) =>
      (await page.locator('#react-state').getAttribute('data-state')) ?? '',
  },
  ckeditor5: { path: 'ckeditor5.html', editor: '.ck-editor__editable', pageState: autosaved },
  prosemirror: { path: 'prosemirror.html', editor: '.ProseMirror', pageState: autosaved },
  tiptap: { path: 'tiptap.html', editor: '.tiptap-note', pageState: autosaved },
};

const lines = (text: string) => text.replace(/\n+/g, '\n').trim();

async function typeBadNote(page: Page, editor: Locator): Promise<void> {
  await editor.click();
  await page.keyboard.type(BAD_NOTE);
  await expect.poll(() => editorText(editor)).toBe(BAD_NOTE);
}

for (const [name, spec] of Object.entries(EDITORS)) {
  test(`${name}: the sidebar lists the findings, its suggestion rewrites the note, Ctrl+Z restores it`, async ({
    page,
  }) => {
    const expected = engineCounts(BAD_NOTE);
    await page.goto(spec.path);
    const editor = page.locator(spec.editor);
    await typeBadNote(page, editor);

    await expect.poll(() => underlinedWords(editor)).toEqual([VAGUE_PHRASE]);
    await expect(summaryBadge(page)).toHaveText(`${expected.toFix} to fix`);
    await expect(findingCards(page)).toHaveCount(expected.findings);
    await sidebar(page).screenshot({ path: `${SHOTS}/${name}-findings.png` });

    await findingCard(page, VAGUE_PHRASE)
      .getByRole('button', { name: /^Use: taught client to/ })
      .click();
    const fixed = BAD_NOTE.replace(VAGUE_PHRASE, REWORDED);
    await expect.poll(() => editorText(editor)).toBe(fixed);
    await expect.poll(async () => lines(await spec.pageState(page))).toBe(fixed);
    await expect(findingCard(page, VAGUE_PHRASE)).toHaveCount(0);

    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(editor)).toBe(BAD_NOTE);
    await expect.poll(async () => lines(await spec.pageState(page))).toBe(BAD_NOTE);
    await expect(findingCard(page, VAGUE_PHRASE)).toHaveCount(1);
  });
}

/** The note's selected text, in a textarea or a rich editor. */
const selectedText = (editor: Locator) =>
  editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement
      ? el.value.slice(el.selectionStart, el.selectionEnd)
      : (el.ownerDocument.getSelection()?.toString() ?? ''),
  );

for (const name of ['textarea', 'prosemirror'] as const) {
  test(`${name}: clicking a finding in the sidebar selects its words in the note`, async ({
    page,
  }) => {
    const spec = EDITORS[name]!;
    await page.goto(spec.path);
    const editor = page.locator(spec.editor);
    await typeBadNote(page, editor);
    await page.locator('h1').click();
    expect(await selectedText(editor)).toBe('');

    await findingCard(page, VAGUE_PHRASE)
      .getByRole('button', { name: /Should fix/ })
      .click();
    await expect.poll(() => selectedText(editor)).toBe(VAGUE_PHRASE);
  });
}

test('the sidebar folds to a small tab, moves to the other side and remembers both', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const panel = sidebar(page);
  await typeBadNote(page, page.locator(EDITORS.textarea!.editor));
  await expect(summaryBadge(page)).toHaveText(`${engineCounts(BAD_NOTE).toFix} to fix`);
  const width = page.viewportSize()!.width;
  const box = async (element: Locator) => (await element.boundingBox())!;
  const head = panel.locator('header');
  expect((await box(head)).x).toBeGreaterThan(width / 2);

  await panel.getByRole('button', { name: 'Move to the left side' }).click();
  await expect.poll(async () => (await box(head)).x).toBeLessThan(width / 2);
  await panel.getByRole('button', { name: 'Collapse NoteCoach' }).click();
  const tab = panel.getByRole('button', { name: /NoteCoach/, expanded: false });
  await expect(tab).toContainText('to fix');
  await expect(head).toBeHidden();
  expect((await box(tab)).x).toBeLessThan(width / 2);
  await tab.screenshot({ path: `${SHOTS}/collapsed-tab.png` });
  await page.screenshot({ path: `${SHOTS}/collapsed-page.png` });
  expect((await box(tab)).width, 'a narrow strip on the edge').toBeLessThan(60);

  await page.reload();
  await expect(tab).toBeVisible();
  await expect(head).toBeHidden();
  expect((await box(tab)).x).toBeLessThan(width / 2);
  await tab.click();
  await expect(panel.getByRole('button', { name: 'Move to the right side' })).toBeVisible();
  await page.screenshot({ path: `${SHOTS}/left-side-page.png` });
});

/** Puts the caret in the editor right after `word` (first occurrence). */
async function caretAfter(editor: Locator, word: string): Promise<void> {
  await editor.evaluate((el, after) => {
    if (el instanceof HTMLTextAreaElement) {
      const at = el.value.indexOf(after) + after.length;
      el.focus();
      el.setSelectionRange(at, at);
      return;
    }
    const walker = el.ownerDocument.createTreeWalker(el, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = (node.textContent ?? '').indexOf(after);
      if (at === -1) continue;
      (el as HTMLElement).focus();
      const range = el.ownerDocument.createRange();
      range.setStart(node, at + after.length);
      range.collapse(true);
      const selection = el.ownerDocument.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
  }, word);
}

for (const name of ['textarea', 'ckeditor5'] as const) {
  test(`${name}: after Use, the next keys go into the note and never press a sidebar button`, async ({
    page,
  }) => {
    const spec = EDITORS[name]!;
    await page.goto(spec.path);
    const editor = page.locator(spec.editor);
    await typeBadNote(page, editor);
    const use = findingCard(page, VAGUE_PHRASE).getByRole('button', { name: /^Use: taught/ });
    await expect(use).toBeVisible();

    // The words under the card change, and Use is clicked before the next check: the reader
    // checks again and writes nothing; the user's next keys must land where the caret was.
    await caretAfter(editor, 'electric');
    await page.keyboard.type('al');
    await use.click();
    await page.keyboard.type(' gas');
    const typed = BAD_NOTE.replace('electric', 'electrical gas');
    await expect.poll(() => editorText(editor)).toBe(typed);
    await expect.poll(async () => lines(await spec.pageState(page))).toBe(typed);
    const phrase = 'assisted client with the electrical gas bill';
    await expect(findingCard(page, phrase)).toHaveCount(1);

    // A Use that applies: the placeholder it selects takes the typing, and a space typed after
    // it stays in the note (the re-rendered card's button is not pressed).
    await findingCard(page, phrase)
      .getByRole('button', { name: /^Use: taught/ })
      .click();
    await expect.poll(() => editorText(editor)).toContain('taught client to [skill]');
    await page.keyboard.type('read the bill');
    await page.keyboard.press('Space');
    await page.keyboard.type('x');
    await expect
      .poll(() => editorText(editor))
      .toBe(
        BAD_NOTE.replace(
          VAGUE_PHRASE,
          'taught client to read the bill x for the electrical gas bill by [modeling / prompting / role-playing]',
        ),
      );
  });
}

test('textarea: Ignore can be undone, and the ignored findings of the note shown again', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const editor = page.locator(EDITORS.textarea!.editor);
  await typeBadNote(page, editor);
  const total = engineCounts(BAD_NOTE).findings;
  expect(total, 'the note has more than one finding to ignore').toBeGreaterThan(1);
  await expect(findingCards(page)).toHaveCount(total);
  const ignored = sidebar(page).getByRole('group', { name: 'Ignored findings' });
  await expect(ignored).toHaveCount(0);

  await findingCard(page, VAGUE_PHRASE)
    .getByRole('button', { name: /^Ignore/ })
    .click();
  await expect(findingCard(page, VAGUE_PHRASE)).toHaveCount(0);
  await expect.poll(() => underlinedWords(editor)).toEqual([]);
  await expect(ignored).toContainText('1 finding ignored in this note.');
  await sidebar(page).screenshot({ path: `${SHOTS}/ignored-one.png` });

  await ignored.getByRole('button', { name: 'Undo Ignore' }).click();
  await expect(findingCard(page, VAGUE_PHRASE)).toHaveCount(1);
  await expect.poll(() => underlinedWords(editor)).toEqual([VAGUE_PHRASE]);
  await expect(ignored).toHaveCount(0);

  for (let left = total - 1; left >= 0; left -= 1) {
    await findingCards(page)
      .first()
      .getByRole('button', { name: /^Ignore/ })
      .click();
    await expect(findingCards(page)).toHaveCount(left);
  }
  await expect(ignored).toContainText(`${total} findings ignored in this note.`);
  await ignored.getByRole('button', { name: 'Show all ignored' }).click();
  await expect(findingCards(page)).toHaveCount(total);
  await expect(ignored).toHaveCount(0);
  expect(await editorText(editor), 'Ignore and its undo never touch the note').toBe(BAD_NOTE);
});
