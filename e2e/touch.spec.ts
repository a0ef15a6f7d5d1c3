import { devices, expect, test } from '@playwright/test';
import { epoch, openApp, watchErrors } from './helpers';

// A phone: touch only, 412 px wide.
test.use({ ...devices['Pixel 7'] });

test('on a phone: tap inspects, a second tap edits, the transport bar stays in reach', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  // Nothing wider than the screen.
  expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
    page.viewportSize()!.width,
  );

  const edge = page.locator('[data-from="0-0"][data-to="1-0"]');
  await edge.tap();
  await expect(page.locator('.readout')).toContainText(
    'Weight x₁ → h1 (weights_input_hidden[0, 0]) = 0.5488135039273248',
  );
  await edge.tap();
  await expect(page.getByRole('textbox', { name: /Weight x₁ to h1/ })).toBeVisible();
  await page.getByRole('textbox', { name: /Weight x₁ to h1/ }).press('Escape');

  // A tapped neuron shows its own map in the big plot.
  await page.locator('[data-layer="1"][data-index="1"]').tap();
  await expect(page.getByRole('heading', { name: 'Neuron h2' })).toBeVisible();

  // Play is on screen without scrolling, whatever the page shows.
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await page.mouse.wheel(0, 2000);
  await expect(play).toBeInViewport();
  await play.tap();
  await expect.poll(() => epoch(page)).toBeGreaterThan(10);
  expect(errors).toEqual([]);
});
