// Whole-process times of the notecoach CLI against write-good's CLI on the same note files:
// what a user or a batch job waits for, start-up included. Linux only for CPU time (it reads
// the CPU time of waited-for children from /proc/self/stat).
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusNote } from './corpus';
import { percentile } from './prng';

const REPO = fileURLToPath(new URL('../', import.meta.url));
const NOTECOACH = join(REPO, 'bin/notecoach.mjs');

/** write-good's own CLI, found the way the in-process bench finds its library. */
function writeGoodBin(): string {
  const manifestPath = createRequire(import.meta.url).resolve('write-good/package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    bin: Record<string, string>;
  };
  return join(dirname(manifestPath), manifest.bin['write-good'] ?? 'bin/write-good.js');
}

/** User + system CPU of this process's waited-for children, in ms (NaN off Linux). */
function childrenCpuMs(): number {
  try {
    const fields = readFileSync('/proc/self/stat', 'utf8').split(') ')[1]?.split(' ') ?? [];
    // cutime and cstime, fields 16 and 17 of stat(5), counted from field 3 after the name.
    const ticks = Number(fields[13]) + Number(fields[14]);
    return (ticks * 1000) / 100;
  } catch {
    return Number.NaN;
  }
}

export interface ProcessTiming {
  wallMs: number[];
  cpuMs: number[];
}

function timeProcess(args: string[]): { wallMs: number; cpuMs: number } {
  const cpuBefore = childrenCpuMs();
  const began = performance.now();
  const result = spawnSync(process.execPath, args, {
    cwd: REPO,
    stdio: ['ignore', 'ignore', 'pipe'],
    maxBuffer: 64 * 1024 * 1024,
  });
  const wallMs = performance.now() - began;
  if (result.error) throw result.error;
  // write-good exits with its number of suggestions, so only a signal or a complaint fails a run.
  if (result.status === null || result.stderr.length > 0)
    throw new Error(`${args[0]} failed (${String(result.status)}): ${String(result.stderr)}`);
  return { wallMs, cpuMs: childrenCpuMs() - cpuBefore };
}

export interface CliComparison {
  notes: number;
  notecoach: ProcessTiming;
  writeGood: ProcessTiming;
  /** Another notecoach launcher (an older build, say), timed in the same rounds. */
  baseline?: ProcessTiming;
}

/**
 * Writes the notes as files (each with its "# program:" line, which write-good reads too), then
 * runs both CLIs over all of them `rounds` times, alternating which goes first. With
 * `baseline`, the path of another notecoach launcher (bin/notecoach.mjs of another checkout),
 * that one runs in the same rounds too, for a before/after measured side by side.
 */
export function compareClis(
  notes: readonly CorpusNote[],
  rounds: number,
  baseline?: string,
): CliComparison {
  const dir = mkdtempSync(join(tmpdir(), 'notecoach-bench-'));
  try {
    const files = notes.map((note, i) => {
      const path = join(dir, `${String(i).padStart(4, '0')}.txt`);
      writeFileSync(path, `# program: ${note.program}\n${note.text}\n`);
      return path;
    });
    type Tool = 'notecoach' | 'writeGood' | 'baseline';
    const runs: Partial<Record<Tool, string[]>> = {
      notecoach: [NOTECOACH, 'check', ...files],
      writeGood: [writeGoodBin(), ...files],
      ...(baseline === undefined ? {} : { baseline: [baseline, 'check', ...files] }),
    };
    const tools = Object.keys(runs) as Tool[];
    const timings = Object.fromEntries(
      tools.map((tool) => [tool, { wallMs: [], cpuMs: [] } as ProcessTiming]),
    ) as Record<Tool, ProcessTiming>;
    // One untimed run each, so all start with the files and the modules in the page cache.
    for (const tool of tools) timeProcess(runs[tool] ?? []);
    for (let round = 0; round < rounds; round += 1) {
      const order = round % 2 === 0 ? tools : [...tools].reverse();
      for (const tool of order) {
        const { wallMs, cpuMs } = timeProcess(runs[tool] ?? []);
        timings[tool].wallMs.push(wallMs);
        timings[tool].cpuMs.push(cpuMs);
      }
    }
    return { notes: notes.length, ...timings };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

export const median = (values: readonly number[]): number => percentile(values, 50);
