// A Use right after a paste is its own undo step: ProseMirror folds a change made under 500 ms
// after the one before it, and touching it, into that one's undo step, and its paste fires no
// input event (it writes the pasted words itself), so the reader must count the paste as input.
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { analyses, listenLikeTheSidebar, noteStates, sendToReader } from './sidebar-requests';
import type { FuzzHooks } from '../fixtures/ehr-form';

const NOTE =
  'Client was doing well today.\nCSW assisted client with the rent form and helped client with groceries.';
const FLAGGED = 'helped client with groceries';
const PASTED = ', x';

const hooks = (page: Page) => ({
  text: () => page.evaluate(() => (window as { noteFuzz?: FuzzHooks }).noteFuzz!.text()),
  reset: (text: string) =>
    page.evaluate((note) => (window as { noteFuzz?: FuzzHooks }).noteFuzz!.reset(note), text),
  caret: (at: number) =>
    page.evaluate((to) => (window as { noteFuzz?: FuzzHooks }).noteFuzz!.select(to, to), at),
});

test('ProseMirror: Ctrl+Z after a Use right after a paste takes back the Use alone', async ({
  page,
  background,
  extension,
}) => {
  await extension.grantPermissions(['clipboard-read', 'clipboard-write']);
  await listenLikeTheSidebar(background, false);
  await page.goto('prosemirror.html');
  const note = hooks(page);
  // Set through the editor's API: no input the reader could count as typing.
  await note.reset(NOTE);
  await page.locator('.ProseMirror').click();
  const checkOf = (text: string) => async () => {
    const analysed = (await analyses(background)).findLast((a) => a.text === text);
    return (await noteStates(background)).findLast(
      (s) => s.note.noteId === analysed?.noteId && s.version === analysed.version,
    );
  };
  await expect.poll(checkOf(NOTE), 'the note was checked').toBeDefined();

  // The user pastes just after the flagged words (which leaves them as they were) and clicks
  // Use as soon as the sidebar has the pasted note's findings.
  const after = NOTE.indexOf(FLAGGED) + FLAGGED.length;
  await note.caret(after);
  await page.evaluate((text) => navigator.clipboard.writeText(text), PASTED);
  await page.keyboard.press('Control+V');
  const pasted = NOTE.slice(0, after) + PASTED + NOTE.slice(after);
  await expect.poll(checkOf(pasted), 'the pasted note was checked').toBeDefined();
  const state = (await checkOf(pasted)())!;
  const index = state.excerpts.indexOf(FLAGGED);
  const finding = state.report.findings[index]!;
  const suggestion = finding.suggestions.findIndex((s) => s.replacement !== undefined);
  await sendToReader(background, state, {
    type: 'apply-suggestion',
    note: { frameId: state.frameId, noteId: state.note.noteId },
    version: state.version,
    index,
    suggestion,
  });
  await expect
    .poll(note.text)
    .toBe(pasted.replace(FLAGGED, finding.suggestions[suggestion]!.replacement!));

  await page.keyboard.press('Control+z');
  await expect.poll(note.text, 'the paste stays').toBe(pasted);
});
