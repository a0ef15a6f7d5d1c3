/** How long and how often each (peer, workload) pair is timed. */
export interface MeasureOptions {
  /** Minimum wall time of one repetition. */
  readonly seconds: number;
  readonly repetitions: number;
  /** Untimed training first: synaptic's generated code, for one, needs ~0.5 s to get optimised. */
  readonly warmupSeconds: number;
}

/** Longest warm-up: on a loaded machine the rate may never settle within 10 %. */
const MAX_WARMUP_MS = 10_000;

/**
 * Trains untimed until the rate settles; returns the chunk (epochs between clock reads)
 * that takes ≥ 20 ms. Warm-up runs in 100 ms windows until its time is spent and two
 * windows agree within 10 %: V8 compiles a large generated function (synaptic's) in the
 * background, which takes a variable time when the machine is busy.
 */
export function warmUp(epoch: () => void, warmupSeconds: number): number {
  let chunk = 1;
  const start = performance.now();
  let previousRate = 0;
  for (;;) {
    let epochs = 0;
    const t0 = performance.now();
    let t1 = t0;
    do {
      for (let e = 0; e < chunk; e++) epoch();
      epochs += chunk;
      const t = performance.now();
      if (t - t1 < 20) chunk *= 2;
      t1 = t;
    } while (t1 - t0 < 100);
    const rate = epochs / (t1 - t0);
    const settled = Math.abs(rate - previousRate) <= 0.1 * rate;
    if (t1 - start >= MAX_WARMUP_MS) return chunk;
    if (t1 - start >= warmupSeconds * 1000 && settled) return chunk;
    previousRate = rate;
  }
}

/**
 * Epochs per second of process CPU time over one repetition of ≥ `seconds` of wall time.
 * CPU time, not wall time: the benchmark shares a 2-core machine with builds and browsers,
 * and a time slice lost to them should not count against anyone.
 */
export function epochsPerCpuSecond(epoch: () => void, chunk: number, seconds: number): number {
  let epochs = 0;
  const t0 = performance.now();
  const cpu0 = process.cpuUsage();
  do {
    for (let e = 0; e < chunk; e++) epoch();
    epochs += chunk;
  } while (performance.now() - t0 < seconds * 1000);
  const cpu = process.cpuUsage(cpu0);
  return (epochs * 1e6) / (cpu.user + cpu.system);
}

/** Epochs per second of each repetition, after a warm-up that also sizes the timed chunks. */
export function measureEpochsPerSecond(epoch: () => void, options: MeasureOptions): number[] {
  const chunk = warmUp(epoch, options.warmupSeconds);
  return Array.from({ length: options.repetitions }, () =>
    epochsPerCpuSecond(epoch, chunk, options.seconds),
  );
}

/** The median of a non-empty list. */
export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
