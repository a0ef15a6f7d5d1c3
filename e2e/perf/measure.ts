import type { Page, Worker } from '@playwright/test';

/** What the page recorded while it trained (see startRecording). */
export interface Recording {
  /** performance.now() of each animation frame. */
  frames: number[];
  /** [time, epoch] read from the status bar at each frame. */
  epochs: [number, number][];
  /** Durations of long-animation-frame entries (ms). */
  longFrames: number[];
}

/**
 * Starts recording in the page: every requestAnimationFrame's timestamp and the epoch the
 * status bar shows, plus long-animation-frame entries (Chromium ≥ 123). A recording started
 * later in the same page replaces it.
 */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec: Recording = { frames: [], epochs: [], longFrames: [] };
    (window as unknown as { __perf: Recording }).__perf = rec;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) rec.longFrames.push(entry.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
    const tick = (t: number) => {
      if ((window as unknown as { __perf: Recording }).__perf !== rec) return; // a newer one runs
      rec.frames.push(t);
      const epoch = Number(document.querySelector('[data-epoch]')?.getAttribute('data-epoch'));
      rec.epochs.push([t, epoch]);
      requestAnimationFrame(tick);
    };
    requestAnimationFrame(tick);
  });
}

/** The recording so far. */
export async function readRecording(page: Page): Promise<Recording> {
  return page.evaluate(() => (window as unknown as { __perf: Recording }).__perf);
}

/** Frame statistics: median fps, the longest gap between frames, and how many exceed 50 ms. */
export function frameStats(frames: readonly number[]): {
  medianFps: number;
  worstMs: number;
  over50: number;
} {
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? NaN;
  return {
    medianFps: 1000 / median,
    worstMs: sorted[sorted.length - 1] ?? NaN,
    over50: gaps.filter((gap) => gap > 50).length,
  };
}

/**
 * Epochs per second while the epoch counter moved: from the first frame showing a count
 * above 0 to the first frame showing the final count (startup and the idle tail excluded).
 */
export function epochRate(epochs: readonly [number, number][]): number {
  const moving = epochs.filter(([, e]) => e > 0);
  const last = moving[moving.length - 1];
  const first = moving[0];
  if (!first || !last) return NaN;
  const end = moving.find(([, e]) => e === last[1])!;
  return (end[1] - first[1]) / ((end[0] - first[0]) / 1000);
}

/** Used JS heap after a forced garbage collection, via the Chrome DevTools Protocol. */
export async function heapAfterGc(page: Page): Promise<number> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('HeapProfiler.enable');
  await cdp.send('HeapProfiler.collectGarbage');
  await cdp.send('Performance.enable');
  const { metrics } = await cdp.send('Performance.getMetrics');
  await cdp.detach();
  return metrics.find((m) => m.name === 'JSHeapUsedSize')?.value ?? NaN;
}

/** Wall-clock milliseconds comparable between the page and its worker (same machine clock). */
type Stamp = number;

/**
 * Instruments the app's trainer worker: when it finished applying each `configure` patch
 * that set a learning rate, and when it first posted a snapshot echoing that rate.
 */
export async function watchWorkerConfig(page: Page): Promise<Worker> {
  // The newest trainer worker: the page may have started others (or replaced this one).
  const worker = page
    .workers()
    .filter((w) => w.url().includes('trainer'))
    .at(-1);
  if (!worker) throw new Error('the trainer worker has not started');
  await worker.evaluate(() => {
    interface Scope {
      onmessage: ((event: MessageEvent) => void) | null;
      postMessage(message: unknown, transfer: Transferable[]): void;
      __applied: [number, number][];
      __echoed: [number, number][];
    }
    const scope = self as unknown as Scope;
    const stamp = () => performance.timeOrigin + performance.now();
    scope.__applied = [];
    scope.__echoed = [];
    const handle = scope.onmessage!;
    scope.onmessage = (event) => {
      handle(event);
      const data = event.data as { type: string; patch?: { learningRate?: number } };
      const rate = data.type === 'configure' ? data.patch?.learningRate : undefined;
      if (rate !== undefined) scope.__applied.push([stamp(), rate]);
    };
    const post = scope.postMessage.bind(scope);
    scope.postMessage = (message, transfer) => {
      const m = message as { type: string; snapshot?: { trainedWith: { learningRate: number } } };
      const rate = m.snapshot?.trainedWith.learningRate;
      const last = scope.__echoed[scope.__echoed.length - 1];
      if (rate !== undefined && rate !== last?.[1]) scope.__echoed.push([stamp(), rate]);
      post(message, transfer);
    };
  });
  return worker;
}

/** What watchWorkerConfig recorded: [time, learning rate] pairs. */
export async function readWorkerConfig(
  worker: Worker,
): Promise<{ applied: [Stamp, number][]; echoed: [Stamp, number][] }> {
  return worker.evaluate(() => {
    const scope = self as unknown as {
      __applied: [number, number][];
      __echoed: [number, number][];
    };
    return { applied: scope.__applied, echoed: scope.__echoed };
  });
}

/** The page-side time of the next `input` event on the slider named `name`. */
export async function stampNextInput(page: Page, name: string): Promise<() => Promise<Stamp>> {
  const slider = page.getByRole('slider', { name });
  await slider.evaluate((input) => {
    const el = input as HTMLInputElement & { __inputAt?: number };
    delete el.__inputAt;
    el.addEventListener(
      'input',
      () => {
        el.__inputAt = performance.timeOrigin + performance.now();
      },
      { once: true, capture: true },
    );
  });
  return () =>
    slider.evaluate(
      (input) => (input as HTMLInputElement & { __inputAt?: number }).__inputAt ?? NaN,
    );
}

/** Self time per function on the main thread between start and stop (CDP Profiler). */
export async function profileMainThread(page: Page): Promise<() => Promise<string[]>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Profiler.enable');
  await cdp.send('Profiler.setSamplingInterval', { interval: 500 });
  await cdp.send('Profiler.start');
  return async () => {
    const { profile } = await cdp.send('Profiler.stop');
    await cdp.detach();
    const byNode = new Map<number, number>();
    const deltas = profile.timeDeltas ?? [];
    (profile.samples ?? []).forEach((id, i) =>
      byNode.set(id, (byNode.get(id) ?? 0) + (deltas[i] ?? 0)),
    );
    const self = new Map<string, number>();
    let total = 0;
    for (const node of profile.nodes) {
      const { functionName, url, lineNumber, columnNumber } = node.callFrame;
      const file = url.split('/').pop() ?? '';
      const key = `${functionName || '(anonymous)'} ${file}:${lineNumber + 1}:${columnNumber + 1}`;
      const us = byNode.get(node.id) ?? 0;
      total += us;
      self.set(key, (self.get(key) ?? 0) + us);
    }
    return [...self.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, 12)
      .map(([key, us]) => `${((100 * us) / total).toFixed(1)} % ${key}`);
  };
}
