import { expect, test, type Page } from '@playwright/test';
import {
  chooseFullSpeed,
  epoch,
  loss,
  openApp,
  skipTour,
  waitForState,
  watchErrors,
  weights,
} from './helpers';

/** Opens the share menu, copies the link and returns it as the page shows it. */
async function copyLink(page: Page, withWeights = false): Promise<string> {
  await page.getByText('Share', { exact: true }).click();
  const include = page.getByLabel('Include trained weights');
  if (withWeights) await include.check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const field = page.getByRole('textbox', { name: 'Link' });
  await expect(field).toHaveValue(/^http/);
  return field.inputValue();
}

/** What the controls show: the settings a learner would compare by eye. */
async function shownSettings(page: Page) {
  return {
    dataset: await page.getByRole('combobox', { name: 'Dataset', exact: true }).inputValue(),
    learningRate: await page.getByLabel('Learning rate').getAttribute('aria-valuetext'),
    epochs: await page.getByRole('slider', { name: 'Epochs' }).getAttribute('aria-valuetext'),
    hiddenNeurons: await page.getByLabel('Hidden neurons').getAttribute('aria-valuetext'),
    speed: await page.getByRole('combobox', { name: /^Speed/ }).inputValue(),
    edges: await page.locator('[data-weight]').count(),
  };
}

test('a copied link reproduces the run in a fresh page: settings, weights, final loss', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page
    .getByRole('combobox', { name: 'Dataset', exact: true })
    .selectOption({ label: 'Circle' });
  await page.getByLabel('Learning rate').fill('-0.5'); // 10^-0.5 ≈ 0.32
  await page.getByLabel('Hidden neurons').fill('4');
  await page.getByRole('slider', { name: 'Epochs' }).fill('2'); // 100 epochs
  await chooseFullSpeed(page);
  await expect(page.locator('[data-weight]')).toHaveCount(4 * 2 + 4);
  // Live edits keep learned weights; Reset starts this config's own run, as a link does.
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  const settings = await shownSettings(page);
  expect(settings.learningRate).toBe('0.32');
  await expect.poll(() => epoch(page)).toBe(0);
  const start = await weights(page);
  const link = await copyLink(page);
  expect(link).toContain('lr=0.32');
  expect(link).not.toContain('NaN');

  const fresh = await context.newPage();
  const freshErrors = watchErrors(fresh);
  await skipTour(fresh);
  await fresh.goto(link);
  await expect(fresh.locator('[data-weight]')).toHaveCount(settings.edges);
  expect(await shownSettings(fresh)).toEqual(settings);
  await expect.poll(() => weights(fresh)).toEqual(start);
  await expect(fresh.locator('[data-notice]')).toHaveCount(0);

  for (const p of [page, fresh]) {
    await p.getByRole('button', { name: 'Play', exact: true }).click();
    await waitForState(p, 'done');
  }
  expect(await epoch(fresh)).toBe(100);
  expect(await epoch(page)).toBe(100);
  expect(await loss(fresh)).toBe(await loss(page));
  expect(await weights(fresh)).toEqual(await weights(page));
  expect(errors).toEqual([]);
  expect(freshErrors).toEqual([]);
});

test('a link with trained weights opens at the same epoch with the same weights', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  for (let i = 0; i < 3; i++) await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(() => epoch(page)).toBe(3);
  const trained = await weights(page);
  const link = await copyLink(page, true);
  expect(link).toMatch(/[?&]w=[A-Za-z0-9_-]+/);
  expect(link).toContain('e=3');

  const fresh = await context.newPage();
  await skipTour(fresh);
  await fresh.goto(link);
  await expect.poll(() => epoch(fresh)).toBe(3);
  expect(await weights(fresh)).toEqual(trained);
  expect(await loss(fresh)).toBe(await loss(page));
  expect(errors).toEqual([]);
});

test('the address bar follows the settings, with no NaN, and a reload keeps them', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByLabel('Learning rate').fill('-1');
  await page.getByLabel('Log scale').check();
  await expect.poll(() => new URL(page.url()).searchParams.get('lr')).toBe('0.1');
  await expect.poll(() => new URL(page.url()).searchParams.get('log')).toBe('1');
  expect(page.url()).not.toContain('NaN');
  await page.reload();
  await expect(page.getByLabel('Learning rate')).toHaveAttribute('aria-valuetext', '0.1');
  await expect(page.getByLabel('Log scale')).toBeChecked();
  expect(errors).toEqual([]);
});

test('a reload after training and pausing comes back at the same epoch and weights', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?speed=300');
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await play.click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(200);
  await page.getByRole('button', { name: 'Pause', exact: true }).click();
  await waitForState(page, 'paused');
  const pausedAt = await epoch(page);
  const trained = await weights(page);
  // The address bar follows the epoch within a second.
  await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe(String(pausedAt));
  await page.reload();
  await expect.poll(() => epoch(page)).toBe(pausedAt);
  expect(await weights(page)).toEqual(trained);
  expect(errors).toEqual([]);
});

test('the share menu closes on Escape and on a press outside it, uncovering what it hid', async ({
  page,
}) => {
  await openApp(page);
  const menu = page.locator('details.share-menu');
  const summary = page.getByText('Share', { exact: true });
  await summary.click();
  await expect(menu).toHaveAttribute('open', '');
  await page.keyboard.press('Escape');
  await expect(menu).not.toHaveAttribute('open', '');
  await expect(summary).toBeFocused();

  await summary.click();
  await expect(menu).toHaveAttribute('open', '');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect(menu).not.toHaveAttribute('open', '');
});
