// `npm run bench:browser`: the test build of NoteCoach in headless Chromium on a heavy EHR-like
// page (5,000+ DOM nodes) with a 12 KB note, once in a <textarea> and once in a contenteditable.
// Types sentences at human speed and measures, from the page itself and a Chromium trace:
// the time from the last keystroke to the new finding in the sidebar, and the longest
// main-thread tasks. The same page without the extension gives the page's own cost for
// comparison. Then: a 12 KB paste, the first finding after the service worker was stopped,
// typing in a 1 MB note, and a note with 10,000 findings. Each figure is printed beside its
// target. The page's own `longtask` observer does not see extension work, so frames are also
// measured with long-animation-frame entries and a heartbeat in the page.
// `--skip-build` reuses .output/chrome-mv3-test; `--only=typing,paste,wake,huge,many,load` runs a part;
// `--before=DIR` also runs another test build (an earlier commit's `.output/chrome-mv3-test`),
// scenario by scenario, and prints the two side by side.
import { execFileSync } from 'node:child_process';
import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { cpus, loadavg } from 'node:os';
import { resolve } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { heavyEhrHtml, type NoteFieldKind } from './browser/heavy-ehr';
import { hugeNote, longNote, manyFindingsNote } from './browser/long-note';
import { traceMainThread, type MainThreadTask, type PageTrace } from './browser/main-thread';
import { createAnalyzer } from '../src/engine';
import { activePackFor } from '../src/settings/active-pack';
import { DEFAULT_SETTINGS } from '../src/settings/schema';
import { createRandom, percentile } from './prng';
import { formatTable } from './table';

const ROOT = resolve(import.meta.dirname, '..');
/** The build under test; `--before=DIR` runs another build (an earlier commit's) side by side. */
let extension = resolve(ROOT, '.output/chrome-mv3-test');
const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';
const FIELDS: readonly NoteFieldKind[] = ['textarea', 'contenteditable'];
/**
 * Each burst adds one vague phrase, so the sidebar has a new finding to show after it. Half end
 * a sentence; the other half stop mid-sentence (the writer pauses to think), and the next burst
 * ends that sentence first.
 */
const BURSTS = [
  ' CSW assisted him with the rent.',
  ' Then CSW assisted client with a bus pass',
  '. CSW assisted him with the phone bill.',
  ' Later CSW assisted client with his refill',
  '. CSW assisted him with the SNAP form.',
  ' CSW assisted client with the lease',
  '. Last, CSW assisted him with his budget.',
  ' CSW assisted client with the water bill',
];
/** Typed after the service worker was stopped, one per stop. */
const WAKE_BURSTS = [
  ' CSW assisted him with the gas bill.',
  ' CSW assisted client with the cable bill.',
  ' CSW assisted him with the court form.',
];
/** Typed into the 1 MB note. */
const HUGE_BURST = ' Client reports feeling better.';
const HUGE_CHARS = 1_000_000;
const MANY_FINDINGS = 10_000;
/** Milliseconds between keys: about 80 words a minute, never a pause the reader would take for the end of typing. */
const KEY_GAP_MS = { min: 90, max: 210 };
const TYPING_TARGET_MS = 16;
const EVER_TARGET_MS = 50;
const LATENCY_TARGET_MS = 200;
const WAKE_TARGET_MS = 300;
const SIDEBAR_EVAL_TARGET_MS = 30;
/** Page loads for the content scripts' evaluation times: one load varies by ±10 ms here. */
const LOADS = Number(process.env.BENCH_LOADS ?? 7);
const HUGE_FRAME_TARGET_MS = 50;

const say = (line: string) => process.stdout.write(`${line}\n`);
const wait = (ms: number) => new Promise((done) => setTimeout(done, ms));

/** What the page saw: keys, sidebar changes, new findings, long animation frames, heartbeat gaps. */
interface Probe {
  keys: number[];
  /** When the number of findings the sidebar shows went above `baseline`. */
  found: number[];
  baseline: number;
  /** Long animation frames: start, duration, and whether one of our scripts is named in it. */
  frames: { at: number; ms: number; ours: boolean }[];
  /** Heartbeat: a 10 ms timer in the page; each gap over 30 ms, with when it ended. */
  gaps: { at: number; ms: number }[];
}

/**
 * Page-side probes. Findings shown: the sidebar's own total (`data-total` on the list) or the
 * sum of its per-kind counts. Installed before any script of the page runs.
 */
function probeScript(): void {
  const probe: Probe = { keys: [], found: [], baseline: Infinity, frames: [], gaps: [] };
  Object.assign(window, { notecoachBench: probe });
  addEventListener('keydown', () => probe.keys.push(performance.now()), true);
  const shown = (shadow: ShadowRoot): number => {
    const total = shadow.querySelector<HTMLElement>('[data-total]')?.dataset.total;
    if (total !== undefined) return Number(total);
    let sum = 0;
    for (const count of shadow.querySelectorAll('.group-title .count'))
      sum += Number((count.textContent ?? '0').replace(/,/g, ''));
    return sum;
  };
  const watch = () => {
    const shadow = document.querySelector('notecoach-sidebar')?.shadowRoot;
    if (!shadow) return void setTimeout(watch, 50);
    new MutationObserver(() => {
      if (shown(shadow) > probe.baseline) {
        probe.found.push(performance.now());
        probe.baseline = Infinity;
      }
    }).observe(shadow, { subtree: true, childList: true, characterData: true });
    Object.assign(window, { notecoachShown: () => shown(shadow) });
  };
  addEventListener('DOMContentLoaded', watch);
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as (PerformanceEntry & {
        scripts?: { sourceURL?: string }[];
      })[]) {
        const ours = (entry.scripts ?? []).some((s) =>
          (s.sourceURL ?? '').startsWith('chrome-extension://'),
        );
        probe.frames.push({ at: entry.startTime, ms: entry.duration, ours });
      }
    }).observe({ type: 'long-animation-frame', buffered: true });
  } catch {
    // No long-animation-frame entries in this browser: the heartbeat still runs.
  }
  let last = performance.now();
  const beat = () => {
    const now = performance.now();
    if (now - last > 30) probe.gaps.push({ at: now, ms: now - last - 10 });
    last = now;
    setTimeout(beat, 10);
  };
  setTimeout(beat, 10);
}

type Win = Window & { notecoachBench: Probe; notecoachShown?: () => number };

/** Remembers how many findings the sidebar shows now; `found` gets the time it shows more. */
async function expectMore(page: Page): Promise<void> {
  await page.waitForFunction(() => (window as unknown as Win).notecoachShown !== undefined);
  await page.evaluate(() => {
    const w = window as unknown as Win;
    w.notecoachBench.baseline = w.notecoachShown!();
  });
}

/**
 * Ms from the key that completed the new finding's words to the finding in the sidebar.
 * `keysAfter`: how many keys of the burst came after that one.
 */
async function findingLatency(page: Page, keysAfter: number, timeout = 15_000): Promise<Latency> {
  const handle = await page.waitForFunction(
    (after) => {
      const { keys, found } = (window as unknown as Win).notecoachBench;
      const key = keys.at(-1 - after) ?? Infinity;
      const last = keys.at(-1) ?? Infinity;
      const at = found.find((time) => time > key);
      return at === undefined ? false : { words: at - key, last: Math.max(0, at - last) };
    },
    keysAfter,
    { timeout, polling: 20 },
  );
  return (await handle.jsonValue()) as Latency;
}

/**
 * `words`: from the key that completed the flagged words. `last`: from the burst's last key,
 * 0 when the finding was already shown before it (a check during a pause in the burst).
 */
interface Latency {
  words: number;
  last: number;
}

/**
 * For each burst typed after `note` (in order), how many of its keys come after the one with
 * which the engine first finds one more finding: the earliest the sidebar could show it.
 */
function keysAfterCompletion(note: string, bursts: readonly string[]): number[] {
  const analyzer = createAnalyzer(activePackFor(DEFAULT_SETTINGS));
  const shown = (text: string) =>
    analyzer.analyze(text, {}).findings.filter((f) => f.kind !== 'limit').length;
  let text = note;
  return bursts.map((burst) => {
    const before = shown(text);
    let completion = burst.length - 1;
    for (let i = 1; i <= burst.length; i += 1) {
      if (shown(text + burst.slice(0, i)) > before) {
        completion = i - 1;
        break;
      }
    }
    text += burst;
    return burst.length - 1 - completion;
  });
}

async function typeLikeAPerson(page: Page, text: string, random: () => number): Promise<void> {
  for (const char of text) {
    await page.keyboard.type(char);
    await wait(KEY_GAP_MS.min + random() * (KEY_GAP_MS.max - KEY_GAP_MS.min));
  }
}

async function launch(withExtension: boolean): Promise<BrowserContext> {
  const args = [
    '--no-sandbox',
    '--disable-gpu',
    '--no-first-run',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ];
  if (withExtension) {
    args.push(`--disable-extensions-except=${extension}`, `--load-extension=${extension}`);
  }
  const context = await chromium.launchPersistentContext('', {
    executablePath: CHROMIUM,
    headless: true,
    viewport: { width: 1400, height: 900 },
    args,
  });
  // tsx names functions with a `__name` helper the page does not have: give it one.
  await context.addInitScript({
    content: `globalThis.__name = (f) => f; (${probeScript.toString()})();`,
  });
  return context;
}

async function open(
  context: BrowserContext,
  url: string,
): Promise<{ page: Page; stop: () => Promise<PageTrace> }> {
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`page error: ${error.message}`));
  const stop = await traceMainThread(await context.newCDPSession(page));
  await page.goto(url);
  return { page, stop };
}

const waitForBadge = (page: Page, pattern: RegExp, timeout = 30_000) =>
  page.waitForFunction(
    (source) => {
      const badge = document
        .querySelector('notecoach-sidebar')
        ?.shadowRoot?.querySelector('.badge');
      return new RegExp(source).test(badge?.textContent ?? '');
    },
    pattern.source,
    { timeout },
  );

/** Windows of a run of keys less than a second apart, each plus 100 ms (trace microseconds). */
function typingWindows(keydowns: readonly number[]): [number, number][] {
  const windows: [number, number][] = [];
  for (const key of keydowns) {
    const openWindow = windows.at(-1);
    if (openWindow && key - openWindow[1] < 1_000_000) openWindow[1] = key + 100_000;
    else windows.push([key, key + 100_000]);
  }
  return windows;
}
const within = (tasks: readonly MainThreadTask[], windows: readonly [number, number][]) =>
  tasks.filter((task) => windows.some(([from, to]) => task.ts >= from && task.ts <= to));

interface PageFrames {
  /** Longest animation frame, ms (any script), and longest naming one of ours. */
  frame: number;
  oursFrame: number;
  /** Longest heartbeat gap, ms. */
  gap: number;
}

/** Long frames and heartbeat gaps between `from` and `to` (page ms). */
async function framesBetween(page: Page, from: number, to: number): Promise<PageFrames> {
  return page.evaluate(
    ({ start, end }) => {
      const { frames, gaps } = (window as unknown as Win).notecoachBench;
      const inside = frames.filter((f) => f.at + f.ms >= start && f.at <= end);
      return {
        frame: Math.max(0, ...inside.map((f) => f.ms)),
        oursFrame: Math.max(0, ...inside.filter((f) => f.ours).map((f) => f.ms)),
        gap: Math.max(
          0,
          ...gaps.filter((g) => g.at >= start && g.at - g.ms <= end).map((g) => g.ms),
        ),
      };
    },
    { start: from, end: to },
  );
}

/** Frames while typing: from each burst's first key to its last key plus 100 ms. */
async function typingFrames(page: Page): Promise<PageFrames> {
  return page.evaluate(() => {
    const { keys, frames, gaps } = (window as unknown as Win).notecoachBench;
    const windows: [number, number][] = [];
    for (const key of keys) {
      const last = windows.at(-1);
      if (last && key - last[1] < 1000) last[1] = key + 100;
      else windows.push([key, key + 100]);
    }
    const inWindow = (from: number, to: number) =>
      windows.some(([start, end]) => to >= start && from <= end);
    const inside = frames.filter((f) => inWindow(f.at, f.at + f.ms));
    return {
      frame: Math.max(0, ...inside.map((f) => f.ms)),
      oursFrame: Math.max(0, ...inside.filter((f) => f.ours).map((f) => f.ms)),
      gap: Math.max(0, ...gaps.filter((g) => inWindow(g.at - g.ms, g.at)).map((g) => g.ms)),
    };
  });
}

interface TypingRun {
  nodes: number;
  /** Last key of a sentence → new finding; last key mid-sentence → new finding. */
  sentenceEnd: Latency[];
  midSentence: Latency[];
  typing: MainThreadTask[];
  all: MainThreadTask[];
  frames: PageFrames;
  evaluations: PageTrace['evaluations'];
  /** Last key → new finding, after the service worker was stopped. */
  wake: Latency[];
}

async function typingRun(
  url: string,
  withExtension: boolean,
  wake: boolean,
  keysAfter: readonly number[],
): Promise<TypingRun> {
  const context = await launch(withExtension);
  try {
    const { page, stop } = await open(context, url);
    const nodes = await page.evaluate(() => document.querySelectorAll('*').length);
    await page.locator('#note').click();
    await page.keyboard.press('Control+End');
    if (withExtension) await waitForBadge(page, /to fix/);
    const random = createRandom(11);
    const sentenceEnd: Latency[] = [];
    const midSentence: Latency[] = [];
    for (const [i, burst] of BURSTS.entries()) {
      if (withExtension) await expectMore(page);
      await typeLikeAPerson(page, burst, random);
      if (withExtension) {
        const latency = await findingLatency(page, keysAfter[i]!);
        (burst.endsWith('.') ? sentenceEnd : midSentence).push(latency);
      }
      // The writer pauses before the next sentence.
      await wait(1200);
    }
    const trace = await stop();
    const frames = await typingFrames(page);
    const wakes: Latency[] = [];
    if (wake && withExtension) {
      const cdp = await context.newCDPSession(page);
      for (const [i, burst] of WAKE_BURSTS.entries()) {
        // What Chrome does to an idle service worker after 30 s.
        await cdp.send('ServiceWorker.enable');
        await cdp.send('ServiceWorker.stopAllWorkers');
        await wait(1500);
        await expectMore(page);
        await typeLikeAPerson(page, burst, random);
        wakes.push(await findingLatency(page, keysAfter[BURSTS.length + i]!, 30_000));
        await wait(1000);
      }
    }
    const windows = typingWindows(trace.keydowns);
    return {
      nodes,
      sentenceEnd,
      midSentence,
      typing: within(trace.tasks, windows),
      all: trace.tasks,
      frames,
      evaluations: trace.evaluations,
      wake: wakes,
    };
  } finally {
    await context.close();
  }
}

interface PasteRun {
  ready: number;
  longestOurs: MainThreadTask | undefined;
  frames: PageFrames;
  evaluations: PageTrace['evaluations'];
}

/** An empty note field; the whole 12 KB note arrives at once, as a paste does. */
async function pasteRun(url: string, note: string, withExtension: boolean): Promise<PasteRun> {
  const context = await launch(withExtension);
  try {
    const { page, stop } = await open(context, url);
    await page.locator('#note').click();
    if (withExtension) await expectMore(page);
    const from = await page.evaluate(() => performance.now());
    await page.keyboard.insertText(note);
    if (withExtension) await waitForBadge(page, /to fix/);
    const ready = (await page.evaluate(() => performance.now())) - from;
    await wait(1500);
    const to = await page.evaluate(() => performance.now());
    const trace = await stop();
    const pasteAt = trace.inputs[0] ?? 0;
    const after = trace.tasks.filter((task) => task.ts >= pasteAt);
    return {
      ready,
      longestOurs: longestOurs(after),
      frames: await framesBetween(page, from, to),
      evaluations: trace.evaluations,
    };
  } finally {
    await context.close();
  }
}

/** A fresh browser on the heavy page; the sidebar drawn and the note's first report shown. */
async function loadRun(url: string): Promise<PageTrace['evaluations']> {
  const context = await launch(true);
  try {
    const { page, stop } = await open(context, url);
    await page.locator('#note').click();
    await waitForBadge(page, /to fix/);
    return (await stop()).evaluations;
  } finally {
    await context.close();
  }
}

interface HugeRun {
  chars: number;
  longestOurs: MainThreadTask | undefined;
  frames: PageFrames;
  sidebar: string;
}

/** Typing into a 1 MB note: what each keystroke costs the page. */
async function hugeRun(url: string, withExtension: boolean): Promise<HugeRun> {
  const context = await launch(withExtension);
  try {
    const { page, stop } = await open(context, url);
    const chars = await page.evaluate(() => {
      const field = document.querySelector<HTMLElement>('#note')!;
      return field instanceof HTMLTextAreaElement ? field.value.length : field.innerText.length;
    });
    await page.locator('#note').click();
    await page.keyboard.press('Control+End');
    if (withExtension) await waitForBadge(page, /./, 60_000);
    await wait(3000);
    const random = createRandom(5);
    await page.evaluate(() => {
      const probe = (window as unknown as Win).notecoachBench;
      probe.frames = [];
      probe.gaps = [];
      probe.keys = [];
    });
    await typeLikeAPerson(page, HUGE_BURST, random);
    await wait(3000);
    const trace = await stop();
    const frames = await typingFrames(page);
    const sidebar = await page.evaluate(
      () =>
        document.querySelector('notecoach-sidebar')?.shadowRoot?.querySelector('.badge')
          ?.textContent ?? '',
    );
    const lastKeys = trace.keydowns.slice(-HUGE_BURST.length);
    return {
      chars,
      longestOurs: longestOurs(within(trace.tasks, typingWindows(lastKeys))),
      frames,
      sidebar,
    };
  } finally {
    await context.close();
  }
}

interface ManyRun {
  /** Ms from the click that starts the check to the list showing every finding. */
  shown: number;
  total: number;
  longestOurs: MainThreadTask | undefined;
  frames: PageFrames;
}

/** A note with 10,000 findings: checked (Check now when live checking is paused), then shown. */
async function manyRun(url: string): Promise<ManyRun> {
  const context = await launch(true);
  try {
    const { page, stop } = await open(context, url);
    await page.waitForFunction(() => (window as unknown as Win).notecoachShown !== undefined);
    const from = await page.evaluate(() => performance.now());
    await page.locator('#note').click();
    const checkNow = page.locator('notecoach-sidebar .check-now');
    await page
      .waitForFunction(
        () => {
          const shadow = document.querySelector('notecoach-sidebar')?.shadowRoot;
          return (
            shadow?.querySelector('.check-now') ||
            ((window as unknown as Win).notecoachShown?.() ?? 0) > 0
          );
        },
        null,
        { timeout: 60_000 },
      )
      .catch(() => undefined);
    if (await checkNow.count()) await checkNow.first().click();
    await page.waitForFunction(
      (count) => ((window as unknown as Win).notecoachShown?.() ?? 0) >= count,
      MANY_FINDINGS,
      { timeout: 120_000, polling: 100 },
    );
    const to = await page.evaluate(() => performance.now());
    const total = await page.evaluate(() => (window as unknown as Win).notecoachShown!());
    await wait(1000);
    const trace = await stop();
    return {
      shown: to - from,
      total,
      longestOurs: longestOurs(trace.tasks),
      frames: await framesBetween(page, from, to + 1000),
    };
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
const median = (values: readonly number[]) => (values.length ? percentile(values, 50) : undefined);
const evaluation = (run: { evaluations: PageTrace['evaluations'] }, file: string) =>
  run.evaluations.find((e) => e.file === file)?.ms;

async function main(): Promise<void> {
  const only = process.argv
    .find((arg) => arg.startsWith('--only='))
    ?.slice(7)
    .split(',');
  const runs = (part: string) => !only || only.includes(part);
  const before = process.argv.find((arg) => arg.startsWith('--before='))?.slice(9);
  const variants = before
    ? [
        { label: 'before', dir: resolve(before) },
        { label: 'after', dir: extension },
      ]
    : [{ label: 'this build', dir: extension }];
  if (!process.argv.includes('--skip-build')) {
    say('Building NoteCoach (test build)…');
    execFileSync('npm', ['run', '--silent', 'build:test'], { cwd: ROOT, stdio: 'ignore' });
  }
  const note = longNote(ROOT);
  const keysAfter = keysAfterCompletion(note, [...BURSTS, ...WAKE_BURSTS]);
  const notes: Record<string, string> = {
    long: note,
    empty: '',
    huge: hugeNote(ROOT, HUGE_CHARS),
    many: manyFindingsNote(MANY_FINDINGS),
  };
  const server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://127.0.0.1').searchParams;
    const field = query.get('field') === 'contenteditable' ? 'contenteditable' : 'textarea';
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
    response.end(heavyEhrHtml(field, notes[query.get('note') ?? 'long'] ?? note));
  });
  await new Promise<void>((listening) => server.listen(0, '127.0.0.1', listening));
  const { port } = server.address() as AddressInfo;
  const at = (field: NoteFieldKind, which: string) =>
    `http://127.0.0.1:${port}/?field=${field}&note=${which}`;
  const loads: number[] = [loadavg()[0]!];
  try {
    const typingSection = async (): Promise<string[][]> => {
      const columns: { withExt: TypingRun; without: TypingRun }[] = [];
      for (const field of FIELDS) {
        say(`Typing ${BURSTS.length} bursts into a ${note.length}-character ${field}…`);
        const withExt = await typingRun(
          at(field, 'long'),
          true,
          runs('wake') && field === 'textarea',
          keysAfter,
        );
        const without = await typingRun(at(field, 'long'), false, false, keysAfter);
        columns.push({ withExt, without });
        loads.push(loadavg()[0]!);
      }
      const typing = columns.map((c) => longestOurs(c.withExt.typing));
      const ever = columns.map((c) => longestOurs(c.withExt.all));
      const worst = (tasks: (MainThreadTask | undefined)[]) =>
        Math.max(0, ...tasks.map((task) => task?.oursMs ?? 0));
      const lastOf = (ls: Latency[]) => ls.map((l) => l.last);
      const wordsOf = (ls: Latency[]) => ls.map((l) => l.words);
      const both = columns.map((c) => [...c.withExt.sentenceEnd, ...c.withExt.midSentence]);
      const worstMedian = Math.max(...both.map((l) => median(lastOf(l)) ?? Infinity));
      const evals = columns.map((c) => evaluation(c.withExt, 'sidebar.js'));
      const rows: string[][] = [
        ['DOM nodes on the page', ...columns.map((c) => String(c.withExt.nodes)), '5,000+'],
        [
          'last key → new finding in sidebar, median',
          ...both.map((l) => fmt(median(lastOf(l)))),
          verdict(worstMedian, LATENCY_TARGET_MS),
        ],
        ['  p95', ...both.map((l) => fmt(percentile(lastOf(l), 95))), ''],
        [
          '  sentence ending in a full stop, median',
          ...columns.map((c) => fmt(median(lastOf(c.withExt.sentenceEnd)))),
          '',
        ],
        [
          '  writer stops mid-sentence, median',
          ...columns.map((c) => fmt(median(lastOf(c.withExt.midSentence)))),
          '',
        ],
        [
          'flagged words typed → finding in sidebar, median',
          ...both.map((l) => fmt(median(wordsOf(l)))),
          'typing goes on after them',
        ],
        [
          'NoteCoach code in one task, while typing',
          ...typing.map((task) => fmt(task?.oursMs)),
          verdict(worst(typing), TYPING_TARGET_MS),
        ],
        ['  what it was', ...typing.map((task) => task?.what ?? '—'), ''],
        [
          '  that whole task (thread / wall)',
          ...typing.map((t) => (t ? `${fmt(t.cpuMs)} / ${fmt(t.ms)}` : '—')),
          '',
        ],
        [
          'longest animation frame while typing',
          ...columns.map((c) => fmt(c.withExt.frames.frame)),
          'wall time, page',
        ],
        ['  page alone', ...columns.map((c) => fmt(c.without.frames.frame)), ''],
        [
          'longest heartbeat gap while typing',
          ...columns.map((c) => fmt(c.withExt.frames.gap)),
          'wall time, page',
        ],
        ['  page alone', ...columns.map((c) => fmt(c.without.frames.gap)), ''],
        [
          'NoteCoach code in one task, whole run',
          ...ever.map((task) => fmt(task?.oursMs)),
          verdict(worst(ever), EVER_TARGET_MS),
        ],
        ['  what it was', ...ever.map((task) => task?.what ?? '—'), ''],
        [
          'evaluating sidebar.js',
          ...evals.map(fmt),
          verdict(Math.max(...evals.map((e) => e ?? Infinity)), SIDEBAR_EVAL_TARGET_MS),
        ],
        [
          'longest task while typing, with NoteCoach',
          ...columns.map((c) => fmt(longest(c.withExt.typing)?.cpuMs)),
          'thread time',
        ],
        ['  page alone', ...columns.map((c) => fmt(longest(c.without.typing)?.cpuMs)), ''],
      ];
      const wake = columns[0]!.withExt.wake;
      if (wake.length) {
        rows.push([
          'service worker stopped: last key → finding, median',
          fmt(median(lastOf(wake))),
          '—',
          verdict(median(lastOf(wake)) ?? Infinity, WAKE_TARGET_MS),
        ]);
        rows.push([
          '  each',
          lastOf(wake)
            .map((w) => w.toFixed(0))
            .join(', ') + ' ms',
          '—',
          '',
        ]);
        rows.push([
          '  flagged words typed → finding, each',
          wordsOf(wake)
            .map((w) => w.toFixed(0))
            .join(', ') + ' ms',
          '—',
          '',
        ]);
      }
      return rows;
    };
    const pasteSection = async (): Promise<string[][]> => {
      const extra: string[][] = [];
      say(`Pasting the ${note.length}-character note into an empty textarea…`);
      const paste = await pasteRun(at('textarea', 'empty'), note, true);
      const alone = await pasteRun(at('textarea', 'empty'), note, false);
      loads.push(loadavg()[0]!);
      extra.push(
        [
          'paste 12 KB: NoteCoach code in one task',
          fmt(paste.longestOurs?.oursMs),
          verdict(paste.longestOurs?.oursMs ?? 0, EVER_TARGET_MS),
        ],
        ['  what it was', paste.longestOurs?.what ?? '—', ''],
        [
          '  longest animation frame / heartbeat gap',
          `${fmt(paste.frames.frame)} / ${fmt(paste.frames.gap)}`,
          'wall time',
        ],
        ['  the same, page alone', `${fmt(alone.frames.frame)} / ${fmt(alone.frames.gap)}`, ''],
        ['  paste → findings shown', fmt(paste.ready), ''],
        [
          '  evaluating sidebar.js',
          fmt(evaluation(paste, 'sidebar.js')),
          verdict(evaluation(paste, 'sidebar.js') ?? Infinity, SIDEBAR_EVAL_TARGET_MS),
        ],
        ['  evaluating reader.js', fmt(evaluation(paste, 'reader.js')), ''],
      );
      return extra;
    };
    const hugeSection = async (): Promise<string[][]> => {
      const extra: string[][] = [];
      for (const field of FIELDS) {
        say(`Typing into a ${notes.huge!.length}-character ${field}…`);
        const huge = await hugeRun(at(field, 'huge'), true);
        const alone = await hugeRun(at(field, 'huge'), false);
        loads.push(loadavg()[0]!);
        extra.push(
          [
            `1 MB ${field}: longest animation frame while typing`,
            fmt(huge.frames.frame),
            'wall time',
          ],
          ['  longest heartbeat gap', fmt(huge.frames.gap), ''],
          [
            '  the same two, page alone',
            `${fmt(alone.frames.frame)} / ${fmt(alone.frames.gap)}`,
            'wall time',
          ],
          [
            '  NoteCoach code in one task, per keystroke',
            fmt(huge.longestOurs?.oursMs),
            verdict(huge.longestOurs?.oursMs ?? 0, HUGE_FRAME_TARGET_MS),
          ],
          ['  sidebar badge', huge.sidebar || '—', `${huge.chars} characters`],
        );
      }
      return extra;
    };
    const manySection = async (): Promise<string[][]> => {
      const extra: string[][] = [];
      say(`Checking a note with ${MANY_FINDINGS} findings…`);
      const many = await manyRun(at('textarea', 'many'));
      loads.push(loadavg()[0]!);
      extra.push(
        [
          '10,000 findings: click → all counted in the sidebar',
          fmt(many.shown),
          `${many.total} shown`,
        ],
        [
          '  NoteCoach code in one task',
          fmt(many.longestOurs?.oursMs),
          many.longestOurs?.what ?? '',
        ],
        [
          '  longest animation frame / heartbeat gap',
          `${fmt(many.frames.frame)} / ${fmt(many.frames.gap)}`,
          'wall time',
        ],
      );
      return extra;
    };
    const loadSection = async (): Promise<string[][]> => {
      say(`Loading the heavy page ${LOADS} times…`);
      const pageLoads: PageTrace['evaluations'][] = [];
      for (let i = 0; i < LOADS; i++) pageLoads.push(await loadRun(at('textarea', 'long')));
      loads.push(loadavg()[0]!);
      return ['sidebar.js', 'reader.js'].map((file) => {
        const ms = pageLoads.map((run) => evaluation({ evaluations: run }, file) ?? Infinity);
        return [
          `evaluating ${file}, median of ${LOADS} page loads`,
          `${fmt(median(ms))} (${fmt(Math.min(...ms))}–${fmt(Math.max(...ms))})`,
          file === 'sidebar.js' ? verdict(median(ms) ?? Infinity, SIDEBAR_EVAL_TARGET_MS) : '',
        ];
      });
    };
    const sections: [string, () => Promise<string[][]>, readonly string[]][] = [
      ['typing', typingSection, FIELDS],
      ['paste', pasteSection, ['result']],
      ['huge', hugeSection, ['result']],
      ['many', manySection, ['result']],
      ['load', loadSection, ['result']],
    ];
    for (const [name, section, columns] of sections) {
      if (!runs(name)) continue;
      const results: string[][][] = [];
      for (const variant of variants) {
        extension = variant.dir;
        if (variants.length > 1) say(`(${variant.label}: ${variant.dir})`);
        results.push(await section());
      }
      const header = columns.flatMap((column) =>
        variants.length > 1 ? variants.map((v) => `${column}, ${v.label}`) : [column],
      );
      const rows = results[0]!.map((row, r) => {
        const cells = columns.flatMap((_, c) => results.map((result) => result[r]?.[1 + c] ?? ''));
        const targets = [...new Set(results.map((result) => result[r]?.at(-1) ?? ''))];
        return [row[0]!, ...cells, targets.join(' → ')];
      });
      say('');
      say(formatTable(['measure', ...header, 'target'], rows));
    }
    say('');
    say(
      'Times are main-thread thread time (CPU) from a Chromium trace unless marked wall; ' +
        `load average ${loads.map((l) => l.toFixed(1)).join(' → ')} on ${cpus().length} cores during the run.`,
    );
    say(
      `Chromium ${CHROMIUM}, ${BURSTS.length} bursts per field, a key every ${KEY_GAP_MS.min}-${KEY_GAP_MS.max} ms.`,
    );
  } finally {
    server.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error);
  process.exit(1);
});
