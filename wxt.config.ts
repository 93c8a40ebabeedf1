import { resolve } from 'node:path';
import type { Plugin } from 'vite';
import { defineConfig } from 'wxt';
import preact from '@preact/preset-vite';

// Extension pages load only our own files and can reach nothing: no fetch, no socket,
// no frames, no plugins. The review page's batch checker is a Web Worker from our own files.
const EXTENSION_PAGES_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self'",
  "connect-src 'none'",
  "object-src 'none'",
  "frame-src 'none'",
  "frame-ancestors 'none'",
  "form-action 'none'",
  "base-uri 'none'",
].join('; ');

/**
 * `wxt build --mode e2e` is the production build plus access to the local test server, as if
 * the user had granted it, so end-to-end tests can turn a site on without a permission prompt.
 */
const E2E_HOSTS = ['http://127.0.0.1/*'];

const FIREFOX_SETTINGS = {
  gecko: {
    id: 'notecoach@notecoach.app',
    // The first versions that read data_collection_permissions (desktop ESR 140, Android 142).
    strict_min_version: '140.0',
    // Stated to Mozilla as in PRIVACY.md: the extension collects and sends nothing.
    data_collection_permissions: { required: ['none'] },
  },
  gecko_android: { strict_min_version: '142.0' },
};

/**
 * Our content scripts start with src/page/quiet-script-context.ts instead of WXT's context, which
 * announces each start to the page (extension id included) and can be stopped by the page.
 */
function quietContentScriptContext(): Plugin {
  const quiet = resolve(import.meta.dirname, 'src/page/quiet-script-context.ts');
  return {
    name: 'notecoach:quiet-content-script-context',
    enforce: 'pre',
    resolveId(source, importer) {
      const fromWxtEntry = importer?.includes(
        'virtual:wxt-content-script-isolated-world-entrypoint',
      );
      return source === 'wxt/utils/content-script-context' && fromWxtEntry ? quiet : null;
    },
  };
}

// See https://wxt.dev/api/config.html
export default defineConfig({
  srcDir: '.',
  entrypointsDir: 'entrypoints',
  publicDir: 'public',
  outDir: '.output',
  modules: ['@wxt-dev/webextension-polyfill'],
  vite: () => ({
    plugins: [preact(), quietContentScriptContext()],
  }),
  hooks: {
    // Production builds declare no content script at all rather than an empty list.
    'build:manifestGenerated': (_wxt, manifest) => {
      if (manifest.content_scripts?.length === 0) delete manifest.content_scripts;
    },
  },
  manifest: ({ browser, mode, command }) => ({
    name: 'NoteCoach',
    description:
      'Coaches progress notes while you type: vague wording, non-billable activities, missing elements and 15-minute units. Nothing leaves your computer.',
    // Each one is pinned by test/unit/manifest.test.ts; adding one is a reviewed change.
    permissions: ['storage', 'activeTab', 'scripting', 'contextMenus'],
    // Asked for one site at a time, when the user turns NoteCoach on for it.
    optional_host_permissions: ['http://*/*', 'https://*/*'],
    ...(mode === 'e2e' ? { host_permissions: E2E_HOSTS } : {}),
    action: { default_title: 'NoteCoach' },
    commands: {
      'check-page': {
        suggested_key: { default: 'Alt+Shift+N' },
        description: 'Check this page',
      },
    },
    // The dev server's live reload needs a socket; every build that leaves the machine is strict.
    ...(command === 'build'
      ? { content_security_policy: { extension_pages: EXTENSION_PAGES_CSP } }
      : {}),
    ...(browser === 'firefox' ? { browser_specific_settings: FIREFOX_SETTINGS } : {}),
  }),
});
