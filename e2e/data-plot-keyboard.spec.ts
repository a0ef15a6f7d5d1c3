import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('points are added and erased on the data plot with the keyboard alone', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const plot = page.getByRole('img', { name: 'Decision boundary with data points' });
  const points = plot.locator('circle.point.train');
  const cross = plot.locator('.plot-cursor');
  await expect(points).toHaveCount(4);
  await expect(plot).toHaveAttribute('tabindex', '0');

  // A Tab stop: reached by Tab from the control just before it.
  await plot.evaluate((element) => {
    const before = document.createElement('button');
    before.textContent = 'probe';
    element.closest('.plot-square')!.before(before);
    before.focus();
  });
  await page.keyboard.press('Tab');
  await expect(plot).toBeFocused();
  await expect(cross).toBeVisible();
  const start = Number(await cross.getAttribute('data-cursor-x'));

  // The arrows move the cross; Enter adds a point of the chosen class (class 1) there.
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect
    .poll(async () => Number(await cross.getAttribute('data-cursor-x')))
    .toBeGreaterThan(start);
  await page.keyboard.press('Enter');
  await expect(points).toHaveCount(5);

  // Space does the same, and does not start training (Space is Play elsewhere).
  for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowUp');
  await page.keyboard.press(' ');
  await expect(points).toHaveCount(6);
  await expect(page.locator('[data-state="training"]')).toHaveCount(0);

  // Delete erases around the cross: only the point just added there.
  await page.keyboard.press('Delete');
  await expect(points).toHaveCount(5);
  await expect(cross).toBeVisible();
  expect(errors).toEqual([]);
});
