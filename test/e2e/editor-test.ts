// One builder for the same check on every editor (after Harper's testBasicSuggestion):
// type a note with a vague word, see it underlined, apply the sidebar's suggestion, see
// the editor and the page's own state change, press Ctrl+Z and see the note restored.
import type { Frame, Locator, Page } from '@playwright/test';
import { expect, test } from './extension';
import { latestStateWith, listenLikeTheSidebar, sendToReader } from './sidebar-requests';

/** Two paragraphs, so offsets must map across a block boundary in every editor. */
export const NOTE = 'Met Jordan at his apartment.\nCSW assisted client with the electric bill.';

/** Editors render paragraph breaks as one or two newlines; compare lines, not spacing. */
const lines = (text: string): string => text.replace(/\n+/g, '\n').trim();
const FLAGGED = 'assisted';
const REPLACEMENT = 'coached';

export interface EditorPage {
  /** The element the user types into. */
  editor: Locator;
  /** The element showing what the page's own model holds (see fixtures/ehr-form.ts). */
  autosave: Locator;
}

/** Words underlined in the editor's document: CSS highlights, or the textarea overlay. */
export async function underlinedWords(editor: Locator): Promise<string[]> {
  return editor.evaluate((el) => {
    const doc = el.ownerDocument;
    if (el.tagName === 'TEXTAREA') {
      const marks =
        doc.querySelector('notecoach-marks')?.shadowRoot?.querySelectorAll('[data-severity]') ?? [];
      return [...marks].map((mark) => mark.textContent ?? '');
    }
    // NoteCoach's highlight names are random; the fixture pages register none of their own.
    const registry = (doc.defaultView as Window & typeof globalThis).CSS.highlights;
    return [...registry.values()].flatMap((highlight) =>
      [...highlight].map((range) => range.toString()),
    );
  });
}

/** The note's text as the user sees it. */
export async function editorText(editor: Locator): Promise<string> {
  const text = await editor.evaluate((el) =>
    el instanceof HTMLTextAreaElement ? el.value : (el as HTMLElement).innerText,
  );
  return lines(text);
}

export async function modelText(autosave: Locator): Promise<string> {
  return lines((await autosave.getAttribute('data-model-text')) ?? '');
}

export function fixture(page: Page | Frame, editorSelector: string): EditorPage {
  return { editor: page.locator(editorSelector), autosave: page.locator('#autosave') };
}

export function testEditor(
  name: string,
  path: string,
  open: (page: Page) => Promise<EditorPage> | EditorPage,
): void {
  test(`${name}: underlines a vague word, applies the suggestion, Ctrl+Z restores the note`, async ({
    page,
    background,
  }) => {
    await listenLikeTheSidebar(background, true);
    await page.goto(path);
    const { editor, autosave } = await open(page);
    await editor.click();
    await page.keyboard.type(NOTE);
    await expect.poll(() => editorText(editor)).toBe(NOTE);

    await expect.poll(() => underlinedWords(editor)).toEqual([FLAGGED]);
    await page.screenshot({ path: `test-results/${name}-underlined.png` });

    const state = await latestStateWith(background, FLAGGED);
    expect(state, 'the reader told the sidebar about the finding').toBeDefined();
    const index = state!.excerpts.indexOf(FLAGGED);
    // The user clicks the suggestion in the sidebar: focus leaves the note first.
    await page.mouse.click(2, 2);
    await sendToReader(background, state!, {
      type: 'apply-suggestion',
      note: { frameId: state!.frameId, noteId: state!.note.noteId },
      version: state!.version,
      index,
      suggestion: 0,
    });
    const fixed = NOTE.replace(FLAGGED, REPLACEMENT);
    await expect.poll(() => editorText(editor)).toBe(fixed);
    await expect
      .poll(() => modelText(autosave), 'the page’s own editor model saw the edit')
      .toBe(fixed);
    await expect.poll(() => underlinedWords(editor)).toEqual([]);
    await page.screenshot({ path: `test-results/${name}-applied.png` });

    await page.keyboard.press('Control+z');
    await expect.poll(() => editorText(editor)).toBe(NOTE);
    await expect.poll(() => modelText(autosave)).toBe(NOTE);
    await expect.poll(() => underlinedWords(editor)).toEqual([FLAGGED]);
  });
}
