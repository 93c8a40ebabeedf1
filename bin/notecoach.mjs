#!/usr/bin/env node
// Runs the CLI bundled by scripts/build-cli.mjs (npm ci, npm install and npm run build make it),
// so no TypeScript is transpiled at start.
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname } from 'node:path';
import { fileURLToPath } from 'node:url';
import { setFlagsFromString } from 'node:v8';
import { Script } from 'node:vm';

// V8 first runs each regular expression in its bytecode interpreter and compiles it to machine
// code only on a later run. The rule packs' patterns are large alternations, built per pack and
// run on every note, so the interpreter's first runs cost more than compiling at once (one note
// and 960 notes: see docs/performance.md). It changes how a pattern runs, never what it
// matches. Set before the bundle is compiled, and the same when the build makes the code cache
// (V8 accepts a cache only under the flags it was made with).
setFlagsFromString('--no-regexp-tier-up');

const BUNDLE = fileURLToPath(new URL('../dist/cli/notecoach.cjs', import.meta.url));
const CODE_CACHE = `${BUNDLE}.cache`;
/** Set by scripts/build-cli.mjs only: where to write the code cache after this run. */
const WRITE_CACHE = process.env.NOTECOACH_WRITE_CODE_CACHE;

let source;
try {
  source = readFileSync(BUNDLE, 'utf8');
} catch (error) {
  if (error?.code !== 'ENOENT') throw error;
  process.stderr.write(
    `notecoach: the CLI is not built (${BUNDLE} is missing).\n` +
      'Build it with `npm run build:cli` in the notecoach folder (npm ci and npm install do it too).\n',
  );
  process.exit(2);
}

/** V8's code cache made at build time, when there is one and this run is not making it. */
function codeCache() {
  if (WRITE_CACHE) return undefined;
  try {
    return readFileSync(CODE_CACHE);
  } catch {
    return undefined;
  }
}

// The bundle is a CommonJS script, compiled here with the code cache (a stale or foreign cache
// is refused by V8, and the script compiles as without one) and run as Node runs a CommonJS module.
const script = new Script(
  `(function (exports, require, module, __filename, __dirname) {${source}\n})`,
  { filename: BUNDLE, cachedData: codeCache() },
);
const cjs = { exports: {} };
script.runInThisContext()(cjs.exports, createRequire(BUNDLE), cjs, BUNDLE, dirname(BUNDLE));
process.exitCode = await cjs.exports.runProcess(process.argv.slice(2));
if (WRITE_CACHE) writeFileSync(WRITE_CACHE, script.createCachedData());
