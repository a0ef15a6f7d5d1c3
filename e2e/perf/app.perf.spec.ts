import { test, type Page } from '@playwright/test';
import { gzipSync } from 'node:zlib';
import { median } from '../../bench/measure.ts';
import { TUTORIAL_CONFIG } from '../../src/state/defaults.ts';
import { presetPatch } from '../../src/state/presets.ts';
import type { TrainerConfig } from '../../src/training/protocol.ts';
import { chooseFullSpeed, epoch, openApp, waitForState } from '../helpers';
import {
  epochRate,
  frameStats,
  heapAfterGc,
  profileMainThread,
  readRecording,
  readWorkerConfig,
  startRecording,
  stampNextInput,
  watchWorkerConfig,
  type Recording,
} from './measure';
import { nodeTrainerRate } from './node-rates';

// Figures, not pass/fail: each test prints a line and attaches it to the report.

/** Prints and attaches one figure. */
function report(name: string, value: string): void {
  console.log(`[perf] ${name}: ${value}`);
  test.info().annotations.push({ type: name, description: value });
}

/** Sets the Epochs slider (log10 scale) to `epochs`. */
async function setEpochTarget(page: Page, epochs: number): Promise<void> {
  await page.getByRole('slider', { name: 'Epochs' }).fill(String(Math.log10(epochs)));
}

/** Largest network the UI builds: 6 hidden layers of MAX_NEURONS (8). */
const LARGEST_HIDDEN = [8, 8, 8, 8, 8, 8];

/** Spiral preset, then "Add hidden layer" and "Add neuron to layer N" up to 6 × 8. */
async function buildLargestSpiral(page: Page): Promise<void> {
  // Choosing a dataset keeps the settings unless asked: LARGEST_CONFIG is the preset's.
  await page.getByRole('checkbox', { name: 'Apply the preset' }).check();
  await page.getByRole('combobox', { name: /^Dataset/ }).selectOption({ label: 'Spiral' });
  const addLayer = page.getByRole('button', { name: 'Add hidden layer' });
  // The buttons' own click events: at the default viewport another control overlaps some
  // of them, which a pointer click would hit instead.
  while (await addLayer.isEnabled()) await addLayer.dispatchEvent('click');
  for (let layer = 1; layer <= LARGEST_HIDDEN.length; layer++) {
    const add = page.getByRole('button', { name: `Add neuron to layer ${layer}` });
    while (await add.isEnabled()) await add.dispatchEvent('click');
  }
  const neurons = await page.locator('[data-layer="3"][data-index]').count();
  report('largest network built via the UI', `${neurons} neurons drawn in hidden layer 3`);
}

/** The page's config for the largest network, for the same run in Node. */
const LARGEST_CONFIG: TrainerConfig = {
  ...TUTORIAL_CONFIG,
  ...presetPatch('spiral'),
  hiddenSizes: LARGEST_HIDDEN,
  speed: 0,
  epochTarget: 1_000_000,
};

function reportFrames(label: string, rec: Recording): void {
  const frames = frameStats(rec.frames);
  report(
    `main thread while training, ${label}`,
    `median ${frames.medianFps.toFixed(1)} fps, worst frame ${frames.worstMs.toFixed(0)} ms, ` +
      `${frames.over50} of ${rec.frames.length} frames over 50 ms, long animation frames: ${rec.longFrames.length}` +
      (rec.longFrames.length ? ` (max ${Math.max(...rec.longFrames).toFixed(0)} ms)` : ''),
  );
}

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

test('largest network (6 × 8, spiral, heatmap): rate, frames, slider → worker latency', async ({
  page,
}) => {
  const node = nodeTrainerRate(LARGEST_CONFIG, 1);
  report('Node Trainer, spiral 6 × 8', `${node.toFixed(0)} epochs/s (CPU time, no snapshots)`);
  await openApp(page);
  await buildLargestSpiral(page);
  await chooseFullSpeed(page);
  await setEpochTarget(page, 100_000);
  const trainerWorker = await watchWorkerConfig(page);
  await page.waitForTimeout(500); // let the rebuilt graph settle before recording
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForTimeout(1000);
  // Frames come from 5 s of training alone: Playwright's own queries (a role lookup walks the
  // whole page, the graph's 400 keyboard buttons included) would be timed too.
  await startRecording(page);
  await page.waitForTimeout(5000);
  const rec = await readRecording(page);
  // Then a profile of its own: sampling every 0.5 ms slows the very frames it would explain.
  const stopProfile = await profileMainThread(page);
  await page.waitForTimeout(3000);
  const hot = await stopProfile();
  // Learning-rate slider moves while training: when did the worker apply and echo each one?
  const latencies: { applied: number; echoed: number }[] = [];
  const positions = [-1.3, -1.6, -1.4, -1.7, -1.5, -1.2, -1.8];
  for (const position of positions) {
    const inputAt = await stampNextInput(page, 'Learning rate');
    await page.getByRole('slider', { name: 'Learning rate' }).fill(String(position));
    await page.waitForTimeout(600);
    const at = await inputAt();
    const { applied, echoed } = await readWorkerConfig(trainerWorker);
    const rate = applied[applied.length - 1]?.[1];
    const echo = echoed.find(([t, r]) => r === rate && t >= at);
    latencies.push({
      applied: (applied[applied.length - 1]?.[0] ?? NaN) - at,
      echoed: (echo?.[0] ?? NaN) - at,
    });
  }
  await page.getByRole('button', { name: 'Pause' }).click();
  const worker = epochRate(rec.epochs);
  report(
    'worker at Full speed, spiral 6 × 8 + heatmap',
    `${worker.toFixed(0)} epochs/s = ${((100 * worker) / node).toFixed(0)} % of Node`,
  );
  reportFrames('spiral 6 × 8 + heatmap', rec);
  const applied = latencies.map((l) => l.applied);
  const echoed = latencies.map((l) => l.echoed);
  report(
    'learning-rate slider → worker',
    `applied: median ${median(applied).toFixed(1)} ms, max ${Math.max(...applied).toFixed(1)} ms; ` +
      `echoed in a snapshot: median ${median(echoed).toFixed(1)} ms, max ${Math.max(...echoed).toFixed(1)} ms ` +
      `(${positions.length} moves)`,
  );
  report('main-thread self time while training (top)', `\n  ${hot.join('\n  ')}`);
});

test('heap after 10,000 and after 1,000,000 epochs (main thread)', async ({ page }) => {
  // One run of 1,000,000 epochs (the link's epochs= allows it; the slider stops at 100,000):
  // at 3,000 epochs/s up to 10,000 and a pause for the first reading, then at full speed.
  await openApp(page, '?epochs=1000000&speed=3000');
  await page.getByRole('button', { name: 'Play' }).click();
  await page.waitForFunction(
    () => Number(document.querySelector('[data-epoch]')?.getAttribute('data-epoch')) >= 10_000,
  );
  await page.getByRole('button', { name: 'Pause' }).click();
  await waitForState(page, 'paused');
  const early = await epoch(page);
  const atEarly = await heapAfterGc(page);
  await chooseFullSpeed(page);
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForState(page, 'done', 300_000);
  const atEnd = await heapAfterGc(page);
  report(
    'JS heap used after GC',
    `${(atEarly / 1048576).toFixed(2)} MB at ${early} epochs, ${(atEnd / 1048576).toFixed(2)} MB ` +
      `at 1,000,000 (${((100 * (atEnd - atEarly)) / atEarly).toFixed(1)} %)`,
  );
});
