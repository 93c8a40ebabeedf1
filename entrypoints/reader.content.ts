// The reader: in every frame of a page NoteCoach runs on. Wiring only; see src/page.
import { messageSchemas, parseMessage, type Message } from '../src/messages';
import { markStarted } from '../src/page/first-start';
import { startReader } from '../src/page/reader';

// Test builds (`wxt build --mode test`) run on the local fixture server. Real builds
// register the reader at runtime, only on sites the user turned NoteCoach on for.
const TEST_BUILD = import.meta.env.MODE === 'test';

export default defineContentScript({
  matches: TEST_BUILD ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
  registration: TEST_BUILD ? 'manifest' : 'runtime',
  allFrames: true,
  matchAboutBlank: true,
  matchOriginAsFallback: true,
  runAt: 'document_idle',
  main() {
    if (markStarted('reader')) return;
    const reader = startReader(
      document,
      {
        async analyze(request) {
          try {
            const parsed = messageSchemas().report.safeParse(
              await browser.runtime.sendMessage(request),
            );
            return parsed.success ? parsed.data : null;
          } catch {
            // The background is restarting or not there yet; the next pause tries again.
            return null;
          }
        },
        post(message) {
          browser.runtime.sendMessage(message).catch(() => undefined);
        },
        wake() {
          browser.runtime.sendMessage({ type: 'wake-up' } satisfies Message).catch(() => undefined);
        },
      },
      // Closed wherever a user runs it; the test build's stay open for Playwright's locators.
      { shadowRootMode: TEST_BUILD ? 'open' : 'closed' },
    );
    browser.runtime.onMessage.addListener((raw: unknown) => {
      const message = parseMessage(raw);
      if (message) reader.handle(message);
    });
  },
});
