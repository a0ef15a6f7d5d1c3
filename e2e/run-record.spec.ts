import { spawnSync } from 'node:child_process';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseFullSpeed,
  epoch,
  loss,
  openApp,
  skipTour,
  waitForState,
  watchErrors,
  weights,
} from './helpers';

/** Opens the share menu, copies the link and returns it as the page shows it. */
async function copyLink(page: Page): Promise<string> {
  await page.getByText('Share', { exact: true }).click();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link' });
  await expect(field).toHaveValue(/^http/);
  return field.inputValue();
}

/** Trains to the epoch target at full speed. */
async function playToEnd(page: Page): Promise<void> {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
}

/** The `Epoch N, Loss: x` lines a script printed, by epoch. */
function printedLosses(stdout: string): Map<number, number> {
  return new Map(
    [...stdout.matchAll(/^Epoch (\d+), Loss: (\S+)$/gm)].map((m) => [Number(m[1]), Number(m[2])]),
  );
}

function relative(a: number, b: number): number {
  return Math.abs(a - b) / Math.abs(b);
}

test('a run edited live travels whole: a link replays it, Python retrains it', async ({
  page,
  browser,
}) => {
  test.setTimeout(120_000);
  const errors = watchErrors(page);
  await openApp(page);
  await chooseFullSpeed(page);
  // A live resize before the first update: the new neuron starts from the app's own draw.
  await page.getByLabel('Hidden neurons').fill('4');
  await expect(page.locator('[data-weight]')).toHaveCount(2 * 4 + 4);
  // Train to epoch 200 exactly (the target stops it there), then lower the rate.
  await page.getByRole('slider', { name: 'Epochs' }).fill('2.3'); // 10^2.3 → 200
  await playToEnd(page);
  expect(await epoch(page)).toBe(200);
  await page.getByLabel('Learning rate').fill('-0.4'); // 10^-0.4 → 0.4
  await expect(page.getByLabel('Learning rate')).toHaveAttribute('aria-valuetext', '0.4');
  await page.getByRole('slider', { name: 'Epochs' }).fill('3'); // 1000
  await playToEnd(page);
  expect(await epoch(page)).toBe(1000);
  const finalLoss = await loss(page);
  const finalWeights = await weights(page);

  const link = await copyLink(page);
  // The start's settings as before, the edits and the epoch; no weights needed.
  expect(link).toMatch(/[?&]speed=0&e=1000&edits=0_c_h_4~200_c_lr_0\.4$/);
  await expect(page.locator('[data-notice]')).toHaveCount(0);

  // A fresh browser: the link replays the run to epoch 1000, bit for bit.
  const other = await browser.newContext();
  const fresh = await other.newPage();
  const freshErrors = watchErrors(fresh);
  await skipTour(fresh);
  const openAt = async (url: string) => {
    await fresh.goto(url);
    await expect(fresh.locator('[data-weight]').first()).toBeVisible();
  };
  await openAt(link);
  await expect.poll(() => epoch(fresh)).toBe(1000);
  expect(await loss(fresh)).toBe(finalLoss);
  expect(await weights(fresh)).toEqual(finalWeights);
  // Honest controls: the settings the run has now, not those it started with.
  await expect(fresh.getByLabel('Learning rate')).toHaveAttribute('aria-valuetext', '0.4');
  await expect(fresh.getByLabel('Hidden neurons')).toHaveAttribute('aria-valuetext', '4');
  await expect(fresh.locator('[data-notice]')).toHaveCount(0);

  // From its start, the same link trains to the same final loss: the edits happen on the way.
  const fromStart = new URL(link);
  fromStart.searchParams.delete('e');
  await openAt(fromStart.href);
  await expect.poll(() => epoch(fresh)).toBe(0);
  await playToEnd(fresh);
  expect(await epoch(fresh)).toBe(1000);
  expect(relative(await loss(fresh), finalLoss)).toBeLessThanOrEqual(1e-12);
  expect(await weights(fresh)).toEqual(finalWeights);

  // The exported script replays the edits and prints the app's losses.
  await page.getByRole('button', { name: 'Step through' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Python' }).click();
  const path = await (await download).path();
  const python = spawnSync('python3', [path], { encoding: 'utf8' });
  expect(python.stderr).toBe('');
  expect(python.status).toBe(0);
  const printed = printedLosses(python.stdout);
  expect([...printed.keys()]).toEqual([0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000]);
  expect(relative(printed.get(1000)!, finalLoss)).toBeLessThan(1e-9);
  // Each printed loss against the app's at that epoch: the link replayed to there.
  for (const at of [0, 100, 200, 300, 400, 500, 600, 700, 800, 900]) {
    const url = new URL(link);
    url.searchParams.set('e', String(at));
    await openAt(url.href);
    await expect.poll(() => epoch(fresh)).toBe(at);
    expect(relative(printed.get(at)!, await loss(fresh)), `epoch ${at}`).toBeLessThan(1e-9);
  }
  await other.close();
  expect(errors).toEqual([]);
  expect(freshErrors).toEqual([]);
});
