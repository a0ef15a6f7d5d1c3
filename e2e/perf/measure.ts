import type { Page } from '@playwright/test';

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
 * status bar shows, plus long-animation-frame entries (Chromium ≥ 123).
 */
export async function startRecording(page: Page): Promise<void> {
  await page.evaluate(() => {
    const rec: Recording = { frames: [], epochs: [], longFrames: [] };
    (window as unknown as { __perf: Recording }).__perf = rec;
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) rec.longFrames.push(entry.duration);
    }).observe({ type: 'long-animation-frame', buffered: false });
    const tick = (t: number) => {
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

/** Frame statistics: median fps and the longest gap between frames. */
export function frameStats(frames: readonly number[]): { medianFps: number; worstMs: number } {
  const gaps = frames.slice(1).map((t, i) => t - frames[i]!);
  const sorted = [...gaps].sort((a, b) => a - b);
  const median = sorted[sorted.length >> 1] ?? NaN;
  return { medianFps: 1000 / median, worstMs: sorted[sorted.length - 1] ?? NaN };
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
