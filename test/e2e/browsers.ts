// One handle on a tab with NoteCoach in it, whichever browser runs it, so the core end-to-end
// tests are written once: Chromium through Playwright, Firefox ESR through puppeteer-core over
// WebDriver BiDi. Page code runs as functions evaluated in the page, the same in both.
import type { BrowserContext, FrameLocator, Locator, Page, Worker } from '@playwright/test';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import puppeteer, {
  type Browser as BidiBrowser,
  type ElementHandle,
  type Frame as BidiFrame,
  type Page as BidiPage,
} from 'puppeteer-core';
import { FIREFOX_EXTENSION_UUID, firefoxArgs, firefoxExtensionDir } from './launch';

export type BrowserChoice = 'chromium' | 'firefox';

/** Generous for a 2-core machine shared with other jobs; every wait is on a condition. */
const WAIT_MS = 15_000;

/** Where a note editor is: its page, the iframes down to it, its element, what to click first. */
export interface EditorTarget {
  path: string;
  /** iframe selectors from the top page down to the editor's document. */
  frames?: string[];
  editor: string;
  /** Clicked before the editor exists (a "New note" button). */
  open?: string;
  /** The `#autosave` line is in the top page, not beside the editor in its frame. */
  autosaveOutside?: boolean;
}

/**
 * A context of the extension that can read its storage and message its content scripts: the
 * service worker in Chromium, an extension page in a tab in Firefox.
 */
export interface ExtensionContext {
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
}

export interface NoteTab {
  readonly browser: BrowserChoice;
  goto(path: string): Promise<void>;
  reload(): Promise<void>;
  /** Opens the target's editor if it must be opened, then clicks into it. */
  clickEditor(target: EditorTarget): Promise<void>;
  /** Runs `fn` on the target's editor element; `fn` is serialised into the page. */
  onEditor<R, A>(target: EditorTarget, fn: (el: Element, arg: A) => R, arg: A): Promise<R>;
  /** The `#autosave` line beside the editor: what the page's own editor model holds. */
  autosaved(target: EditorTarget): Promise<string>;
  /** Runs `fn` in the top page. */
  evaluate<R, A>(fn: (arg: A) => R | Promise<R>, arg: A): Promise<R>;
  type(text: string): Promise<void>;
  /** A chord such as `Control+z`. */
  press(chord: string): Promise<void>;
  clickAt(x: number, y: number): Promise<void>;
  screenshot(path: string): Promise<void>;
  /** Everything printed to a console since the tab opened: the page's and the extension's. */
  consoleText(): string;
  /** Every request for a host other than 127.0.0.1 since the tab opened, by any part of the browser. */
  outboundRequests(): string[];
  close(): Promise<void>;
}

/** The browsers a test worker has started, each started on first use and closed at the end. */
export interface Browsers {
  chromium(): Promise<{ context: BrowserContext; worker: Worker }>;
  firefox(): Promise<FirefoxSession>;
  close(): Promise<void>;
}

interface FirefoxSession {
  browser: BidiBrowser;
  extensionPage: BidiPage;
  output: string[];
  requests: string[];
}

/** Resolves once `check` does, asking again each frame-ish tick until WAIT_MS have passed. */
async function until(check: () => Promise<boolean>): Promise<void> {
  const deadline = Date.now() + WAIT_MS;
  while (!(await check())) {
    if (Date.now() > deadline) throw new Error(`not ready after ${WAIT_MS} ms`);
    await new Promise((tick) => setTimeout(tick, 50));
  }
}

function chordParts(chord: string): { modifiers: string[]; key: string } {
  const parts = chord.split('+');
  return { modifiers: parts.slice(0, -1), key: parts.at(-1)! };
}

/**
 * Firefox's own services (remote settings, captive-portal checks), which belong to no page or
 * extension, as Chromium's update and sign-in traffic does not reach Playwright. NoteCoach could
 * not reach them anyway: its pages' CSP connects nowhere and it holds no host permission there.
 */
const FIREFOX_OWN_HOSTS = /(^|\.)(mozilla\.(com|net|org)|firefox\.com)$/;

/** A proxy that answers nothing and remembers what was asked of it, once per address. */
async function recordingProxy(requests: string[]): Promise<Server> {
  const record = (url: string) => {
    if (!FIREFOX_OWN_HOSTS.test(new URL(url).hostname) && !requests.includes(url)) {
      requests.push(url);
    }
  };
  const proxy = createServer((request, response) => {
    record(request.url ?? '');
    response.writeHead(502).end();
  });
  proxy.on('connect', (request: { url?: string }, socket: { end(reply: string): void }) => {
    record(`https://${(request.url ?? '').replace(/:443$/, '')}/`);
    socket.end('HTTP/1.1 502 Bad Gateway\r\n\r\n');
  });
  await new Promise<void>((done) => proxy.listen(0, '127.0.0.1', done));
  return proxy;
}

async function startFirefox(): Promise<FirefoxSession & { proxy: Server }> {
  const requests: string[] = [];
  const proxy = await recordingProxy(requests);
  const browser = await puppeteer.launch(firefoxArgs((proxy.address() as AddressInfo).port));
  // A background console.error reaches Firefox's own output, without the extension's address.
  const output: string[] = [];
  browser.process()?.stdout?.on('data', (chunk: Buffer) => output.push(String(chunk)));
  browser.process()?.stderr?.on('data', (chunk: Buffer) => output.push(String(chunk)));
  await browser.installExtension(firefoxExtensionDir);
  const extensionPage = await browser.newPage();
  // The page loads, but puppeteer never hears its navigation finish: wait for its API instead.
  await extensionPage
    .goto(`moz-extension://${FIREFOX_EXTENSION_UUID}/options.html`, { timeout: 2_000 })
    .catch(() => undefined);
  // Its CSP forbids puppeteer's waitForFunction (it compiles with Function()): poll instead.
  await until(() =>
    extensionPage
      .evaluate(() => typeof (globalThis as { browser?: { tabs?: object } }).browser?.tabs)
      .then((type) => type === 'object')
      .catch(() => false),
  ).catch(async (error: unknown) => {
    await browser.close();
    proxy.close();
    throw error;
  });
  return { browser, extensionPage, output, requests, proxy };
}

/** `launchChromium` is the Playwright launch of the build under test (see extension.ts). */
export function browsers(launchChromium: () => Promise<BrowserContext>): Browsers {
  let chromium: Promise<{ context: BrowserContext; worker: Worker }> | undefined;
  let firefox: Promise<FirefoxSession & { proxy: Server }> | undefined;
  return {
    chromium: () =>
      (chromium ??= launchChromium().then(async (context) => ({
        context,
        worker: context.serviceWorkers()[0] ?? (await context.waitForEvent('serviceworker')),
      }))),
    firefox: () => (firefox ??= startFirefox()),
    async close() {
      if (chromium) await (await chromium).context.close();
      if (firefox) {
        const { browser, proxy } = await firefox;
        await browser.close();
        proxy.close();
      }
    },
  };
}

export function chromiumContext(worker: Worker): ExtensionContext {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      worker.evaluate(fn as never, arg) as Promise<R>,
  };
}

export function firefoxContext(session: FirefoxSession): ExtensionContext {
  return {
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      session.extensionPage.evaluate(fn as never, arg) as Promise<R>,
  };
}

/** A new Chromium tab; `baseURL` is the fixture server's. */
export async function chromiumTab(
  context: BrowserContext,
  worker: Worker,
  baseURL: string,
): Promise<NoteTab> {
  const page = await context.newPage();
  const lines: string[] = [];
  const requests: string[] = [];
  const onConsole = (message: { text(): string }) => lines.push(message.text());
  const onRequest = (request: { url(): string }) => {
    const url = new URL(request.url());
    if (url.hostname !== '127.0.0.1' && url.protocol !== 'chrome-extension:') {
      requests.push(request.url());
    }
  };
  page.on('console', onConsole);
  worker.on('console', onConsole);
  context.on('request', onRequest);
  const frameOf = (target: EditorTarget): Page | FrameLocator =>
    (target.frames ?? []).reduce<Page | FrameLocator>(
      (scope, frame) => scope.frameLocator(frame),
      page,
    );
  const editorOf = (target: EditorTarget): Locator => frameOf(target).locator(target.editor);
  return {
    browser: 'chromium',
    goto: async (path) => {
      await page.goto(new URL(path, baseURL).href);
    },
    reload: async () => {
      await page.reload();
    },
    async clickEditor(target) {
      if (target.open) await frameOf(target).locator(target.open).click();
      await editorOf(target).click();
    },
    onEditor: <R, A>(target: EditorTarget, fn: (el: Element, arg: A) => R, arg: A) =>
      editorOf(target).evaluate(fn as never, arg) as Promise<R>,
    autosaved: async (target) =>
      (await (target.autosaveOutside ? page : frameOf(target))
        .locator('#autosave')
        .getAttribute('data-model-text')) ?? '',
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as never, arg) as Promise<R>,
    type: (text) => page.keyboard.type(text),
    press: (chord) => page.keyboard.press(chord),
    clickAt: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => {
      await page.screenshot({ path });
    },
    consoleText: () => lines.join('\n'),
    outboundRequests: () => [...requests],
    async close() {
      worker.off('console', onConsole);
      context.off('request', onRequest);
      await page.close();
    },
  };
}

/** A new Firefox tab; `baseURL` is the fixture server's. */
export async function firefoxTab(session: FirefoxSession, baseURL: string): Promise<NoteTab> {
  const page = await session.browser.newPage();
  const lines: string[] = [];
  page.on('console', (message) => lines.push(message.text()));
  const outputFrom = session.output.length;
  const requestsFrom = session.requests.length;
  async function frameOf(target: EditorTarget): Promise<BidiFrame> {
    let frame = page.mainFrame();
    for (const selector of target.frames ?? []) {
      const element = await frame.waitForSelector(selector, { timeout: WAIT_MS });
      const inner = await element!.contentFrame();
      if (!inner) throw new Error(`${selector} has no document`);
      frame = inner;
    }
    return frame;
  }
  async function editorOf(target: EditorTarget): Promise<ElementHandle<Element>> {
    const frame = await frameOf(target);
    const element = await frame.waitForSelector(target.editor, { timeout: WAIT_MS });
    if (!element) throw new Error(`no ${target.editor}`);
    return element;
  }
  /**
   * Clicks the middle of `selector` in the target's frame. puppeteer's ElementHandle.click in an
   * iframe asks for the frame's element with a `context` locator, which Firefox ESR 140's
   * browsingContext.locateNodes rejects: add up the iframes' content boxes and click the page.
   */
  async function clickIn(target: EditorTarget, selector: string): Promise<void> {
    if (!target.frames?.length) {
      await (await (
        await frameOf(target)
      ).waitForSelector(selector, { timeout: WAIT_MS }))!.click();
      return;
    }
    let frame = page.mainFrame();
    let x = 0;
    let y = 0;
    for (const frameSelector of target.frames) {
      const element = await frame.waitForSelector(frameSelector, { timeout: WAIT_MS });
      const box = await element!.evaluate((el) => {
        const rect = el.getBoundingClientRect();
        return { x: rect.left + el.clientLeft, y: rect.top + el.clientTop };
      });
      x += box.x;
      y += box.y;
      const inner = await element!.contentFrame();
      if (!inner) throw new Error(`${frameSelector} has no document`);
      frame = inner;
    }
    const element = await frame.waitForSelector(selector, { timeout: WAIT_MS });
    const middle = await element!.evaluate((el) => {
      const rect = el.getBoundingClientRect();
      return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
    });
    await page.mouse.click(x + middle.x, y + middle.y);
  }
  return {
    browser: 'firefox',
    goto: async (path) => {
      await page.goto(new URL(path, baseURL).href, { timeout: WAIT_MS });
    },
    reload: async () => {
      await page.reload({ timeout: WAIT_MS });
    },
    async clickEditor(target) {
      if (target.open) await clickIn(target, target.open);
      await clickIn(target, target.editor);
    },
    async onEditor<R, A>(target: EditorTarget, fn: (el: Element, arg: A) => R, arg: A) {
      return (await editorOf(target)).evaluate(fn as never, arg) as Promise<R>;
    },
    async autosaved(target) {
      const frame = target.autosaveOutside ? page.mainFrame() : await frameOf(target);
      return frame.$eval('#autosave', (el) => el.getAttribute('data-model-text') ?? '');
    },
    evaluate: <R, A>(fn: (arg: A) => R | Promise<R>, arg: A) =>
      page.evaluate(fn as never, arg) as Promise<R>,
    type: (text) => page.keyboard.type(text),
    async press(chord) {
      const { modifiers, key } = chordParts(chord);
      for (const modifier of modifiers) await page.keyboard.down(modifier as 'Control');
      await page.keyboard.press(key as 'z');
      for (const modifier of modifiers.reverse()) await page.keyboard.up(modifier as 'Control');
    },
    clickAt: (x, y) => page.mouse.click(x, y),
    screenshot: async (path) => {
      await page.screenshot({ path: path as `${string}.png` });
    },
    consoleText: () => [...lines, ...session.output.slice(outputFrom)].join('\n'),
    outboundRequests: () => session.requests.slice(requestsFrom),
    close: () => page.close(),
  };
}
