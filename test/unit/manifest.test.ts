// Pins what the extension asks the browser for. A new permission, host access, content
// script or loosened policy must be a deliberate change to this file, reviewed as such.
// The test builds the extension with WXT itself, so it checks the manifest that ships.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { build } from 'wxt';

interface Manifest {
  permissions?: string[];
  optional_permissions?: string[];
  host_permissions?: string[];
  optional_host_permissions?: string[];
  content_scripts?: unknown[];
  externally_connectable?: unknown;
  web_accessible_resources?: unknown[];
  content_security_policy?: { extension_pages?: string } | string;
  background?: { service_worker?: string; scripts?: string[] };
  browser_specific_settings?: { gecko?: { id?: string } };
  commands?: Record<string, { suggested_key?: { default?: string } }>;
}

const root = resolve(import.meta.dirname, '..', '..');
const outDir = mkdtempSync(join(tmpdir(), 'notecoach-manifest-'));
const manifests: Partial<Record<'chrome' | 'firefox', Manifest>> = {};
/** The shipped content scripts' code, by browser and script name. */
const contentScripts: Partial<Record<'chrome' | 'firefox', Record<string, string>>> = {};
const CONTENT_SCRIPTS = ['reader', 'sidebar'];

beforeAll(async () => {
  for (const browser of ['chrome', 'firefox'] as const) {
    await build({
      root,
      browser,
      manifestVersion: 3,
      mode: 'production',
      outDir,
      logger: quietLogger(),
    });
    const file = join(outDir, `${browser}-mv3`, 'manifest.json');
    manifests[browser] = JSON.parse(readFileSync(file, 'utf8')) as Manifest;
    contentScripts[browser] = Object.fromEntries(
      CONTENT_SCRIPTS.map((name) => [
        name,
        readFileSync(join(outDir, `${browser}-mv3`, 'content-scripts', `${name}.js`), 'utf8'),
      ]),
    );
  }
}, 600_000);

afterAll(() => rmSync(outDir, { recursive: true, force: true }));

function quietLogger() {
  const ignore = () => undefined;
  return {
    debug: ignore,
    log: ignore,
    info: ignore,
    warn: ignore,
    error: console.error,
    fatal: console.error,
    success: ignore,
    level: 0,
  };
}

function directives(csp: string): Map<string, string> {
  return new Map(
    csp
      .split(';')
      .map((part) => part.trim().split(/\s+/))
      .filter((words) => words[0])
      .map(([name, ...values]) => [name!, values.join(' ')]),
  );
}

describe.each(['chrome', 'firefox'] as const)('the %s manifest', (browser) => {
  const manifest = () => manifests[browser]!;

  it('asks for exactly these permissions and nothing optional besides sites', () => {
    expect([...(manifest().permissions ?? [])].sort()).toEqual(
      ['activeTab', 'contextMenus', 'scripting', 'storage'].sort(),
    );
    expect(manifest().optional_permissions).toBeUndefined();
  });

  it('has no host access of its own: sites are asked for one at a time', () => {
    expect(manifest().host_permissions ?? []).toEqual([]);
    expect(manifest().optional_host_permissions).toEqual(['http://*/*', 'https://*/*']);
    expect(JSON.stringify(manifest())).not.toContain('<all_urls>');
  });

  it('declares no content script: nothing runs on a page until the user allows it', () => {
    expect(manifest().content_scripts ?? []).toEqual([]);
  });

  it('lets no web page or other extension talk to it, and exposes no files to pages', () => {
    expect(manifest().externally_connectable).toBeUndefined();
    expect(manifest().web_accessible_resources ?? []).toEqual([]);
  });

  it('locks its own pages down: own scripts and workers only, no network, no plugins', () => {
    const policy = manifest().content_security_policy;
    const csp = directives(typeof policy === 'string' ? policy : (policy?.extension_pages ?? ''));
    expect(csp.get('default-src')).toBe("'self'");
    expect(csp.get('script-src')).toBe("'self'");
    expect(csp.get('worker-src')).toBe("'self'");
    expect(csp.get('connect-src')).toBe("'none'");
    expect(csp.get('object-src')).toBe("'none'");
    expect(csp.get('frame-src')).toBe("'none'");
    expect(csp.get('base-uri')).toBe("'none'");
    expect(csp.get('form-action')).toBe("'none'");
  });

  it("starts its content scripts with the quiet context, not WXT's, which announces them to the page", () => {
    for (const name of CONTENT_SCRIPTS) {
      expect(contentScripts[browser]?.[name], name).toContain('notecoach.context.');
    }
  });

  it('closes the shadow roots its content scripts add to pages, so no page reads the findings', () => {
    // The sidebar's root (WXT's createShadowRootUi) and the textarea underlines' root.
    expect(contentScripts[browser]?.sidebar).toMatch(/\bmode:"closed"/);
    expect(contentScripts[browser]?.reader).toMatch(/shadowRootMode:"closed"/);
  });

  it('offers Alt+Shift+N for checking the page', () => {
    expect(manifest().commands?.['check-page']?.suggested_key?.default).toBe('Alt+Shift+N');
  });
});

describe('browser specifics', () => {
  it('gives Firefox an add-on id and a background script; Chrome a service worker', () => {
    expect(manifests.firefox?.browser_specific_settings?.gecko?.id).toBe('notecoach@notecoach.app');
    expect(manifests.firefox?.background?.scripts).toEqual(['background.js']);
    expect(manifests.chrome?.background?.service_worker).toBe('background.js');
    expect(manifests.chrome?.browser_specific_settings).toBeUndefined();
  });
});
