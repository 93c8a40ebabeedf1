// One builder for the same check on every editor (after Harper's testBasicSuggestion), in
// Chromium and Firefox ESR: type a note with a vague word, see it underlined, apply the sidebar's suggestion, see
// the editor and the page's own state change, press Ctrl+Z and see the note restored.
import type { Frame, Locator, Page } from '@playwright/test';
import type { EditorTarget } from './browsers';
import { FIREFOX, expect, test } from './extension';
import {
  analyses,
  latestStateWith,
  listenLikeTheSidebar,
  noteStates,
  useFirstSuggestion,
} from './sidebar-requests';

/** Two paragraphs, so offsets must map across a block boundary in every editor. */
export const NOTE = 'Met Jordan at his apartment.\nCSW assisted client with the electric bill.';

/** A signed note: a missing line goes on a line of its own above the sign-off. */
export const SIGNED_NOTE = `${NOTE}\nJ. Smith, CSW`;

/** Editors render paragraph breaks as one or two newlines; compare lines, not spacing. */
const lines = (text: string): string => text.replace(/\n+/g, '\n').trim();
/** What the engine flags in NOTE (see sidebar.spec.ts for the sidebar's side of it). */
const FLAGGED = 'assisted client with the electric bill';

export interface EditorPage {
  /** The element the user types into. */
  editor: Locator;
  /** The element showing what the page's own model holds (see fixtures/ehr-form.ts). */
  autosave: Locator;
}

/** Words underlined in the editor's document: CSS highlights, or the textarea overlay. */
function underlinedIn(el: Element): string[] {
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
}

function textIn(el: Element): string {
  return el instanceof
    (el.ownerDocument.defaultView as Window & typeof globalThis).HTMLTextAreaElement
    ? (el as HTMLTextAreaElement).value
    : (el as HTMLElement).innerText;
}

/** Words underlined in the editor's document. */
export async function underlinedWords(editor: Locator): Promise<string[]> {
  return editor.evaluate(underlinedIn);
}

/** The note's text as the user sees it. */
export async function editorText(editor: Locator): Promise<string> {
  return lines(await editor.evaluate(textIn));
}

export async function modelText(autosave: Locator): Promise<string> {
  return lines((await autosave.getAttribute('data-model-text')) ?? '');
}

export function fixture(page: Page | Frame, editorSelector: string): EditorPage {
  return { editor: page.locator(editorSelector), autosave: page.locator('#autosave') };
}

export function testEditor(name: string, target: EditorTarget): void {
  test(
    `${name}: underlines a vague word, applies the suggestion, Ctrl+Z restores the note`,
    { tag: FIREFOX },
    async ({ tab, extensionContext: background }) => {
      const underlined = () => tab.onEditor(target, underlinedIn, undefined);
      const shown = async () => lines(await tab.onEditor(target, textIn, undefined));
      const saved = async () => lines(await tab.autosaved(target));
      // Observe only: the real engine answers. In Firefox the stand-in would live in another
      // context than the background and race it to answer.
      await listenLikeTheSidebar(background, false);
      await tab.goto(target.path);
      await tab.clickEditor(target);
      await tab.type(NOTE);
      await expect.poll(shown).toBe(NOTE);

      await expect.poll(underlined).toEqual([FLAGGED]);
      await tab.screenshot(`test-results/${tab.browser}-${name}-underlined.png`);

      const state = await latestStateWith(background, FLAGGED);
      expect(state, 'the reader told the sidebar about the finding').toBeDefined();
      const index = state!.excerpts.indexOf(FLAGGED);
      const replacement = state!.report.findings[index]?.suggestions[0]?.replacement;
      expect(replacement, 'the engine offers a rewording').toBeDefined();
      // The user clicks the suggestion in the sidebar: focus leaves the note first.
      await tab.clickAt(2, 2);
      await useFirstSuggestion(background, state!, index);
      const fixed = NOTE.replace(FLAGGED, replacement!);
      await expect.poll(shown).toBe(fixed);
      await expect.poll(saved, 'the page’s own editor model saw the edit').toBe(fixed);
      // The vague words are gone; only the rewording's own blanks may be marked (a "[...]"
      // left in a note is a must-fix finding until it is filled).
      const notPlaceholders = async () =>
        (await underlined()).filter((words) => !/^\[[^\]]*\]$/.test(words));
      await expect.poll(notPlaceholders).toEqual([]);
      await tab.screenshot(`test-results/${tab.browser}-${name}-applied.png`);

      await tab.press('Control+z');
      await expect.poll(shown).toBe(NOTE);
      await expect.poll(saved).toBe(NOTE);
      await expect.poll(underlined).toEqual([FLAGGED]);
    },
  );
}

export function testMissingLineAboveSignOff(name: string, target: EditorTarget): void {
  test(`${name}: adds a missing line on a line of its own above the sign-off`, async ({
    tab,
    extensionContext: background,
  }) => {
    const shown = async () => lines(await tab.onEditor(target, textIn, undefined));
    const saved = async () => lines(await tab.autosaved(target));
    await listenLikeTheSidebar(background, false);
    await tab.goto(target.path);
    await tab.clickEditor(target);
    await tab.type(SIGNED_NOTE);
    await expect.poll(shown).toBe(SIGNED_NOTE);

    const signedState = async () => {
      const checked = (await analyses(background)).findLast((a) => a.text === SIGNED_NOTE);
      return (await noteStates(background)).findLast(
        (state) => state.note.noteId === checked?.noteId && state.version === checked.version,
      );
    };
    await expect.poll(signedState, 'the signed note was checked').toBeDefined();
    const state = (await signedState())!;
    const signOff = SIGNED_NOTE.indexOf('J. Smith');
    const index = state.report.findings.findIndex((f) => f.start === signOff && f.end === signOff);
    expect(index, 'a missing line goes above the sign-off').toBeGreaterThanOrEqual(0);
    const line = state.report.findings[index]!.suggestions[0]?.replacement;
    expect(line, 'written on a line of its own').toMatch(/^[^\n]+\n$/);

    await tab.clickAt(2, 2);
    await useFirstSuggestion(background, state, index);
    const fixed = SIGNED_NOTE.slice(0, signOff) + line! + SIGNED_NOTE.slice(signOff);
    await expect.poll(shown).toBe(lines(fixed));
    await expect.poll(saved, 'the page’s own editor model saw the edit').toBe(lines(fixed));

    // Every character of the note comes back (CKEditor 5 may leave the new line empty until a
    // second Ctrl+Z), never the line's words joined to the sign-off.
    await tab.press('Control+z');
    await expect.poll(shown).toBe(SIGNED_NOTE);
  });
}

/** A note ending in an empty line: a missing line is placed on it, with no line break of its own. */
export const NOTE_ENDING_IN_EMPTY_LINE = `${NOTE}\n`;

export function testMissingLineOnEmptyLine(name: string, target: EditorTarget): void {
  test(`${name}: writes a missing line placed on an empty last line on that line`, async ({
    tab,
    extensionContext: background,
  }) => {
    // Exact text, not lines(): a line joined to the one before is what this test is about.
    const shown = async () => (await tab.onEditor(target, textIn, undefined)).replace(/\n+$/, '');
    await listenLikeTheSidebar(background, false);
    await tab.goto(target.path);
    await tab.clickEditor(target);
    await tab.type(NOTE_ENDING_IN_EMPTY_LINE);

    const placedOnEmptyLine = async () => {
      const end = NOTE_ENDING_IN_EMPTY_LINE.length;
      for (const checked of (await analyses(background)).reverse()) {
        if (checked.text !== NOTE_ENDING_IN_EMPTY_LINE) continue;
        const state = (await noteStates(background)).findLast(
          (s) => s.note.noteId === checked.noteId && s.version === checked.version,
        );
        const index = state?.report.findings.findIndex((f) => f.start === end && f.end === end);
        if (state && index !== undefined && index >= 0) return { state, index };
      }
      return undefined;
    };
    await expect
      .poll(placedOnEmptyLine, 'a missing line is placed on the empty line')
      .toBeDefined();
    const { state, index } = (await placedOnEmptyLine())!;
    const line = state.report.findings[index]!.suggestions[0]?.replacement;
    expect(line, 'written as the empty line’s words, no line break of its own').toMatch(/^[^\n]+$/);

    await tab.clickAt(2, 2);
    await useFirstSuggestion(background, state, index);
    const fixed = `${NOTE}\n${line!}`;
    await expect.poll(async () => (await shown()).replace(/\n\n+/g, '\n')).toBe(fixed);
    await expect
      .poll(async () => (await tab.autosaved(target)).replace(/\n\n+/g, '\n').replace(/\n+$/, ''))
      .toBe(fixed);
  });
}
