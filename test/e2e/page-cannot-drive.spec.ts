// A hostile or buggy EHR page cannot steer NoteCoach: its scripted clicks and keys on the
// sidebar do nothing, a field the user never touched is never coached, and the content
// scripts tell the page nothing it could replay. On the test build, whose shadow roots stay
// open: the page can reach every sidebar button here, so what is proved is that reaching one
// is not enough.
import type { Page } from '@playwright/test';
import { expect, test } from './extension';
import { listenLikeTheSidebar } from './sidebar-requests';
import { BAD_NOTE, VAGUE_PHRASE, findingCard, resetSidebarLayout } from './sidebar-ui';

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
