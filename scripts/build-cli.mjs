#!/usr/bin/env node
// Bundles the CLI (src/cli, the engine, the rule packs and their libraries) into one ES module,
// so `notecoach` starts on plain Node with no TypeScript transpiler in the way. Run by npm's
// postinstall and by `npm run build`; the output is git-ignored and rebuilt, never edited.
import { build } from 'esbuild';

const OUTFILE = new URL('../dist/cli/notecoach.mjs', import.meta.url).pathname;

await build({
  entryPoints: [new URL('../src/cli/run-process.ts', import.meta.url).pathname],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'esm',
  target: 'node20',
  // Bundled CommonJS (papaparse) calls require() for Node built-ins; an ES module has none.
  banner: {
    js: "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);",
  },
  legalComments: 'none',
  logLevel: 'warning',
});
