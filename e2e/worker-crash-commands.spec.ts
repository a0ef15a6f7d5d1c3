import { expect, test, type Page } from '@playwright/test';
import { epoch, openApp, waitForState, weights } from './helpers';

/** Closes the trainer from inside: no error event, only silence gives it away. */
async function killTrainerSilently(page: Page): Promise<void> {
  const trainer = page.workers().find((worker) => worker.url().includes('trainer'));
  expect(trainer).toBeDefined();
  await trainer!.evaluate(() => (self as unknown as { close: () => void }).close());
}

async function stepTo(page: Page, target: number): Promise<void> {
  for (let n = (await epoch(page)) + 1; n <= target; n++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => epoch(page)).toBe(n);
  }
}

/** Three epochs, then Reseed, a fourth hidden neuron and a Step: optionally with a dead trainer. */
async function reseedAndGrow(page: Page, fault: boolean): Promise<void> {
  await openApp(page);
  await stepTo(page, 3);
  if (fault) await killTrainerSilently(page);
  await page.getByRole('button', { name: 'Reseed', exact: true }).click();
  await page.getByRole('slider', { name: 'Hidden neurons' }).fill('4');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
}

test('commands sent to a silently dead trainer reach its replacement, in order', async ({
  context,
}) => {
  const healthy = await context.newPage();
  await reseedAndGrow(healthy, false);
  // 2 inputs, 4 hidden, 1 output: 12 edges.
  await expect(healthy.locator('[data-weight]')).toHaveCount(12);
  await expect.poll(() => epoch(healthy)).toBeGreaterThan(0);
  const expectedEpoch = await epoch(healthy);
  await expect.poll(() => weights(healthy)).not.toEqual([]);
  const expected = await weights(healthy);

  const faulty = await context.newPage();
  await reseedAndGrow(faulty, true);
  await expect(faulty.getByText(/The trainer stopped/)).toBeVisible({ timeout: 5_000 });
  await expect(faulty.locator('[data-weight]')).toHaveCount(12);
  await expect.poll(() => epoch(faulty)).toBe(expectedEpoch);
  await expect.poll(() => weights(faulty)).toEqual(expected);
  // The link too: the same run, the same address.
  await expect.poll(() => new URL(faulty.url()).search).toBe(new URL(healthy.url()).search);
  // One replacement, one notice, and it says what happened: the run went on from epoch 3.
  await expect(faulty.getByText(/The trainer stopped/)).toHaveCount(1);
  await expect(faulty.getByText(/took over at epoch 3;/)).toBeVisible();
});

test('Play reaches a trainer that died silently while paused', async ({ page }) => {
  await openApp(page);
  await stepTo(page, 2);
  await killTrainerSilently(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(page.getByText(/took over at epoch 2;/)).toBeVisible({ timeout: 5_000 });
  await waitForState(page, 'training');
  await expect.poll(() => epoch(page)).toBeGreaterThan(10);
});
