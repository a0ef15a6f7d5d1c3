import { expect, test } from '@playwright/test';
import { watchErrors } from './helpers';

test('the tour opens on a first visit, steps over the page, and is remembered', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.goto('./');
  const card = page.getByRole('dialog');
  await expect(card).toHaveAccessibleName('The network');
  await expect(card).toContainText('Step 1 of 6');
  await page.getByRole('button', { name: 'Next' }).click();
  await expect(card).toHaveAccessibleName('Play');
  await page.getByRole('button', { name: 'Back' }).click();
  await expect(card).toHaveAccessibleName('The network');
  for (let i = 0; i < 5; i++) await page.getByRole('button', { name: 'Next' }).click();
  await expect(card).toHaveAccessibleName('Share and save');
  await page.getByRole('button', { name: 'Done' }).click();
  await expect(card).toBeHidden();

  await page.reload();
  await expect(page.locator('[data-weight]').first()).toBeVisible();
  await expect(page.getByRole('dialog')).toBeHidden();
  await page.getByRole('button', { name: 'Tour' }).click();
  await expect(card).toHaveAccessibleName('The network');
  await page.keyboard.press('Escape');
  await expect(card).toBeHidden();
  expect(errors).toEqual([]);
});
