import { expect, test } from '@playwright/test';
import {
  chooseFullSpeed,
  epoch,
  loss,
  openApp,
  waitForState,
  watchErrors,
  weights,
} from './helpers';

/** np.random.seed(0); np.random.rand(13): the tutorial's W1 (2×3), b1, W2 (3×1), b2. */
const TUTORIAL_START = {
  W1: [
    0.5488135039273248, 0.7151893663724195, 0.6027633760716439, 0.5448831829968969,
    0.4236547993389047, 0.6458941130666561,
  ],
  b1: [0.4375872112626925, 0.8917730007820798, 0.9636627605010293],
  W2: [0.3834415188257777, 0.7917250380826646, 0.5288949197529045],
  b2: 0.5680445610939323,
};

test('opens on the tutorial network with its starting weights', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await expect(page.getByRole('img', { name: 'Network graph' })).toBeVisible();
  await expect(page.locator('[data-layer]')).toHaveCount(6);
  await expect(page.locator('[data-weight]')).toHaveCount(9);
  const weightOf = async (from: string, to: string) =>
    Number(
      await page.locator(`[data-from="${from}"][data-to="${to}"]`).getAttribute('data-weight'),
    );
  for (let i = 0; i < 2; i++) {
    for (let j = 0; j < 3; j++) {
      expect(await weightOf(`0-${i}`, `1-${j}`)).toBe(TUTORIAL_START.W1[i * 3 + j]);
    }
  }
  for (let j = 0; j < 3; j++) {
    expect(await weightOf(`1-${j}`, '2-0')).toBe(TUTORIAL_START.W2[j]);
    const bias = await page
      .locator(`[data-layer="1"][data-index="${j}"]`)
      .getAttribute('data-bias');
    expect(Number(bias)).toBe(TUTORIAL_START.b1[j]);
  }
  const outputBias = await page
    .locator('[data-layer="2"][data-index="0"]')
    .getAttribute('data-bias');
  expect(Number(outputBias)).toBe(TUTORIAL_START.b2);
  // The tutorial prints "Epoch 0, Loss: 0.3859387189496001".
  expect(await loss(page)).toBeCloseTo(0.3859387189496001, 12);
  await expect(page.getByRole('img', { name: 'Loss curve' })).toBeVisible();
  expect(errors).toEqual([]);
});

test('Play learns XOR: loss under 0.01 and predictions 0, 1, 1, 0', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const before = await weights(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  // Weights move while it trains (default speed: about 300 epochs a second).
  await expect.poll(async () => epoch(page)).toBeGreaterThan(20);
  await expect.poll(async () => weights(page)).not.toEqual(before);
  const during = await weights(page);
  await expect.poll(async () => weights(page)).not.toEqual(during);
  await waitForState(page, 'done');
  expect(await epoch(page)).toBe(1000);
  // Screen readers hear the end of the run once, not every frame.
  await expect(page.locator('[data-announcer]')).toHaveText(/^Training finished: epoch 1,000/);
  expect(await loss(page)).toBeLessThan(0.01);
  const classes = await page
    .locator('table.predictions tbody tr td:nth-child(5)')
    .allTextContents();
  expect(classes).toEqual(['0', '1', '1', '0']);
  await expect(page.getByText('✗ no')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('the learning rate changes how fast the loss falls', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await chooseFullSpeed(page);
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).fill('-1'); // 10^-1 = 0.1
  await expect(page.getByRole('slider', { name: 'Learning rate', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '0.1',
  );
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  const slowLoss = await loss(page);

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBe(0);
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).fill('0'); // 10^0 = 1, the tutorial's
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  const fastLoss = await loss(page);

  expect(slowLoss).toBeGreaterThan(0.2);
  expect(fastLoss).toBeLessThan(0.01);
  expect(errors).toEqual([]);
});

test('hidden neurons 3 → 5 while training: 15 edges, no reload, training goes on', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.evaluate(() => {
    (window as unknown as { marker: string }).marker = 'same page';
  });
  // A long run, so that the change surely lands mid-training however slow the machine is.
  await page.getByRole('slider', { name: 'Epochs', exact: true }).fill('4');
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBeGreaterThan(50);
  await page.getByRole('slider', { name: 'Hidden neurons', exact: true }).fill('5');
  await expect(page.locator('[data-weight]')).toHaveCount(15);
  await expect(page.locator('[data-layer="1"]')).toHaveCount(5);
  const atChange = await epoch(page);
  await expect.poll(async () => epoch(page)).toBeGreaterThan(atChange + 50);
  await chooseFullSpeed(page);
  await waitForState(page, 'done');
  expect(await loss(page)).toBeLessThan(0.05);
  expect(await page.evaluate(() => (window as unknown as { marker: string }).marker)).toBe(
    'same page',
  );
  expect(errors).toEqual([]);
});

test('Step trains one epoch; Reset returns to the same starting weights', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const start = await weights(page);
  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBe(1);
  expect(await weights(page)).not.toEqual(start);
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBe(0);
  expect(await weights(page)).toEqual(start);
  await page.getByRole('button', { name: 'Reseed', exact: true }).click();
  await expect.poll(async () => weights(page)).not.toEqual(start);
  expect(errors).toEqual([]);
});
