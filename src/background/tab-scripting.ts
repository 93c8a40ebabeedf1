// TabScripting over the browser's scripting API: the one place that calls executeScript.
import { z } from 'zod';
import type { browser } from 'wxt/browser';
import { startedInFrame } from '../page/first-start';
import type { TabScripting } from './check-tab';

const startedSchema = z.array(z.boolean());

export function tabScripting(scripting: typeof browser.scripting): TabScripting {
  return {
    async startedIn(tabId, names) {
      const results = await scripting.executeScript({
        target: { tabId, allFrames: true },
        func: startedInFrame,
        args: [names],
      });
      return results.map(({ frameId, result }) => {
        const started = startedSchema.safeParse(result);
        return { frameId, started: started.success ? started.data : [] };
      });
    },
    inject: (tabId, frameIds, file) =>
      scripting.executeScript({ target: { tabId, frameIds }, files: [file] }),
  };
}
