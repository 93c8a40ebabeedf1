#!/usr/bin/env node
// Bundles the CLI (src/cli, the engine, the rule packs and their libraries) into one ES module,
// so `notecoach` starts on plain Node with no TypeScript transpiler in the way. Run by npm's
// postinstall and by `npm run build`; the output is git-ignored and rebuilt, never edited.
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'esbuild';
import { MODEL_MODULE, precomputedModelSource } from './compromise-model.mjs';

const OUTFILE = new URL('../dist/cli/notecoach.cjs', import.meta.url).pathname;
const CODE_CACHE = `${OUTFILE}.cache`;
const LAUNCHER = new URL('../bin/notecoach.mjs', import.meta.url).pathname;
const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const PACKS_MODULE = new URL('../src/rules/packs.ts', import.meta.url).pathname;
const ENGINE_CHECKER = new URL('../src/cli/engine-checker.ts', import.meta.url).pathname;
const ENGINE = new URL('../src/engine/index.ts', import.meta.url).pathname;
const VERB_FORMS_MODULE = new URL('../src/engine/verb-forms.ts', import.meta.url).pathname;
const VERB_FORMS_SEED = new URL('../src/engine/verb-forms.seed.json', import.meta.url).pathname;

// Bundled CommonJS (papaparse) calls require() for Node built-ins; an ES module has none.
const REQUIRE_BANNER =
  "import { createRequire } from 'node:module'; const require = createRequire(import.meta.url);";

/**
 * The bundled rule packs, loaded, resolved and validated with zod here, at build time: a broken
 * pack fails the build (src/rules/packs.ts throws), and the CLI starts from the resolved packs
 * as plain data instead of validating the same files again at every start (about 170 ms).
 *
 * Each pack is also compiled here, for the forms of every verb the packs name: the seed file
 * (src/engine/verb-forms.seed.json) can lag behind the packs, and each verb it lacks is
 * conjugated with compromise when its pack is compiled (the first five cost about 40 ms of a
 * one-note run). The CLI's seed is this complete one: the same forms, worked out by the same
 * code, only ahead.
 */
async function resolvedBundledPacks() {
  const dir = mkdtempSync(join(tmpdir(), 'notecoach-packs-'));
  try {
    const outfile = join(dir, 'packs.mjs');
    await build({
      stdin: {
        contents:
          `export { PACKS, PROGRAM_IDS } from ${JSON.stringify(PACKS_MODULE)};\n` +
          `export { createAnalyzer } from ${JSON.stringify(ENGINE)};\n` +
          `export { knownVerbForms } from ${JSON.stringify(VERB_FORMS_MODULE)};\n`,
        resolveDir: dir,
        loader: 'js',
      },
      outfile,
      bundle: true,
      platform: 'node',
      format: 'esm',
      target: 'node20',
      banner: { js: REQUIRE_BANNER },
      logLevel: 'warning',
    });
    const { PACKS, PROGRAM_IDS, createAnalyzer, knownVerbForms } = await import(
      pathToFileURL(outfile).href
    );
    for (const id of PROGRAM_IDS) createAnalyzer(PACKS[id]);
    return { PACKS, PROGRAM_IDS, VERB_FORMS: knownVerbForms() };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const { PACKS, PROGRAM_IDS, VERB_FORMS } = await resolvedBundledPacks();
const PROGRAM_NAMES = Object.fromEntries(PROGRAM_IDS.map((id) => [id, PACKS[id].name]));
const PACK_SOURCES = Object.fromEntries(PROGRAM_IDS.map((id) => [id, JSON.stringify(PACKS[id])]));

/** Gives the engine the forms of every verb of the bundled packs (see above) as its seed. */
const completeVerbFormsSeed = {
  name: 'complete-verb-forms-seed',
  setup(esbuild) {
    esbuild.onLoad({ filter: /verb-forms\.seed\.json$/ }, (args) =>
      args.path === VERB_FORMS_SEED
        ? { contents: JSON.stringify(VERB_FORMS), loader: 'json' }
        : undefined,
    );
  },
};

/** Gives the CLI's engine checker the build-time packs in place of src/rules/packs.ts. */
const prevalidatedPacks = {
  name: 'prevalidated-packs',
  setup(esbuild) {
    esbuild.onResolve({ filter: /^\.\.\/rules\/packs$/ }, (args) =>
      args.importer === ENGINE_CHECKER ? { path: 'packs', namespace: 'prevalidated' } : undefined,
    );
    esbuild.onLoad({ filter: /.*/, namespace: 'prevalidated' }, () => ({
      // JSON.parse of one string starts faster than the same data as an object literal, and a
      // run parses only the packs it checks with (each on first use, then kept).
      contents:
        `export const PROGRAM_IDS = ${JSON.stringify(PROGRAM_IDS)};\n` +
        `export const PROGRAM_NAMES = ${JSON.stringify(PROGRAM_NAMES)};\n` +
        `const SOURCES = ${JSON.stringify(PACK_SOURCES)};\n` +
        'export const PACKS = {};\n' +
        'for (const id of PROGRAM_IDS) {\n' +
        '  let pack;\n' +
        '  Object.defineProperty(PACKS, id, {\n' +
        '    enumerable: true,\n' +
        '    get: () => (pack ??= JSON.parse(SOURCES[id])),\n' +
        '  });\n' +
        '}\n',
      loader: 'js',
    }));
  },
};

/** Imports a module given as source text (written to a temporary file for the purpose). */
async function evaluateModule(source) {
  const dir = mkdtempSync(join(tmpdir(), 'notecoach-model-'));
  try {
    const file = join(dir, 'model.mjs');
    writeFileSync(file, source);
    return (await import(pathToFileURL(file).href)).default;
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const modelSource = await precomputedModelSource(evaluateModule);

/**
 * Gives compromise/two its tagger model as data worked out at build time (see
 * scripts/compromise-model.mjs) instead of unpacking and expanding its lexicon at every start.
 */
const precomputedCompromiseModel = {
  name: 'precomputed-compromise-model',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]preTagger[\\/]model[\\/]index\.js$/ }, (args) =>
      args.path === MODEL_MODULE ? { contents: modelSource, loader: 'js' } : undefined,
    );
  },
};

/**
 * compromise's `mergeDeep` (src/API/extend.js), which copies each plugin's model into its world,
 * writes every key with `Object.assign(model, { [key]: value })`: a new object per key, for the
 * 38,000 keys of compromise/two's tagger model, about 25 ms of each start. `model[key] = value`
 * is the same [[Set]] that Object.assign performs, without the object. The build fails if the
 * lines are not found (another compromise version), rather than bundling them unchanged.
 */
const EXTEND_MODULE = join(dirname(MODEL_MODULE), '../../../API/extend.js');
const MERGE_DEEP_ASSIGNMENTS = [
  ['if (!model[key]) Object.assign(model, { [key]: {} })', 'if (!model[key]) model[key] = {}'],
  ['Object.assign(model, { [key]: plugin[key] })', 'model[key] = plugin[key]'],
];
const plainMergeDeepAssignments = {
  name: 'plain-merge-deep-assignments',
  setup(esbuild) {
    esbuild.onLoad({ filter: /[\\/]API[\\/]extend\.js$/ }, (args) => {
      if (args.path !== EXTEND_MODULE) return undefined;
      let contents = readFileSync(args.path, 'utf8');
      for (const [from, to] of MERGE_DEEP_ASSIGNMENTS) {
        if (contents.split(from).length !== 2)
          throw new Error(`build-cli: "${from}" is not once in ${args.path}`);
        contents = contents.replace(from, to);
      }
      return { contents, loader: 'js' };
    });
  },
};

// A CommonJS script rather than an ES module: bin/notecoach.mjs compiles it with node:vm, which
// can take V8's code cache for a script (Node 20 has no code cache for ES modules).
rmSync(CODE_CACHE, { force: true });
rmSync(new URL('../dist/cli/notecoach.mjs', import.meta.url).pathname, { force: true });
await build({
  entryPoints: [new URL('../src/cli/run-process.ts', import.meta.url).pathname],
  outfile: OUTFILE,
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  // The sources' import.meta.url (main.ts reads package.json next to it) is the bundle's URL.
  define: { 'import.meta.url': '__notecoachBundleUrl' },
  banner: { js: "var __notecoachBundleUrl = require('node:url').pathToFileURL(__filename).href;" },
  plugins: [
    prevalidatedPacks,
    precomputedCompromiseModel,
    completeVerbFormsSeed,
    plainMergeDeepAssignments,
  ],
  legalComments: 'none',
  logLevel: 'warning',
});

/**
 * V8's code cache for the bundle, made by the launcher itself (same Node, same V8 flags) after
 * checking the example notes, so it holds the functions a check compiles, not only the top
 * level: the launcher then neither parses the 2.7 MB bundle nor compiles those functions at
 * start. V8 refuses a cache from another Node or V8 version, or other flags, and the launcher
 * then compiles the bundle as before; a failure here leaves no cache, never a broken CLI.
 */
const examples = readdirSync(EXAMPLES)
  .filter((name) => name.endsWith('.txt'))
  .map((name) => `${EXAMPLES}${name}`);
const made = spawnSync(process.execPath, [LAUNCHER, 'check', ...examples], {
  env: { ...process.env, NOTECOACH_WRITE_CODE_CACHE: CODE_CACHE },
  stdio: ['ignore', 'ignore', 'inherit'],
});
if (made.status === null || made.status > 1) {
  rmSync(CODE_CACHE, { force: true });
  console.warn(`build-cli: no code cache (the launcher exited with ${String(made.status)})`);
}
