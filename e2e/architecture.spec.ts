import { expect, test, type Page } from '@playwright/test';
import { chooseFullSpeed, epoch, openApp, waitForState, watchErrors } from './helpers';

async function edgeCount(page: Page): Promise<number> {
  return page.locator('[data-weight]').count();
}

/** Points on the loss curve's path: it must only ever grow during one run. */
async function lossPathLength(page: Page): Promise<number> {
  const d = await page.locator('svg[aria-label="Loss curve"] path.series.train').getAttribute('d');
  return (d ?? '').split(/[ML]/).length - 1;
}

test('neurons and layers added and removed while training: edges follow, training goes on', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('slider', { name: 'Epochs', exact: true }).fill('4'); // 10^4 epochs: long enough to edit during the run
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(30);

  // 2-3-1 → 2-4-1: 2·4 + 4·1 = 12 edges.
  await page.getByRole('button', { name: 'Add neuron to layer 1' }).click();
  await expect(page.locator('[data-layer="1"]')).toHaveCount(4);
  expect(await edgeCount(page)).toBe(12);
  let last = await epoch(page);
  await expect.poll(() => epoch(page)).toBeGreaterThan(last);

  // Add a layer: 2-4-4-1 = 8 + 16 + 4 = 28 edges.
  await page.getByRole('button', { name: 'Add hidden layer' }).click();
  await expect(page.locator('[data-layer="2"]')).toHaveCount(4);
  await expect.poll(() => edgeCount(page)).toBe(28);
  last = await epoch(page);
  const pathBefore = await lossPathLength(page);
  await expect.poll(() => epoch(page)).toBeGreaterThan(last + 20);
  // The curve continues from where it was: no jump back to the start.
  expect(await lossPathLength(page)).toBeGreaterThanOrEqual(pathBefore);

  // Remove a neuron from layer 2: 2-4-3-1 = 8 + 12 + 3 = 23 edges.
  await page.getByRole('button', { name: 'Remove neuron from layer 2' }).click();
  await expect.poll(() => edgeCount(page)).toBe(23);

  // Remove the layer again: 2-4-1.
  await page.getByRole('button', { name: 'Remove hidden layer' }).click();
  await expect.poll(() => edgeCount(page)).toBe(12);
  last = await epoch(page);
  await expect.poll(() => epoch(page)).toBeGreaterThan(last);
  expect(await epoch(page)).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});

test('the largest network, 6 hidden layers of 8, trains', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('circle');
  await chooseFullSpeed(page);
  for (let layers = 1; layers < 6; layers++) {
    await page.getByRole('button', { name: 'Add hidden layer' }).click();
  }
  await expect(page.getByRole('button', { name: 'Add hidden layer' })).toBeDisabled();
  for (let layer = 1; layer <= 6; layer++) {
    const add = page.getByRole('button', { name: `Add neuron to layer ${layer}` });
    while (await add.isEnabled()) await add.click();
  }
  await expect(page.locator('[data-layer="6"]')).toHaveCount(8);
  // 2·8 + 5·64 + 8·1 = 344 edges.
  await expect.poll(() => edgeCount(page)).toBe(344);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(20);
  expect(errors).toEqual([]);
});

test('clicking an edge sets its weight, also while paused', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const edge = page.locator('[data-from="0-0"][data-to="1-0"]');
  await edge.click();
  const editor = page.getByRole('textbox', { name: /Weight x₁ to h1/ });
  await editor.fill('-2.5');
  await editor.press('Enter');
  await expect(edge).toHaveAttribute('data-weight', '-2.5');
  // The predictions follow at once.
  await expect(page.locator('[data-loss]')).not.toHaveAttribute('data-loss', '0.3859387189496001');
  // Junk is refused with a message and changes nothing.
  await edge.click();
  await editor.fill('abc');
  await expect(page.getByText('Enter a number')).toBeVisible();
  await editor.press('Enter');
  await editor.press('Escape');
  await expect(edge).toHaveAttribute('data-weight', '-2.5');
  expect(errors).toEqual([]);
});

test('switching activation and loss keeps the weights', async ({ page }) => {
  await openApp(page);
  const weight = () => page.locator('[data-from="0-0"][data-to="1-0"]').getAttribute('data-weight');
  const before = await weight();
  await page.getByLabel('Hidden activation').selectOption('tanh');
  await page.getByRole('combobox', { name: 'Loss', exact: true }).selectOption('bce');
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => epoch(page)).toBe(1);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await waitForState(page, 'ready');
  expect(await weight()).toBe(before);
});
