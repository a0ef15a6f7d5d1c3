import { expect, test } from '@playwright/test';
import { chooseFullSpeed, epoch, openApp, waitForState, watchErrors, weights } from './helpers';

test('a pinned run stays as a ghost curve while a new rate trains from the same weights', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await openApp(page);
  const start = await weights(page);
  await chooseFullSpeed(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  await page.getByRole('button', { name: 'Pin run' }).click();
  const ghost = page.locator('.loss-panel path.series.pinned');
  await expect(ghost).toHaveCount(1);
  await expect(page.locator('.loss-panel .chart-legend')).toContainText(
    'pinned: lr 1, 2-3-1 sigmoid, seed 0',
  );
  const ghostPath = await ghost.getAttribute('d');

  await page.getByLabel('Learning rate').fill('-1'); // 10^-1 = 0.1
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBe(0);
  expect(await weights(page)).toEqual(start);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  const trainPath = await page.locator('.loss-panel path.series.train').getAttribute('d');
  expect(trainPath).toBeTruthy();
  expect(trainPath).not.toEqual(await ghost.getAttribute('d'));
  // The ghost is the first run, untouched by the second (the x axis is the same 0–1000).
  expect(await ghost.getAttribute('d')).toEqual(ghostPath);
  await page.screenshot({ path: testInfo.outputPath('compare.png'), fullPage: true });

  await page.getByRole('button', { name: 'Unpin' }).click();
  await expect(ghost).toHaveCount(0);
  expect(errors).toEqual([]);
});
