// `npm run bench:browser`: the test build of NoteCoach in headless Chromium on a heavy EHR-like
// page (5,000+ DOM nodes) with a 12 KB note, once in a <textarea> and once in a contenteditable.
// Types sentences at human speed and measures, from the page itself and a Chromium trace:
// the time from the last keystroke to the updated sidebar, and the longest main-thread tasks.
// The same page without the extension gives the page's own cost for comparison.
// `--skip-build` reuses .output/chrome-mv3-test.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type Page } from 'playwright-core';
import { heavyEhrHtml, type NoteFieldKind } from './browser/heavy-ehr';
import { longNote } from './browser/long-note';
import { traceMainThread, type MainThreadTask } from './browser/main-thread';
import { createRandom, percentile } from './prng';
import { formatTable } from './table';

const ROOT = resolve(import.meta.dirname, '..');
const EXTENSION = resolve(ROOT, '.output/chrome-mv3-test');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIELDS: readonly NoteFieldKind[] = ['textarea', 'contenteditable'];
/** Each burst adds one vague phrase, so the sidebar has something new to show after it. */
const BURSTS = [
  ' CSW assisted him with the rent.',
  ' Then CSW assisted client with a bus pass.',
  ' CSW assisted him with the phone bill.',
  ' Later CSW assisted client with his refill.',
  ' CSW assisted him with the SNAP form.',
  ' CSW assisted client with the lease.',
  ' Last, CSW assisted him with his budget.',
  ' CSW assisted client with the water bill.',
];
/** Milliseconds between keys: about 80 words a minute, never a pause the reader would take for the end of typing. */
const KEY_GAP_MS = { min: 90, max: 210 };
const TYPING_TARGET_MS = 16;
const EVER_TARGET_MS = 50;

const say = (line: string) => process.stdout.write(`${line}\n`);
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

interface Run {
  nodes: number;
  latencies: number[];
  typing: MainThreadTask[];
  all: MainThreadTask[];
}

/** Page-side probes: when keys go down, and when the sidebar's shadow DOM changes. */
async function installProbes(page: Page, withSidebar: boolean): Promise<void> {
  if (withSidebar) {
    await page.waitForFunction(() => document.querySelector('notecoach-sidebar')?.shadowRoot);
  }
  await page.evaluate(() => {
    const probe = { keys: [] as number[], changes: [] as number[] };
    Object.assign(window, { notecoachBench: probe });
    addEventListener('keydown', () => probe.keys.push(performance.now()), true);
    const shadow = document.querySelector('notecoach-sidebar')?.shadowRoot;
    if (!shadow) return;
    new MutationObserver(() => probe.changes.push(performance.now())).observe(shadow, {
      subtree: true,
      childList: true,
      characterData: true,
      attributes: true,
    });
  });
}

/** Ms from the last keystroke to the first change of the sidebar after it. */
async function sidebarLatency(page: Page): Promise<number> {
  const handle = await page.waitForFunction(
    () => {
      const { keys, changes } = (
        window as unknown as { notecoachBench: { keys: number[]; changes: number[] } }
      ).notecoachBench;
      const last = keys.at(-1) ?? Infinity;
      const change = changes.find((at) => at > last);
      return change === undefined ? false : change - last;
    },
    null,
    { timeout: 15_000, polling: 50 },
  );
  return (await handle.jsonValue()) as number;
}

async function typeLikeAPerson(page: Page, text: string, random: () => number): Promise<void> {
  for (const char of text) {
    await page.keyboard.type(char);
    await wait(KEY_GAP_MS.min + random() * (KEY_GAP_MS.max - KEY_GAP_MS.min));
  }
}

async function measure(url: string, withExtension: boolean): Promise<Run> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) {
    args.push(`--disable-extensions-except=${EXTENSION}`, `--load-extension=${EXTENSION}`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args,
  });
  try {
    const page = await context.newPage();
    const stopTracing = await traceMainThread(await context.newCDPSession(page));
    await page.goto(url);
    await installProbes(page, withExtension);
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    await page.locator('#note').click();
    await page.keyboard.press('Control+End');
    if (withExtension) {
      await page.waitForFunction(() => {
        const badge = document
          .querySelector('notecoach-sidebar')
          ?.shadowRoot?.querySelector('.badge');
        return /to fix/.test(badge?.textContent ?? '');
      });
    }
    const random = createRandom(11);
    const latencies: number[] = [];
    for (const burst of BURSTS) {
      await typeLikeAPerson(page, burst, random);
      if (withExtension) latencies.push(await sidebarLatency(page));
      // The writer pauses before the next sentence.
      await wait(1200);
    }
    const trace = await stopTracing();
    // A burst is a run of keys less than a second apart; "while typing" is each run plus 100 ms.
    const windows: [number, number][] = [];
    for (const key of trace.keydowns) {
      const open = windows.at(-1);
      if (open && key - open[1] < 1_000_000) open[1] = key + 100_000;
      else windows.push([key, key + 100_000]);
    }
    const typing = trace.tasks.filter((task) =>
      windows.some(([from, to]) => task.ts >= from && task.ts <= to),
    );
    return { nodes, latencies, typing, all: trace.tasks };
  } finally {
    await context.close();
  }
}

/** The task with the most thread time. */
const longest = (tasks: readonly MainThreadTask[]): MainThreadTask | undefined =>
  tasks.reduce<MainThreadTask | undefined>(
    (top, task) => (top && top.cpuMs >= task.cpuMs ? top : task),
    undefined,
  );
/** The task in which NoteCoach's own code ran longest. */
const longestOurs = (tasks: readonly MainThreadTask[]): MainThreadTask | undefined =>
  tasks
    .filter((task) => task.oursMs > 0)
    .reduce<MainThreadTask | undefined>(
      (top, task) => (top && top.oursMs >= task.oursMs ? top : task),
      undefined,
    );
const fmt = (ms: number | undefined) => (ms === undefined ? '—' : `${ms.toFixed(1)} ms`);
const verdict = (worst: number, limit: number) =>
  `≤ ${limit} ms: ${worst <= limit ? 'met' : 'MISSED'}`;

async function main(): Promise<void> {
  if (!process.argv.includes('--skip-build')) {
    say('Building NoteCoach (test build)…');
    execFileSync('npm', ['run', '--silent', 'build:test'], { cwd: ROOT, stdio: 'ignore' });
  }
  const note = longNote(ROOT);
  const server = createServer((request, response) => {
    const field = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams.get('field');
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(heavyEhrHtml(field === 'contenteditable' ? 'contenteditable' : 'textarea', note));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  try {
    const runs = new Map<NoteFieldKind, { withExt: Run; without: Run }>();
    for (const field of FIELDS) {
      const url = `http://127.0.0.1:${port}/?field=${field}`;
      say(`Typing ${BURSTS.length} sentences into a ${note.length}-character ${field}…`);
      runs.set(field, { withExt: await measure(url, true), without: await measure(url, false) });
    }
    const columns = FIELDS.map((field) => runs.get(field)!);
    const typing = columns.map((c) => longestOurs(c.withExt.typing));
    const ever = columns.map((c) => longestOurs(c.withExt.all));
    const worst = (tasks: (MainThreadTask | undefined)[]) =>
      Math.max(0, ...tasks.map((task) => task?.oursMs ?? 0));
    const rows: string[][] = [
      ['DOM nodes on the page', ...columns.map((c) => String(c.withExt.nodes)), '5,000+'],
      [
        'last key → sidebar updated, median',
        ...columns.map((c) => fmt(percentile(c.withExt.latencies, 50))),
        'includes the 300 ms pause',
      ],
      [
        'last key → sidebar updated, p95',
        ...columns.map((c) => fmt(percentile(c.withExt.latencies, 95))),
        '',
      ],
      [
        'NoteCoach code in one task, while typing',
        ...typing.map((task) => fmt(task?.oursMs)),
        verdict(worst(typing), TYPING_TARGET_MS),
      ],
      ['  what it was', ...typing.map((task) => task?.what ?? '—'), ''],
      ['  that whole task (thread time)', ...typing.map((task) => fmt(task?.cpuMs)), ''],
      ['  that whole task (wall time)', ...typing.map((task) => fmt(task?.ms)), ''],
      [
        'NoteCoach code in one task, whole run',
        ...ever.map((task) => fmt(task?.oursMs)),
        verdict(worst(ever), EVER_TARGET_MS),
      ],
      ['  what it was', ...ever.map((task) => task?.what ?? '—'), ''],
      [
        'longest task while typing, with NoteCoach',
        ...columns.map((c) => fmt(longest(c.withExt.typing)?.cpuMs)),
        'thread time, for comparison',
      ],
      [
        'longest task while typing, page alone',
        ...columns.map((c) => fmt(longest(c.without.typing)?.cpuMs)),
        '',
      ],
    ];
    say('');
    say(formatTable(['measure', ...FIELDS, 'target'], rows));
    say('');
    say(
      'Times are main-thread thread time (CPU) from a Chromium trace unless marked wall; ' +
        `load average ${loadavg()[0]!.toFixed(1)} on ${cpus().length} cores during the run.`,
    );
    say(
      `Chromium ${CHROMIUM}, ${BURSTS.length} sentences per field, a key every ${KEY_GAP_MS.min}-${KEY_GAP_MS.max} ms.`,
    );
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
