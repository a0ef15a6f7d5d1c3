import { test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { measureEpochsPerSecond, median } from '../../bench/measure.ts';
import { ours } from '../../bench/peers/ours.ts';
import { WORKLOADS } from '../../bench/workloads.ts';
import { chooseFullSpeed, openApp, waitForState } from '../helpers';
import { epochRate, frameStats, heapAfterGc, readRecording, startRecording } from './measure';

// Figures, not pass/fail: each test prints a line and attaches it to the report. The cases
// are listed in SCENARIOS so the largest network (6 × 8) and the heatmap can join as rows
// once the UI offers them (see docs/performance.md).

/** Prints and attaches one figure. */
function report(name: string, value: string): void {
  console.log(`[perf] ${name}: ${value}`);
  test.info().annotations.push({ type: name, description: value });
}

/** Sets the Epochs slider (log10 scale) to `epochs`. */
async function setEpochTarget(page: Page, epochs: number): Promise<void> {
  await page.getByRole('slider', { name: 'Epochs' }).fill(String(Math.log10(epochs)));
}

/** A page setup to measure while training at full speed. */
interface Scenario {
  readonly name: string;
  readonly setup: (page: Page) => Promise<void>;
}

const SCENARIOS: readonly Scenario[] = [
  { name: 'W1 (XOR 2-3-1, tutorial)', setup: async () => {} },
  // To add: 6 × 8 hidden on the spiral with the decision-boundary heatmap on.
];

test('load: JavaScript shipped (gzipped) and time to first drawn graph', async ({ page }) => {
  let gzipped = 0;
  const files: string[] = [];
  page.on('response', async (response) => {
    if (response.request().resourceType() !== 'script') return;
    const body = await response.body().catch(() => null);
    if (!body) return;
    gzipped += gzipSync(body, { level: 9 }).length;
    files.push(new URL(response.url()).pathname);
  });
  await page.addInitScript(() => {
    const done = window as unknown as { __firstGraph?: number };
    new MutationObserver((_, observer) => {
      if (document.querySelector('[data-weight]')) {
        done.__firstGraph = performance.now();
        observer.disconnect();
      }
    }).observe(document, { childList: true, subtree: true });
  });
  await openApp(page);
  await page.waitForTimeout(1000); // let the worker script load too
  const firstGraph = await page.evaluate(
    () => (window as unknown as { __firstGraph?: number }).__firstGraph ?? NaN,
  );
  report(
    'JS shipped, gzip -9 (first load)',
    `${(gzipped / 1024).toFixed(1)} KB (${files.join(', ')})`,
  );
  report('time to first drawn graph', `${firstGraph.toFixed(0)} ms after navigation start`);
});

for (const scenario of SCENARIOS) {
  test(`${scenario.name}: worker epochs/s at full speed and main-thread frames`, async ({
    page,
  }) => {
    // The Node figure for the same workload, measured in this process now.
    const w1 = WORKLOADS[0]!;
    const trainer = await ours.create(w1);
    const node = median(
      measureEpochsPerSecond(() => trainer.epoch(), {
        seconds: 1,
        repetitions: 3,
        warmupSeconds: 1,
      }),
    );

    await openApp(page);
    await scenario.setup(page);
    await setEpochTarget(page, 100_000);
    await chooseFullSpeed(page);
    await startRecording(page);
    await page.getByRole('button', { name: 'Play' }).click();
    await waitForState(page, 'done', 120_000);
    const rec = await readRecording(page);
    const worker = epochRate(rec.epochs);
    const frames = frameStats(rec.frames);
    report('Node engine, W1', `${(node / 1e3).toFixed(0)} k epochs/s (CPU time)`);
    report(
      'worker at Full speed, W1',
      `${(worker / 1e3).toFixed(0)} k epochs/s = ${((100 * worker) / node).toFixed(0)} % of Node`,
    );
    report(
      'main thread while training',
      `median ${frames.medianFps.toFixed(1)} fps, worst frame ${frames.worstMs.toFixed(0)} ms, ` +
        `${rec.frames.length} frames, long animation frames: ${rec.longFrames.length}` +
        (rec.longFrames.length ? ` (max ${Math.max(...rec.longFrames).toFixed(0)} ms)` : ''),
    );
  });
}

test('heap after 10,000 and after 100,000 epochs (main thread)', async ({ page }) => {
  await openApp(page);
  await chooseFullSpeed(page);
  await setEpochTarget(page, 10_000);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForState(page, 'done', 120_000);
  const after10k = await heapAfterGc(page);
  // The Epochs slider stops at 100,000: raising it continues the same run.
  await setEpochTarget(page, 100_000);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForState(page, 'done', 300_000);
  const after100k = await heapAfterGc(page);
  report(
    'JS heap used after GC',
    `${(after10k / 1048576).toFixed(2)} MB at 10k epochs, ${(after100k / 1048576).toFixed(2)} MB ` +
      `at 100k (${((100 * (after100k - after10k)) / after10k).toFixed(1)} %)`,
  );
});
