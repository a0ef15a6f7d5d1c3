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

test('the tour never opens by itself on a shared link or in presenter mode', async ({ page }) => {
  const errors = watchErrors(page);
  for (const query of ['?seed=0', '?present=1', '?lr=0.5&epochs=2000']) {
    await page.goto(`./${query}`);
    await expect(page.locator('[data-weight]').first()).toBeVisible();
    // The graph has sized itself (the tour would have opened on its first render).
    await expect(page.getByRole('img', { name: 'Network graph' })).toBeVisible();
    await expect(page.getByRole('dialog'), query).toHaveCount(0);
  }
  // Not remembered as seen: the next bare visit still gets it.
  await page.goto('./');
  await expect(page.getByRole('dialog')).toHaveAccessibleName('The network');
  expect(errors).toEqual([]);
});
