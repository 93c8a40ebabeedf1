// What a page script can learn of NoteCoach's findings: nothing. Run on the production-like
// build (`npm run build:e2e`), whose sidebar and underline host have closed shadow roots as in
// every build a user installs, with NoteCoach turned on for the fixture site. A page script
// probes every way in it has: the elements NoteCoach adds and their shadow roots, the HTML of
// the whole page with serializable shadow roots, the highlight registry, messages posted to its
// window, its frames and its parent. The finding is there all along, as the DevTools protocol
// shows (closed-shadow.ts); the page finds none of its words.
import type { Frame, Page, Worker } from '@playwright/test';
import { sidebarSeen } from './closed-shadow';
import { expect, testWithBuild } from './extension';

const test = testWithBuild({ dir: 'chrome-mv3-e2e', command: 'npm run build:e2e' });

const SITE = 'http://127.0.0.1/*';
/** The fixture server's second port: another origin (test/e2e/static-server.mjs). */
const OTHER_ORIGIN = `http://127.0.0.1:${Number(process.env.FIXTURE_PORT ?? 4791) + 1}`;

/** A word no rule or fixture holds, inside the words the engine flags. */
const MARKER = 'Qzorvath5521';
const NOTE = `Met Jordan at his apartment.\nCSW assisted client with the ${MARKER} bill.`;
const FINDING = `Vague wording: assisted client with the ${MARKER} bill`;

interface WorkerChrome {
  storage: { local: { set(items: object): Promise<void> } };
  scripting: { getRegisteredContentScripts(): Promise<unknown[]> };
}
declare const chrome: WorkerChrome;

/** What the popup's "Always on for this site" leaves behind once the permission is granted. */
async function turnOnFor(background: Worker, sites: string[]) {
  await background.evaluate((list) => chrome.storage.local.set({ sites: list }), sites);
  await expect
    .poll(() =>
      background.evaluate(
        async () => (await chrome.scripting.getRegisteredContentScripts()).length,
      ),
    )
    .toBe(sites.length > 0 ? 2 : 0);
}

test.beforeEach(async ({ background, page }) => {
  await turnOnFor(background, [SITE]);
  // Every frame records what is posted to its window from the moment it starts.
  await page.addInitScript(() => {
    const heard: string[] = [];
    Object.assign(window, { heardMessages: heard });
    window.addEventListener('message', (event) => heard.push(JSON.stringify(event.data)));
  });
});

test.afterEach(async ({ background }) => turnOnFor(background, []));

/**
 * Runs in the page: everything a script there can read of NoteCoach. With `wholePage`, the
 * whole document too (only where the note is not the page's own).
 */
function probe(wholePage: boolean): string[] {
  const seen: string[] = [];
  const tryRead = (read: () => unknown) => {
    try {
      seen.push(String(read()));
    } catch (error) {
      seen.push(`refused: ${String(error)}`);
    }
  };
  const everyElement = [...document.querySelectorAll('*')];
  for (const element of everyElement) {
    if (element.shadowRoot) seen.push(element.shadowRoot.innerHTML);
    if (!element.localName.startsWith('notecoach-')) continue;
    seen.push(element.outerHTML, element.textContent ?? '');
    tryRead(() => (element as HTMLElement).innerText);
    tryRead(() => element.getHTML({ serializableShadowRoots: true }));
  }
  if (wholePage) {
    tryRead(() => document.documentElement.getHTML({ serializableShadowRoots: true }));
    tryRead(() => document.body.innerText);
  }
  for (const [name, highlight] of CSS.highlights) {
    seen.push(name, ...[...highlight].map((range) => range.toString()));
  }
  seen.push(...((window as unknown as { heardMessages?: string[] }).heardMessages ?? []));
  tryRead(() => window.getSelection()?.toString());
  for (let i = 0; i < window.frames.length; i += 1) {
    tryRead(() => window.frames[i]!.document.documentElement.outerHTML);
  }
  if (window.parent !== window) {
    tryRead(() => window.parent.document.documentElement.outerHTML);
    tryRead(() => window.top!.document.querySelector('notecoach-sidebar')?.shadowRoot?.innerHTML);
  }
  tryRead(() => typeof (globalThis as { chrome?: { runtime?: unknown } }).chrome?.runtime);
  return seen;
}

async function probeFrom(where: Page | Frame, wholePage: boolean): Promise<string> {
  return (await where.evaluate(probe, wholePage)).join('\n');
}

async function addFrame(page: Page, url: string): Promise<Frame> {
  await page.evaluate((src) => {
    const frame = document.createElement('iframe');
    frame.src = src;
    frame.style.cssText = 'width: 600px; height: 420px';
    document.body.prepend(frame);
  }, url);
  await expect.poll(() => page.frames().some((frame) => frame.url() === url)).toBe(true);
  return page.frames().find((frame) => frame.url() === url)!;
}

test('a page script reads none of a finding of the note typed in it, nor does a frame of another origin', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const otherSite = await addFrame(page, `${OTHER_ORIGIN}/contenteditable.html`);
  await page.locator('textarea[name=note]').click();
  await page.keyboard.type(NOTE);
  await expect.poll(async () => (await sidebarSeen(page))?.findings).toContain(FINDING);

  const inPage = await probeFrom(page, false);
  expect(inPage).toContain('refused');
  expect(inPage).not.toContain(MARKER);
  expect(inPage).not.toContain('Vague wording');
  const inOtherSite = await probeFrom(otherSite, true);
  expect(inOtherSite).toContain('refused');
  expect(inOtherSite).not.toContain(MARKER);
  expect(inOtherSite).not.toContain('Vague wording');
});

test('a page reads none of a finding of a note typed in a frame of another origin', async ({
  page,
}) => {
  await page.goto('textarea.html');
  const noteSite = await addFrame(page, `${OTHER_ORIGIN}/contenteditable.html`);
  await noteSite.locator('.plain-editor').click();
  await page.keyboard.type(NOTE);
  // The sidebar lives in the top page and lists the frame's finding, flagged words and all.
  await expect.poll(async () => (await sidebarSeen(page))?.findings).toContain(FINDING);

  const inPage = await probeFrom(page, true);
  expect(inPage).toContain('refused');
  expect(inPage).not.toContain(MARKER);
  expect(inPage).not.toContain('Vague wording');
});

test('rich editors are underlined under highlight names a page cannot guess, new for each load', async ({
  page,
}) => {
  const namesAfterTyping = async () => {
    await page.goto('contenteditable.html');
    await page.locator('.plain-editor').click();
    await page.keyboard.type(NOTE);
    await expect.poll(async () => (await sidebarSeen(page))?.findings).toContain(FINDING);
    return page.evaluate(() => [...CSS.highlights.keys()]);
  };
  const first = await namesAfterTyping();
  expect(first).toHaveLength(3);
  for (const name of first) expect(name).not.toMatch(/notecoach|error|warning|info/i);
  const second = await namesAfterTyping();
  expect(second.filter((name) => first.includes(name))).toEqual([]);
});
