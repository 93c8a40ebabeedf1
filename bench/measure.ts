import { percentile } from './prng';

export interface Timing {
  medianMs: number;
  p95Ms: number;
  totalMs: number;
  perSecond: number;
  heapBeforeMb: number;
  heapAfterMb: number;
}

const MB = 1024 * 1024;

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Times `run` once per input after a short warm-up; heap is read around the timed loop. */
export function timeEach<T>(inputs: readonly T[], run: (input: T) => unknown, warmUp = 20): Timing {
  for (const input of inputs.slice(0, warmUp)) run(input);
  collectGarbage();
  const heapBefore = process.memoryUsage().heapUsed;
  const times: number[] = [];
  const began = performance.now();
  for (const input of inputs) {
    const start = performance.now();
    run(input);
    times.push(performance.now() - start);
  }
  const totalMs = performance.now() - began;
  const heapAfter = process.memoryUsage().heapUsed;
  return {
    medianMs: percentile(times, 50),
    p95Ms: percentile(times, 95),
    totalMs,
    perSecond: (inputs.length / totalMs) * 1000,
    heapBeforeMb: heapBefore / MB,
    heapAfterMb: heapAfter / MB,
  };
}
