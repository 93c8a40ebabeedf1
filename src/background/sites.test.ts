import { describe, expect, it } from 'vitest';
import {
  SITES_KEY,
  addSite,
  forgetRevokedSites,
  isSiteOn,
  listSites,
  removeSite,
  sitePatternFor,
  type SitesApi,
} from './sites';

/** Extension storage and the browser's granted host permissions, in memory. */
function fakeBrowser(granted: string[] = [], stored: unknown = undefined) {
  const store: Record<string, unknown> = stored === undefined ? {} : { [SITES_KEY]: stored };
  const origins = new Set(granted);
  const api: SitesApi = {
    storage: {
      local: {
        get: async (key) => (key in store ? { [key]: store[key] } : {}),
        set: async (items) => void Object.assign(store, items),
      },
    },
    permissions: {
      contains: async ({ origins: asked }) => asked.every((origin) => origins.has(origin)),
      remove: async ({ origins: given }) => given.every((origin) => origins.delete(origin)),
    },
  };
  return { api, store, origins };
}

describe('sitePatternFor', () => {
  it("gives one host's pattern for any web page on it, whatever the port and path", () => {
    expect(sitePatternFor('https://ehr.example.org/notes/12?tab=2')).toBe(
      'https://ehr.example.org/*',
    );
    expect(sitePatternFor('http://127.0.0.1:4802/textarea.html')).toBe('http://127.0.0.1/*');
  });

  it('gives nothing for pages NoteCoach cannot run on', () => {
    expect(sitePatternFor('chrome://extensions/')).toBeNull();
    expect(sitePatternFor('file:///home/note.html')).toBeNull();
    expect(sitePatternFor(undefined)).toBeNull();
    expect(sitePatternFor('not a url')).toBeNull();
  });
});

describe('the site list', () => {
  const ehr = 'https://ehr.example.org/*';

  it('lists a site once its permission is granted, and only once', async () => {
    const { api, store } = fakeBrowser([ehr]);
    expect(await addSite(api, ehr)).toBe(true);
    expect(await addSite(api, ehr)).toBe(true);
    expect(store[SITES_KEY]).toEqual([ehr]);
    expect(await listSites(api)).toEqual([{ pattern: ehr, host: 'ehr.example.org' }]);
    expect(await isSiteOn(api, ehr)).toBe(true);
  });

  it('refuses a site whose permission the user did not give', async () => {
    const { api, store } = fakeBrowser([]);
    expect(await addSite(api, ehr)).toBe(false);
    expect(store[SITES_KEY]).toBeUndefined();
    expect(await isSiteOn(api, ehr)).toBe(false);
  });

  it('refuses anything broader than one host', async () => {
    const { api } = fakeBrowser(['https://*/*', '<all_urls>']);
    expect(await addSite(api, 'https://*/*')).toBe(false);
    expect(await addSite(api, '<all_urls>')).toBe(false);
  });

  it('does not count a listed site whose permission was withdrawn in the browser', async () => {
    const { api, origins } = fakeBrowser([ehr, 'https://other.example.org/*']);
    await addSite(api, ehr);
    await addSite(api, 'https://other.example.org/*');
    origins.delete(ehr);
    expect((await listSites(api)).map((site) => site.host)).toEqual(['other.example.org']);
    expect(await isSiteOn(api, ehr)).toBe(false);
  });

  it('forgets withdrawn sites so a later grant does not turn them back on silently', async () => {
    const { api, origins, store } = fakeBrowser([ehr]);
    await addSite(api, ehr);
    origins.delete(ehr);
    await forgetRevokedSites(api);
    expect(store[SITES_KEY]).toEqual([]);
    origins.add(ehr);
    expect(await isSiteOn(api, ehr)).toBe(false);
  });

  it('removing a site unlists it and gives its permission back', async () => {
    const { api, origins } = fakeBrowser([ehr]);
    await addSite(api, ehr);
    await removeSite(api, ehr);
    expect(await listSites(api)).toEqual([]);
    expect(origins.has(ehr)).toBe(false);
  });

  it('reads a corrupted stored list as no sites', async () => {
    const { api } = fakeBrowser([ehr], { not: 'a list' });
    expect(await listSites(api)).toEqual([]);
    expect(await addSite(api, ehr)).toBe(true);
    expect(await listSites(api)).toEqual([{ pattern: ehr, host: 'ehr.example.org' }]);
  });

  it('sorts sites by host', async () => {
    const sites = ['https://b.example.org/*', 'http://a.example.org/*'];
    const { api } = fakeBrowser(sites);
    for (const site of sites) await addSite(api, site);
    expect((await listSites(api)).map((site) => site.host)).toEqual([
      'a.example.org',
      'b.example.org',
    ]);
  });
});
