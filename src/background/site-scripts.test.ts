import { describe, expect, it } from 'vitest';
import {
  READER_SCRIPT_ID,
  SIDEBAR_SCRIPT_ID,
  createSiteRegistrar,
  type ScriptRegistry,
  type SiteScript,
} from './site-scripts';

/** The browser's registered content scripts, in memory, refusing duplicate ids as it does. */
function fakeRegistry() {
  const registered = new Map<string, SiteScript>();
  const scripting: ScriptRegistry = {
    getRegisteredContentScripts: async (filter) =>
      [...registered.values()].filter((s) => !filter?.ids || filter.ids.includes(s.id)),
    registerContentScripts: async (scripts) => {
      await Promise.resolve();
      for (const script of scripts) {
        if (registered.has(script.id)) throw new Error(`Duplicate script ID '${script.id}'`);
        registered.set(script.id, script);
      }
    },
    unregisterContentScripts: async (filter) => {
      for (const id of filter?.ids ?? []) registered.delete(id);
    },
  };
  return { scripting, registered };
}

describe('createSiteRegistrar', () => {
  it('registers the reader in every frame and the sidebar in the top frame of each site', async () => {
    const { scripting, registered } = fakeRegistry();
    await createSiteRegistrar(scripting)(['https://ehr.example.org/*']);
    const reader = registered.get(READER_SCRIPT_ID);
    const sidebar = registered.get(SIDEBAR_SCRIPT_ID);
    expect(reader).toMatchObject({
      js: ['/content-scripts/reader.js'],
      matches: ['https://ehr.example.org/*'],
      allFrames: true,
      matchOriginAsFallback: true,
    });
    expect(sidebar).toMatchObject({
      js: ['/content-scripts/sidebar.js'],
      matches: ['https://ehr.example.org/*'],
      allFrames: false,
    });
  });

  it('follows the list as sites are added and removed, and registers nothing for none', async () => {
    const { scripting, registered } = fakeRegistry();
    const register = createSiteRegistrar(scripting);
    await register(['https://a.example.org/*']);
    await register(['https://a.example.org/*', 'https://b.example.org/*']);
    expect(registered.get(READER_SCRIPT_ID)?.matches).toEqual([
      'https://a.example.org/*',
      'https://b.example.org/*',
    ]);
    await register([]);
    expect(registered.size).toBe(0);
  });

  it('runs overlapping calls one after another instead of registering an id twice', async () => {
    const { scripting, registered } = fakeRegistry();
    const register = createSiteRegistrar(scripting);
    await Promise.all([
      register(['https://a.example.org/*']),
      register(['https://b.example.org/*']),
      register(['https://c.example.org/*']),
    ]);
    expect(registered.get(SIDEBAR_SCRIPT_ID)?.matches).toEqual(['https://c.example.org/*']);
  });

  it('leaves scripts with other ids alone', async () => {
    const { scripting, registered } = fakeRegistry();
    registered.set('someone-else', {
      id: 'someone-else',
      js: ['x.js'],
      matches: ['https://x.example.org/*'],
      allFrames: false,
      runAt: 'document_idle',
    });
    await createSiteRegistrar(scripting)([]);
    expect([...registered.keys()]).toEqual(['someone-else']);
  });
});
