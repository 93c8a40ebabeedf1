#!/usr/bin/env node
// Runs the CLI bundled by scripts/build-cli.mjs (npm ci, npm install and npm run build make it),
// so no TypeScript is transpiled at start.
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';

// V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
// code only on a later run. The rule packs' patterns are large alternations, built per pack and
// run on every note, so the interpreter's first runs cost more than compiling at once: one note
// takes about a quarter less time, and 960 notes about a third less, with this flag (measured in
// docs/performance.md). It changes how a pattern runs, never what it matches. Set before the
// bundle is loaded, so no pattern has been compiled yet.
setFlagsFromString('--no-regexp-tier-up');

const BUNDLE = new URL('../dist/cli/notecoach.mjs', import.meta.url);

let cli;
try {
  cli = await import(BUNDLE.href);
} catch (error) {
  const path = fileURLToPath(BUNDLE);
  if (error?.code !== 'ERR_MODULE_NOT_FOUND' || !String(error.message).includes(path)) throw error;
  process.stderr.write(
    `notecoach: the CLI is not built (${path} is missing).\n` +
      'Build it with `npm run build:cli` in the notecoach folder (npm ci and npm install do it too).\n',
  );
  process.exit(2);
}
process.exitCode = await cli.runProcess(process.argv.slice(2));
