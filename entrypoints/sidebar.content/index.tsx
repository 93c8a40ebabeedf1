// The sidebar: top frame only, in a shadow root so the EHR's styles and ours never meet.
import { render } from 'preact';
import { markStarted } from '../../src/page/first-start';
import { acceptOnlyTrustedEvents } from '../../src/page/trusted-events';
import styles from '../../src/ui/sidebar.css?inline';
import { SidebarHost } from './SidebarHost';

// Test builds (`wxt build --mode test`) run on the local demo and fixture servers. Real builds
// register the sidebar at runtime, only on sites the user turned NoteCoach on for.
const TEST_BUILD = import.meta.env.MODE === 'test';

export default defineContentScript({
  matches: TEST_BUILD ? ['http://127.0.0.1/*', 'http://localhost/*'] : [],
  registration: TEST_BUILD ? 'manifest' : 'runtime',
  allFrames: false,
  runAt: 'document_idle',
  // The stylesheet is passed in as text below; nothing is injected into the page itself.
  cssInjectionMode: 'manual',
  async main(ctx) {
    // No early return: the script context retires an older copy of this script when a new one
    // starts (src/page/quiet-script-context.ts).
    markStarted('sidebar');
    // Loading the script and drawing the panel are two tasks, not one long one: the page gets
    // the main thread back in between (a paste, a key) instead of waiting for both.
    await nextTask();
    const ui = await createShadowRootUi(ctx, {
      name: 'notecoach-sidebar',
      position: 'inline',
      anchor: 'body',
      append: 'last',
      css: styles,
      isolateEvents: true,
      // Closed wherever a user runs it, so no page script can read the findings; the test
      // build's stays open for Playwright's locators.
      mode: TEST_BUILD ? 'open' : 'closed',
      onMount(container, shadow) {
        // Only the user's own clicks and keys: a page script's made-up ones are dropped.
        const stopFiltering = acceptOnlyTrustedEvents(shadow);
        render(<SidebarHost />, container);
        return { container, stopFiltering };
      },
      onRemove(mounted) {
        if (!mounted) return;
        render(null, mounted.container);
        mounted.stopFiltering();
      },
    });
    // The panel is drawn in a task of its own, after the host and its stylesheet.
    await nextTask();
    ui.mount();
  },
});

const nextTask = () => new Promise<void>((resolve) => setTimeout(resolve, 0));
