// What the reader does besides the basic apply: placeholders, stale findings, reveal,
// ignore, the form around the note, fields it must leave alone, and typing pauses.
import type { Page } from '@playwright/test';
import { NOTE, editorText, underlinedWords } from './editor-test';
import { expect, test } from './extension';
import {
  analyses,
  clearedNotes,
  latestStateWith,
  listenLikeTheSidebar,
  noteStates,
  sendToReader,
  type SeenNoteState,
} from './sidebar-requests';

const note = (state: SeenNoteState) => ({ frameId: state.frameId, noteId: state.note.noteId });

async function typeFlaggedNote(page: Page, selector: string) {
  await page.locator(selector).click();
  await page.keyboard.type(NOTE);
  await expect.poll(() => underlinedWords(page.locator(selector))).toEqual(['assisted']);
}

async function stateWithAssisted(background: Parameters<typeof noteStates>[0]) {
  await expect
    .poll(async () => (await latestStateWith(background, 'assisted')) !== undefined)
    .toBe(true);
  return (await latestStateWith(background, 'assisted'))!;
}

test.beforeEach(async ({ background }) => listenLikeTheSidebar(background, true));

test('selects the first [placeholder] of a replacement so the user can type over it', async ({
  page,
  background,
}) => {
  for (const [path, selector] of [
    ['textarea.html', 'textarea[name=note]'],
    ['prosemirror.html', '.ProseMirror'],
  ] as const) {
    await page.goto(path);
    await typeFlaggedNote(page, selector);
    const state = await stateWithAssisted(background);
    await sendToReader(background, state, {
      type: 'apply-suggestion',
      note: note(state),
      version: state.version,
      index: state.excerpts.indexOf('assisted'),
      suggestion: 1,
    });
    await expect
      .poll(() => editorText(page.locator(selector)))
      .toContain('CSW taught [skill] to client');
    const selected = await page
      .locator(selector)
      .evaluate((el) =>
        el instanceof HTMLTextAreaElement
          ? el.value.slice(el.selectionStart, el.selectionEnd)
          : (el.ownerDocument.getSelection()?.toString() ?? ''),
      );
    expect(selected, path).toBe('[skill]');
  }
});

test('re-checks instead of writing when the flagged words changed since the sidebar saw them', async ({
  page,
  background,
}) => {
  await page.goto('contenteditable.html');
  await typeFlaggedNote(page, '.plain-editor');
  const state = await stateWithAssisted(background);
  // The user rewrites the flagged word before clicking the stale suggestion.
  await page.keyboard.press('Control+a');
  await page.keyboard.type('CSW assisting client.');
  await expect
    .poll(async () => (await noteStates(background)).at(-1)?.version)
    .toBeGreaterThan(state.version);
  const before = (await noteStates(background)).length;
  await sendToReader(background, state, {
    type: 'apply-suggestion',
    note: note(state),
    version: state.version,
    index: state.excerpts.indexOf('assisted'),
    suggestion: 0,
  });
  await expect.poll(async () => (await noteStates(background)).length).toBeGreaterThan(before);
  expect(await editorText(page.locator('.plain-editor'))).toBe('CSW assisting client.');
});

test('reveal selects the flagged words; ignore hides them for this note while typing goes on', async ({
  page,
  background,
}) => {
  await page.goto('textarea.html');
  const area = page.locator('textarea[name=note]');
  await typeFlaggedNote(page, 'textarea[name=note]');
  const state = await stateWithAssisted(background);
  await page.mouse.click(2, 2);
  await sendToReader(background, state, { type: 'reveal-finding', note: note(state), index: 0 });
  await expect
    .poll(() =>
      area.evaluate((el: HTMLTextAreaElement) =>
        el.value.slice(el.selectionStart, el.selectionEnd),
      ),
    )
    .toBe('assisted');

  await sendToReader(background, state, { type: 'ignore-finding', note: note(state), index: 0 });
  await expect.poll(() => underlinedWords(area)).toEqual([]);
  await area.press('End');
  await page.keyboard.type(' Plan: CSW drove to the bank with him.');
  await expect.poll(() => underlinedWords(area)).toEqual(['drove']);
  // The reader's reports may still be arriving when the underline is drawn: the last one settles.
  await expect.poll(async () => (await noteStates(background)).at(-1)?.excerpts).toEqual(['drove']);
});

test('sends the form around the note (date, times, location) with each check', async ({
  page,
  background,
}) => {
  await page.goto('nested-frame.html');
  const inner = page.frameLocator('#workspace').frameLocator('#note-frame');
  await inner.locator('.plain-editor').click();
  await page.keyboard.type('Reviewed the budget.');
  await expect
    .poll(async () => (await analyses(background)).at(-1)?.text)
    .toBe('Reviewed the budget.');
  expect((await analyses(background)).at(-1)?.context).toEqual({
    fields: { date: true, 'start-time': true, 'end-time': true, location: true },
    startMinutes: 570,
    endMinutes: 615,
  });
});

test('leaves search boxes and fields that opted out of writing tools alone', async ({
  page,
  background,
}) => {
  await page.goto('textarea.html');
  await page.locator('input[type=search]').fill('assisted living');
  await page.locator('#scheduler-message').click();
  await page.keyboard.type('Scheduler: client assisted to van.');
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type('Met client.');
  await expect.poll(async () => (await analyses(background)).at(-1)?.text).toBe('Met client.');
  const texts = (await analyses(background)).map((a) => a.text);
  expect(texts.filter((text) => text.includes('assisted'))).toEqual([]);
  expect(await underlinedWords(page.locator('#scheduler-message'))).toEqual([]);
});

test('checks after a pause in typing, not on every keystroke', async ({ page, background }) => {
  await page.goto('textarea.html');
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type(NOTE, { delay: 25 });
  await expect.poll(async () => (await analyses(background)).at(-1)?.text).toBe(NOTE);
  // One check on focus, one after the pause; a few more at most if the machine stalls.
  expect((await analyses(background)).length).toBeLessThan(NOTE.length / 8);
});

test('tells the sidebar when the note editor goes away with its dialog', async ({
  page,
  background,
}) => {
  await page.goto('late-editor.html');
  await page.locator('#new-note').click();
  await typeFlaggedNote(page, 'dialog .plain-editor');
  const state = await stateWithAssisted(background);
  await page.getByRole('button', { name: 'Discard' }).click();
  await expect.poll(() => clearedNotes(background)).toEqual([state.note.noteId]);
});

test('the textarea underline follows the note when it scrolls and when the page resizes', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const area = page.locator('textarea[name=note]');
  await area.click();
  const lines = Array.from(
    { length: 14 },
    (_, i) => `Line ${i + 1}: reviewed the bill with Jordan.`,
  );
  await page.keyboard.type([...lines.slice(0, 8), NOTE, ...lines.slice(8)].join('\n'));
  await expect.poll(() => underlinedWords(area)).toEqual(['assisted']);
  const underlineTop = () =>
    page.evaluate(
      () =>
        document
          .querySelector('notecoach-marks')!
          .shadowRoot!.querySelector('[data-severity]')!
          .getBoundingClientRect().top,
    );
  // A scroll event is dispatched at the next frame, not when scrollTop is set: wait two frames
  // so the underline read is the one placed for this scroll, not the one before it.
  const scrollNoteTo = (y: number) =>
    area.evaluate(
      (el, y) =>
        new Promise<void>((done) => {
          el.scrollTop = y;
          requestAnimationFrame(() => requestAnimationFrame(() => done()));
        }),
      y,
    );
  await scrollNoteTo(0);
  expect(await area.evaluate((el) => el.scrollTop)).toBe(0);
  const top = await expect.poll(underlineTop).toBeGreaterThan(0).then(underlineTop);
  await scrollNoteTo(60);
  expect(await area.evaluate((el) => el.scrollTop)).toBe(60);
  await expect.poll(async () => Math.round(top - (await underlineTop()))).toBe(60);
  await page.screenshot({ path: 'test-results/textarea-scrolled.png' });

  const before = await underlineTop();
  await page.setViewportSize({ width: 700, height: 760 });
  await expect.poll(underlineTop).not.toBe(before);
  await page.screenshot({ path: 'test-results/textarea-narrow.png' });
});

test('reveal selects the flagged words in a note two frames down', async ({ page, background }) => {
  await page.goto('nested-frame.html');
  const inner = page.frameLocator('#workspace').frameLocator('#note-frame');
  const editor = inner.locator('.plain-editor');
  await editor.click();
  await page.keyboard.type(NOTE);
  await expect.poll(() => underlinedWords(editor)).toEqual(['assisted']);
  const state = await stateWithAssisted(background);
  expect(state.frameId, 'the note lives in a child frame').not.toBe(0);
  await page.mouse.click(2, 2);
  await sendToReader(background, state, { type: 'reveal-finding', note: note(state), index: 0 });
  await expect
    .poll(() => editor.evaluate((el) => el.ownerDocument.getSelection()?.toString()))
    .toBe('assisted');
});
