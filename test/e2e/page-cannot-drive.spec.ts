// A hostile or buggy EHR page cannot steer NoteCoach: its scripted clicks and keys on the
// sidebar do nothing, a field the user never touched is never coached, and the content
// scripts tell the page nothing it could replay. On the test build, whose shadow roots stay
// open: the page can reach every sidebar button here, so what is proved is that reaching one
// is not enough.
import type { Page } from '@playwright/test';
import { editorText } from './editor-test';
import { expect, test } from './extension';
import { analyses, listenLikeTheSidebar } from './sidebar-requests';
import {
  BAD_NOTE,
  VAGUE_PHRASE,
  findingCard,
  findingCards,
  resetSidebarLayout,
  sidebar,
} from './sidebar-ui';

const NOTE_FIELD = 'textarea[name=note]';
/** Typed after the page's attempts: its finding appearing means the sidebar saw the edit. */
const MORE = '\nCSW assisted client with the gas bill.';
const MORE_PHRASE = 'assisted client with the gas bill';

test.beforeEach(async ({ background }) => {
  await listenLikeTheSidebar(background, false);
  await resetSidebarLayout(background);
});

async function typeBadNote(page: Page): Promise<void> {
  await page.goto('textarea.html');
  await page.locator(NOTE_FIELD).click();
  await page.keyboard.type(BAD_NOTE);
  await expect(findingCard(page, VAGUE_PHRASE)).toBeVisible();
}

test("WXT's start message never reaches the page, and replaying it stops nothing", async ({
  page,
  background,
}) => {
  const extensionId = new URL(background.url()).host;
  await page.addInitScript(() => {
    const heard: string[] = [];
    Object.assign(window, { heard });
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
  });
  await typeBadNote(page);
  const heard = await page.evaluate(() => (window as unknown as { heard: string[] }).heard);
  expect(heard.join('\n')).not.toContain(extensionId);
  expect(heard.join('\n')).not.toContain('content-script-started');

  // A page that knows the id (a store extension's id is public) replays WXT's start, both ways.
  await page.evaluate((id) => {
    for (const script of ['sidebar', 'reader']) {
      const type = `${id}:${script}:wxt:content-script-started`;
      const detail = { contentScriptName: script, messageId: 'from-the-page' };
      document.dispatchEvent(new CustomEvent(type, { detail }));
      window.postMessage({ type, ...detail }, '*');
    }
  }, extensionId);
  await page.keyboard.type(MORE);
  await expect(findingCard(page, MORE_PHRASE)).toBeVisible();
  await expect(page.locator('notecoach-sidebar')).toHaveCount(1);
});

test("a page's scripted clicks and keys on the sidebar change nothing: Use, Ignore, reveal, move, collapse", async ({
  page,
  background,
}) => {
  await typeBadNote(page);
  await page.evaluate((phrase) => {
    const root = document.querySelector('notecoach-sidebar')!.shadowRoot!;
    const card = [...root.querySelectorAll('li.card')].find((li) =>
      li.textContent?.includes(phrase),
    )!;
    const press = (element: Element | null | undefined) => (element as HTMLElement).click();
    press(card.querySelector('button.card-head'));
    press(card.querySelector('button.use'));
    press(card.querySelector('button.ignore'));
    press(root.querySelector('[aria-label="Move to the left side"]'));
    press(root.querySelector('[aria-label="Collapse NoteCoach"]'));
    const escape = { key: 'Escape', bubbles: true, composed: true };
    root.querySelector('section')!.dispatchEvent(new KeyboardEvent('keydown', escape));
  }, VAGUE_PHRASE);

  // The user ignores another finding (the missing goal): once it is gone, the page's clicks
  // sent before it were handled too, and the flagged words are still there and still listed.
  const others = findingCards(page).filter({ hasNotText: VAGUE_PHRASE });
  const before = await others.count();
  expect(before, 'the note has other findings (missing goal, signature)').toBeGreaterThan(0);
  await others
    .first()
    .getByRole('button', { name: /^Ignore/ })
    .click();
  await expect(others).toHaveCount(before - 1);
  await expect(findingCard(page, VAGUE_PHRASE), 'neither applied nor ignored').toHaveCount(1);

  // The user types on where the caret was (nothing selected it); the sidebar follows the note.
  await page.keyboard.type(MORE);
  await expect(findingCard(page, MORE_PHRASE)).toBeVisible();
  expect(await editorText(page.locator(NOTE_FIELD))).toBe(`${BAD_NOTE}${MORE}`);
  await expect(sidebar(page).getByRole('button', { name: 'Move to the left side' })).toBeVisible();
  const stored = await background.evaluate(() =>
    (
      globalThis as unknown as {
        chrome: { storage: { local: { get(key: string): Promise<Record<string, unknown>> } } };
      }
    ).chrome.storage.local.get('sidebarLayout'),
  );
  expect(stored, 'no setting changed').toEqual({});
});

test('a field the user never had a hand in is never coached: an off-screen one the page fills', async ({
  page,
  background,
}) => {
  await typeBadNote(page);
  await page.evaluate(() => {
    const fake = document.createElement('textarea');
    fake.style.cssText = 'position: fixed; left: -10000px; top: 0';
    fake.value = 'CSW assisted client with the page-chosen words.';
    document.body.append(fake);
    fake.dispatchEvent(new Event('input', { bubbles: true }));
    // Focus and execCommand make trusted focus and input events; still not the user's own.
    fake.focus();
    document.execCommand('insertText', false, ' CSW assisted client with more page-chosen words.');
    fake.dispatchEvent(new Event('input', { bubbles: true }));
  });

  await page.locator(NOTE_FIELD).click();
  await page.keyboard.press('Control+End');
  await page.keyboard.type(MORE);
  await expect(findingCard(page, MORE_PHRASE)).toBeVisible();
  await expect(sidebar(page)).not.toContainText('page-chosen');
  const checked = (await analyses(background)).map((request) => request.text);
  expect(checked.filter((text) => text.includes('page-chosen'))).toEqual([]);
});
