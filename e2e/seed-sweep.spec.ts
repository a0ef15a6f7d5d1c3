import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('a seed sweep reports how many of 20 seeds solve XOR, and can be cancelled', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByLabel('Seeds', { exact: true }).fill('20');
  await page.getByRole('button', { name: 'Run seed sweep' }).click();
  const result = page.locator('.sweep-result');
  // Seeds 0–19 of the tutorial's 2-3-1 (the same count the unit tests compute in Node).
  await expect(result).toHaveText('17 of 20 seeds solve XOR within 1,000 epochs (2-3-1 sigmoid).');
  await expect(page.locator('.sweep-progress')).toContainText('20 of 20 seeds trained');
  await expect(page.locator('.sweep-table tbody tr')).toHaveCount(10);
  await page.locator('.seed-sweep').screenshot({ path: testInfo.outputPath('seed-sweep.png') });

  // 1,000 seeds of 100,000 epochs would take minutes: Cancel stops it at once.
  await page.getByRole('slider', { name: 'Epochs', exact: true }).fill('5');
  await page.getByLabel('Seeds', { exact: true }).fill('1000');
  await page.getByRole('button', { name: 'Run seed sweep' }).click();
  await expect(page.locator('[data-sweep="running"]')).toBeVisible();
  await page.getByRole('button', { name: 'Cancel' }).click();
  await expect(page.locator('[data-sweep="cancelled"]')).toBeVisible();
  await expect(page.locator('.sweep-progress')).toContainText('(cancelled)');
  await expect(page.getByRole('button', { name: 'Run seed sweep' })).toBeEnabled();
  expect(errors).toEqual([]);
});
