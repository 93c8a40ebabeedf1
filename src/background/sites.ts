// "Always on" sites. The user's list lives in storage (never anything about notes); a site
// counts only while the browser still grants its host permission, which the user can also
// withdraw from the browser's own extension settings.
import { z } from 'zod';

export const SITES_KEY = 'sites';

/** One host's match pattern, as `permissions.request` and `registerContentScripts` take it. */
const sitePatternSchema = z.string().regex(/^https?:\/\/[^/*]+\/\*$/);
const sitesSchema = z.array(sitePatternSchema);

export interface Site {
  /** e.g. 'https://ehr.example.org/*' */
  pattern: string;
  /** e.g. 'ehr.example.org' */
  host: string;
}

/** The parts of `browser` the site list uses; an extension page passes `browser` itself. */
export interface SitesApi {
  storage: {
    local: {
      get(key: string): Promise<Record<string, unknown>>;
      set(items: Record<string, unknown>): Promise<void>;
    };
  };
  permissions: {
    contains(permissions: { origins: string[] }): Promise<boolean>;
    remove(permissions: { origins: string[] }): Promise<boolean>;
  };
}

/** The pattern for the site a page is on, or null for pages NoteCoach cannot run on. */
export function sitePatternFor(url: string | undefined): string | null {
  if (!url) return null;
  try {
    const { protocol, hostname } = new URL(url);
    return protocol === 'http:' || protocol === 'https:' ? `${protocol}//${hostname}/*` : null;
  } catch {
    return null;
  }
}

/** 'ehr.example.org' for 'https://ehr.example.org/*'. */
export function siteHost(pattern: string): string {
  return pattern.replace(/^https?:\/\//, '').replace(/\/\*$/, '');
}

/** The stored list; a corrupted value reads as no sites rather than breaking the popup. */
async function storedPatterns(api: SitesApi): Promise<string[]> {
  const stored = await api.storage.local.get(SITES_KEY);
  const parsed = sitesSchema.safeParse(stored[SITES_KEY]);
  return parsed.success ? parsed.data : [];
}

async function granted(api: SitesApi, pattern: string): Promise<boolean> {
  return api.permissions.contains({ origins: [pattern] }).catch(() => false);
}

/** The sites NoteCoach is on for: listed by the user and still permitted, sorted by host. */
export async function listSites(api: SitesApi): Promise<Site[]> {
  const patterns = await storedPatterns(api);
  const allowed = await Promise.all(patterns.map((pattern) => granted(api, pattern)));
  return patterns
    .filter((_, i) => allowed[i])
    .map((pattern) => ({ pattern, host: siteHost(pattern) }))
    .sort((a, b) => a.host.localeCompare(b.host));
}

export async function isSiteOn(api: SitesApi, pattern: string): Promise<boolean> {
  return (await storedPatterns(api)).includes(pattern) && granted(api, pattern);
}

/**
 * Lists a site whose permission the caller has just obtained with `permissions.request`
 * (which needs the click that asked for it, so it cannot happen here). False if not granted.
 */
export async function addSite(api: SitesApi, pattern: string): Promise<boolean> {
  if (!sitePatternSchema.safeParse(pattern).success || !(await granted(api, pattern))) {
    return false;
  }
  const patterns = await storedPatterns(api);
  if (!patterns.includes(pattern)) {
    await api.storage.local.set({ [SITES_KEY]: [...patterns, pattern] });
  }
  return true;
}

/** Takes a site off the list and gives its host permission back to the user. */
export async function removeSite(api: SitesApi, pattern: string): Promise<void> {
  const patterns = await storedPatterns(api);
  await api.storage.local.set({ [SITES_KEY]: patterns.filter((p) => p !== pattern) });
  await api.permissions.remove({ origins: [pattern] }).catch(() => false);
}

/** Drops listed sites whose permission the user withdrew in the browser's own settings. */
export async function forgetRevokedSites(api: SitesApi): Promise<void> {
  const patterns = await storedPatterns(api);
  const allowed = await Promise.all(patterns.map((pattern) => granted(api, pattern)));
  const kept = patterns.filter((_, i) => allowed[i]);
  if (kept.length !== patterns.length) await api.storage.local.set({ [SITES_KEY]: kept });
}
