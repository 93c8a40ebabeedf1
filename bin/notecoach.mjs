#!/usr/bin/env node
// Runs the CLI bundled by scripts/build-cli.mjs (npm ci, npm install and npm run build make it),
// so no TypeScript is transpiled at start.
import { fileURLToPath } from 'node:url';

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
