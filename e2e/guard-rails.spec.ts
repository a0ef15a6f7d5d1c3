import { expect, test } from '@playwright/test';
import { epoch, openApp, watchErrors, weights } from './helpers';

test('guard rails: a data= link gets its preset, hide= works unpresented, a mismatch offers its fix, another dataset keeps the network', async ({
  page,
}) => {
  const errors = watchErrors(page);
  // Hand-written: only the dataset, and two controls hidden without presenter mode.
  await openApp(page, '?data=spiral&hide=play,noise');
  await expect(page.getByRole('combobox', { name: 'Dataset', exact: true })).toHaveValue('spiral');
  // The spiral preset's 7-8-8-6-1 network, not the tutorial's 2-3-1.
  await expect(page.locator('[data-weight]')).toHaveCount(7 * 8 + 8 * 8 + 8 * 6 + 6 * 1);
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeHidden();
  await expect(page.getByRole('slider', { name: 'Noise' })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Step', exact: true })).toBeVisible();

  // The slider resizes the layer the menu names, not always layer 1.
  await page.getByRole('combobox', { name: 'Layer to resize' }).selectOption({ label: 'Layer 3' });
  await page.getByRole('slider', { name: 'Hidden neurons' }).fill('4');
  await expect(page.locator('[data-weight]')).toHaveCount(7 * 8 + 8 * 8 + 8 * 4 + 4 * 1);

  // A tanh output under cross-entropy: one line and its fix.
  const output = page.getByRole('combobox', { name: 'Output activation' });
  await output.selectOption('tanh');
  await expect(page.getByText('Cross-entropy needs outputs between 0 and 1')).toBeVisible();
  await page.getByRole('button', { name: 'Use a sigmoid output' }).click();
  await expect(output).toHaveValue('sigmoid');
  await expect(page.getByText('Cross-entropy needs outputs between 0 and 1')).toHaveCount(0);

  // Another dataset with "Apply the preset" unticked, as it starts: as in Playground, the
  // network, its learned weights and the settings stay; only the points change.
  await expect(page.getByRole('checkbox', { name: 'Apply the preset' })).not.toBeChecked();
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => epoch(page)).toBe(1);
  const learned = await weights(page);
  const rate = page.getByRole('slider', { name: 'Learning rate' });
  const rateBefore = await rate.getAttribute('aria-valuetext');
  const firstPoint = page.locator('circle.point.train').first();
  const spiralPoint = await firstPoint.getAttribute('cx');
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('circle');
  await expect(firstPoint).not.toHaveAttribute('cx', spiralPoint!);
  expect(await weights(page)).toEqual(learned);
  expect(await epoch(page)).toBe(1);
  await expect(page.locator('[data-weight]')).toHaveCount(7 * 8 + 8 * 8 + 8 * 4 + 4 * 1);
  await expect(page.getByRole('combobox', { name: 'Hidden activation' })).toHaveValue('tanh');
  await expect(rate).toHaveAttribute('aria-valuetext', rateBefore!);
  expect(errors).toEqual([]);
});
