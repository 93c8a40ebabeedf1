import { percentile } from './prng';

/** One tool's cost over several rounds of the same inputs; totals are medians of the rounds. */
export interface Timing {
  /** Median over every input of every round, and the 95th percentile, wall-clock. */
  medianMs: number;
  p95Ms: number;
  /** Median over rounds of the round's wall-clock total, and of its CPU time (user + system). */
  totalMs: number;
  cpuMs: number;
  perSecond: number;
  /** Per-round totals, for ratios taken within the same round (the machine's load drifts). */
  roundTotalsMs: number[];
  roundCpuMs: number[];
}

const MB = 1024 * 1024;

/** Heap in use after a full GC (the bench runs with --expose-gc), in MB. */
export function heapUsedMb(): number {
  (globalThis as { gc?: () => void }).gc?.();
  return process.memoryUsage().heapUsed / MB;
}

export interface Runner<T> {
  name: string;
  run(input: T): unknown;
  /** Untimed set-up before each round (e.g. a fresh analyzer that has seen the note). */
  beforeRound?(): void;
}

/**
 * Times every runner over the same inputs, `rounds` times, after a warm-up pass over the first
 * `warmUp` inputs. Runners take turns inside each round, the order rotating from round to round,
 * so a change in the machine's load falls on all of them alike.
 */
export function timeRounds<T>(
  runners: readonly Runner<T>[],
  inputs: readonly T[],
  rounds: number,
  warmUp = 100,
): Timing[] {
  for (const runner of runners) for (const input of inputs.slice(0, warmUp)) runner.run(input);
  const samples = runners.map(() => ({
    times: [] as number[],
    totals: [] as number[],
    cpu: [] as number[],
  }));
  for (let round = 0; round < rounds; round += 1) {
    for (let turn = 0; turn < runners.length; turn += 1) {
      const index = (turn + round) % runners.length;
      const runner = runners[index] as Runner<T>;
      const sample = samples[index] as (typeof samples)[number];
      runner.beforeRound?.();
      const cpuStart = process.cpuUsage();
      const began = performance.now();
      for (const input of inputs) {
        const start = performance.now();
        runner.run(input);
        sample.times.push(performance.now() - start);
      }
      sample.totals.push(performance.now() - began);
      const cpu = process.cpuUsage(cpuStart);
      sample.cpu.push((cpu.user + cpu.system) / 1000);
    }
  }
  return samples.map((sample) => {
    const totalMs = percentile(sample.totals, 50);
    return {
      medianMs: percentile(sample.times, 50),
      p95Ms: percentile(sample.times, 95),
      totalMs,
      cpuMs: percentile(sample.cpu, 50),
      perSecond: (inputs.length / totalMs) * 1000,
      roundTotalsMs: sample.totals,
      roundCpuMs: sample.cpu,
    };
  });
}

/** Median over rounds of a/b, each round's totals compared with the same round's. */
export function medianRatio(a: readonly number[], b: readonly number[]): number {
  return percentile(
    a.map((value, i) => value / (b[i] ?? Number.NaN)),
    50,
  );
}
