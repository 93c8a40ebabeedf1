// Keeps the browser's registered content scripts in step with the user's sites, so the
// reader and sidebar start by themselves on those sites and nowhere else.
import { READER_FILE, SIDEBAR_FILE } from './content-scripts';

export const READER_SCRIPT_ID = 'notecoach-reader';
export const SIDEBAR_SCRIPT_ID = 'notecoach-sidebar';
const OUR_IDS = [READER_SCRIPT_ID, SIDEBAR_SCRIPT_ID];

export interface SiteScript {
  id: string;
  js: string[];
  matches: string[];
  allFrames: boolean;
  /** Also the about:blank and srcdoc frames rich-text editors write notes in. */
  matchOriginAsFallback?: boolean;
  runAt: 'document_idle';
}

/** The part of `browser.scripting` used here. */
export interface ScriptRegistry {
  getRegisteredContentScripts(filter?: { ids?: string[] }): Promise<{ id: string }[]>;
  registerContentScripts(scripts: SiteScript[]): Promise<unknown>;
  unregisterContentScripts(filter?: { ids?: string[] }): Promise<unknown>;
}

/** The reader in every frame and the sidebar in the top frame of each listed site. */
export function siteScripts(patterns: readonly string[]): SiteScript[] {
  const matches = [...patterns];
  return [
    {
      id: READER_SCRIPT_ID,
      js: [READER_FILE],
      matches,
      allFrames: true,
      matchOriginAsFallback: true,
      runAt: 'document_idle',
    },
    {
      id: SIDEBAR_SCRIPT_ID,
      js: [SIDEBAR_FILE],
      matches,
      allFrames: false,
      runAt: 'document_idle',
    },
  ];
}

async function replaceRegistrations(scripting: ScriptRegistry, patterns: readonly string[]) {
  const registered = await scripting.getRegisteredContentScripts({ ids: OUR_IDS });
  if (registered.length > 0) {
    await scripting.unregisterContentScripts({ ids: registered.map((script) => script.id) });
  }
  if (patterns.length > 0) await scripting.registerContentScripts(siteScripts(patterns));
}

/**
 * Returns `register(patterns)`, which makes the registered scripts cover exactly `patterns`.
 * Calls run one after another: two overlapping ones would register the same id twice.
 */
export function createSiteRegistrar(scripting: ScriptRegistry) {
  let last: Promise<void> = Promise.resolve();
  return (patterns: readonly string[]): Promise<void> => {
    const next = last.then(() => replaceRegistrations(scripting, patterns));
    // One failed call must not block the ones after it; the caller still sees its error.
    last = next.catch(() => undefined);
    return next;
  };
}
