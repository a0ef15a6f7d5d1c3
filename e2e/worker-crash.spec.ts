import { expect, test } from '@playwright/test';
import { epoch, openApp, weights } from './helpers';

test('a killed trainer is replaced within seconds and training goes on from where it was', async ({
  page,
}) => {
  await openApp(page);
  await page.getByRole('slider', { name: 'Epochs', exact: true }).fill('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(100);

  const trainer = page.workers().find((worker) => worker.url().includes('trainer'));
  expect(trainer).toBeDefined();
  // Closing from inside fires no error event: only the silence gives it away.
  await trainer!.evaluate(() => (self as unknown as { close: () => void }).close());
  const killedAt = await epoch(page);

  await expect(page.getByText(/The trainer stopped/)).toBeVisible({ timeout: 5_000 });
  // It carried on from the last snapshot, not from epoch 0, and keeps training.
  await expect.poll(() => epoch(page)).toBeGreaterThan(killedAt + 50);
  expect((await weights(page)).every(Number.isFinite)).toBe(true);
  const curve = await page
    .locator('svg[aria-label="Loss curve"] path.series.train')
    .getAttribute('d');
  // The curve still starts at epoch 0: nothing of the run was lost.
  expect(curve?.split('L').length).toBeGreaterThan(10);
});
