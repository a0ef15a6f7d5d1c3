import { expect, test } from '@playwright/test';
import { epoch, waitForState, watchErrors } from './helpers';
import { visitOnceThenGoOffline } from './offline';

test('after one visit the app reloads and trains with no network', async ({ page, context }) => {
  await visitOnceThenGoOffline(page, context);

  const errors = watchErrors(page);
  await page.reload();
  await expect(page.locator('[data-weight]').first()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Backprop Studio' })).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'training');
  await expect.poll(async () => epoch(page)).toBeGreaterThan(20);
  // Parts loaded on first use were precached too, though this visit never opened them.
  await page.getByRole('button', { name: 'Glossary' }).click();
  await expect(page.getByRole('dialog', { name: 'Glossary' })).toBeVisible();
  await page.keyboard.press('Escape');
  await page.getByText('Share', { exact: true }).click();
  await expect(page.getByRole('button', { name: 'Export model' })).toBeVisible();
  expect(errors).toEqual([]);

  // Nothing outside the precache is reachable: this really is offline.
  const probe = await page.evaluate(() =>
    fetch('./not-precached.json').then(
      () => 'reached',
      () => 'failed',
    ),
  );
  expect(probe).toBe('failed');
});
