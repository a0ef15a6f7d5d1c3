import { expect, test } from '@playwright/test';
import { chooseFullSpeed, choosePreset, openApp, waitForState, watchErrors } from './helpers';

const CLASSIFICATION = [
  { dataset: 'xor-quadrants', target: 0.95 },
  { dataset: 'circle', target: 0.95 },
  { dataset: 'gaussians', target: 0.95 },
  { dataset: 'spiral', target: 0.9 },
] as const;

async function testAccuracy(page: import('@playwright/test').Page): Promise<number> {
  return Number(await page.locator('[data-test-accuracy]').getAttribute('data-test-accuracy'));
}

for (const { dataset, target } of CLASSIFICATION) {
  test(`${dataset}: its preset reaches ${target * 100} % test accuracy`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await choosePreset(page, dataset);
    await chooseFullSpeed(page);
    // Several hundred points drawn over the heatmap, training and test.
    await expect(page.locator('circle.point.train')).toHaveCount(250);
    await expect(page.locator('rect.point.test')).toHaveCount(250);
    const heatmapBefore = await page.getByTestId('heatmap').screenshot();
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    expect(await testAccuracy(page)).toBeGreaterThanOrEqual(target);
    // The map changed as the network learned.
    expect(await page.getByTestId('heatmap').screenshot()).not.toEqual(heatmapBefore);
    // Test loss is shown beside the training loss.
    await expect(page.locator('[data-test-loss]')).toContainText('test');
    expect(errors).toEqual([]);
  });
}

for (const dataset of ['plane', 'multi-gaussian']) {
  test(`${dataset} (regression) loads and trains`, async ({ page }) => {
    const errors = watchErrors(page);
    await openApp(page);
    await choosePreset(page, dataset);
    await expect(page.locator('circle.point.train').first()).toBeVisible();
    await expect(page.getByLabel('Output activation')).toHaveValue('linear');
    await chooseFullSpeed(page);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForState(page, 'done', 90_000);
    const loss = Number(await page.locator('[data-loss]').getAttribute('data-loss'));
    expect(loss).toBeLessThan(0.05);
    expect(errors).toEqual([]);
  });
}

test('drawing adds a point of the chosen class; dragging erases', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('gaussians');
  const points = page.locator('circle.point.train');
  await expect(points).toHaveCount(250);
  const plot = page.getByRole('img', { name: 'Decision boundary with data points' });
  const box = (await plot.boundingBox())!;
  await page.getByLabel('class 0').check();
  await plot.click({ position: { x: box.width * 0.05, y: box.height * 0.05 } });
  await expect(points).toHaveCount(251);
  await expect(points.last()).toHaveAttribute('fill', '#e66101');
  await page.getByLabel('class 1').check();
  await plot.click({ position: { x: box.width * 0.95, y: box.height * 0.05 } });
  await expect(points).toHaveCount(252);
  await expect(points.last()).toHaveAttribute('fill', '#1f78b4');
  // Erase both corners.
  await page.getByLabel('erase').check();
  await plot.click({ position: { x: box.width * 0.05, y: box.height * 0.05 } });
  await plot.click({ position: { x: box.width * 0.95, y: box.height * 0.05 } });
  await expect(points).toHaveCount(250);
  expect(errors).toEqual([]);
});

test('features toggle live: the first layer gains and loses inputs', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('circle');
  await expect(page.locator('[data-layer="0"]')).toHaveCount(2);
  // The checkboxes (the graph's input column has a button per feature too).
  const box = (name: string) => page.getByRole('checkbox', { name, exact: true });
  await box('x₁²').check();
  await box('x₂²').check();
  await expect(page.locator('[data-layer="0"]')).toHaveCount(4);
  await box('x₁').uncheck();
  await expect(page.locator('[data-layer="0"]')).toHaveCount(3);
});

test('noise, split and regenerate change the points but keep the network', async ({ page }) => {
  await openApp(page);
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('circle');
  await page.getByLabel('Training share').fill('0.8');
  await expect(page.locator('circle.point.train')).toHaveCount(400);
  await expect(page.locator('rect.point.test')).toHaveCount(100);
  const weight = await page.locator('[data-weight]').first().getAttribute('data-weight');
  const firstPoint = await page.locator('circle.point.train').first().getAttribute('cx');
  await page.getByRole('button', { name: 'Regenerate data' }).click();
  await expect(page.locator('circle.point.train').first()).not.toHaveAttribute('cx', firstPoint!);
  expect(await page.locator('[data-weight]').first().getAttribute('data-weight')).toBe(weight);
  await page.getByLabel('Show test data').uncheck();
  await expect(page.locator('rect.point.test')).toHaveCount(0);
});
