// Reads a Chromium trace of one page: the tasks its main thread ran, which of them ran
// NoteCoach's code (a call into a chrome-extension:// script), and when keys went down.
import type { CDPSession } from 'playwright-core';

interface TraceEvent {
  name: string;
  ph: string;
  pid: number;
  tid: number;
  ts: number;
  dur?: number;
  tdur?: number;
  args?: { data?: { type?: string; url?: string } };
}

export interface MainThreadTask {
  /** Start, in trace microseconds. */
  ts: number;
  /** Wall time, ms. */
  ms: number;
  /** Time the thread actually ran (wall time minus time the OS gave the core to others), ms. */
  cpuMs: number;
  /** Thread time NoteCoach's own script calls took inside the task, ms; 0 when none ran. */
  oursMs: number;
  /** The biggest of those calls: "load sidebar.js" or "run reader.js". */
  what: string;
}

export interface PageTrace {
  tasks: MainThreadTask[];
  /** When each key went down, trace microseconds, in order. */
  keydowns: number[];
  /** When each input event was dispatched (a paste is one, without a key), in order. */
  inputs: number[];
  /** Each evaluation of one of NoteCoach's scripts: its file and thread time, ms. */
  evaluations: { file: string; ms: number }[];
}

const CATEGORIES = ['devtools.timeline', 'disabled-by-default-devtools.timeline', 'v8.execute'];
const OUR_SCRIPTS = 'chrome-extension://';

/** Starts tracing; the returned function stops it and reads the page's main thread. */
export async function traceMainThread(cdp: CDPSession): Promise<() => Promise<PageTrace>> {
  const events: TraceEvent[] = [];
  cdp.on('Tracing.dataCollected', ({ value }) =>
    events.push(...(value as unknown as TraceEvent[])),
  );
  await cdp.send('Tracing.start', {
    traceConfig: { includedCategories: CATEGORIES },
    transferMode: 'ReportEvents',
  });
  return async () => {
    const complete = new Promise((done) => cdp.once('Tracing.tracingComplete', done));
    await cdp.send('Tracing.end');
    await complete;
    return readPageTrace(events);
  };
}

function readPageTrace(events: readonly TraceEvent[]): PageTrace {
  const keyEvents = events.filter(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'keydown',
  );
  const inputEvents = events.filter(
    (e) => e.name === 'EventDispatch' && e.args?.data?.type === 'input',
  );
  // The page's main thread: where its keys, input or clicks were dispatched.
  const main =
    keyEvents[0] ??
    inputEvents[0] ??
    events.find((e) => e.name === 'EventDispatch' && e.args?.data?.type === 'mousedown');
  if (!main) return { tasks: [], keydowns: [], inputs: [], evaluations: [] };
  const onMain = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid && e.ph === 'X';
  const ourCalls = events
    .filter((e) => onMain(e) && (e.name === 'FunctionCall' || e.name === 'EvaluateScript'))
    .filter((e) => e.args?.data?.url?.startsWith(OUR_SCRIPTS))
    .sort((a, b) => a.ts - b.ts);
  const tasks = events
    .filter((e) => onMain(e) && e.name === 'RunTask')
    .map((task) => {
      const end = task.ts + (task.dur ?? 0);
      const inside = ourCalls.filter((call) => call.ts >= task.ts && call.ts < end);
      return {
        ts: task.ts,
        ms: (task.dur ?? 0) / 1000,
        cpuMs: (task.tdur ?? task.dur ?? 0) / 1000,
        oursMs: outermostTotal(inside) / 1000,
        what: describe(inside),
      };
    });
  const evaluations = ourCalls
    .filter((call) => call.name === 'EvaluateScript')
    .map((call) => ({
      file: call.args?.data?.url?.split('/').pop() ?? '',
      ms: (call.tdur ?? call.dur ?? 0) / 1000,
    }));
  const onMainThread = (e: TraceEvent) => e.pid === main.pid && e.tid === main.tid;
  return {
    tasks,
    keydowns: keyEvents
      .filter(onMainThread)
      .map((e) => e.ts)
      .sort((a, b) => a - b),
    inputs: inputEvents
      .filter(onMainThread)
      .map((e) => e.ts)
      .sort((a, b) => a - b),
    evaluations,
  };
}

function describe(calls: readonly TraceEvent[]): string {
  const biggest = calls.reduce<TraceEvent | undefined>(
    (top, call) => (top && (top.tdur ?? 0) >= (call.tdur ?? 0) ? top : call),
    undefined,
  );
  if (!biggest) return '';
  const file = biggest.args?.data?.url?.split('/').pop() ?? '';
  return `${biggest.name === 'EvaluateScript' ? 'load' : 'run'} ${file}`;
}

/** Total thread time of calls, counting a call nested in another only once. */
function outermostTotal(calls: readonly TraceEvent[]): number {
  let total = 0;
  let coveredUntil = -Infinity;
  for (const call of calls) {
    const end = call.ts + (call.dur ?? 0);
    if (call.ts >= coveredUntil) {
      total += call.tdur ?? call.dur ?? 0;
      coveredUntil = end;
    }
  }
  return total;
}
