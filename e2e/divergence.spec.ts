import { expect, test } from '@playwright/test';
import { chooseFullSpeed, epoch, openApp, watchErrors, weights } from './helpers';

test('a learning rate that blows up stops at the last sane weights and says so', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Hidden activation' }).selectOption('relu');
  await page.getByRole('combobox', { name: 'Output activation' }).selectOption('linear');
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).fill('0.5'); // ≈ 3.2
  await chooseFullSpeed(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();

  const notice = page.locator('[data-diverged]');
  await expect(notice).toBeVisible();
  await expect(notice).toContainText('the loss blew up');
  await expect(page.locator('[data-state="stopped"]')).toBeVisible();
  const stoppedAt = await epoch(page);
  expect(stoppedAt).toBeLessThan(1000);
  // Nothing drawn is NaN or infinite, and the loss shown is a number.
  expect((await weights(page)).every(Number.isFinite)).toBe(true);
  const loss = Number(await page.locator('[data-loss]').getAttribute('data-loss'));
  expect(Number.isFinite(loss)).toBe(true);

  // The way out: a smaller rate, and training goes on from where it stopped.
  await notice.getByRole('button', { name: /Lower the rate/ }).click();
  await expect(notice).toBeHidden();
  await expect.poll(() => epoch(page)).toBeGreaterThan(stoppedAt);
  expect(errors).toEqual([]);
});
