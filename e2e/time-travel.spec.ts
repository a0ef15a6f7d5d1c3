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

test('scrubbing back shows the weights of that epoch; continue from here forks the run', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await openApp(page);
  const seen = [await weights(page)];
  for (let n = 1; n <= 5; n++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(async () => epoch(page)).toBe(n);
    seen.push(await weights(page));
  }
  expect(seen[2]).not.toEqual(seen[5]);

  const timeline = page.getByLabel('Timeline');
  await timeline.fill('2');
  await expect(page.locator('[data-viewed-epoch="2"]')).toBeVisible();
  await expect(page.locator('.timeline-now')).toHaveText('Epoch 2 of 5');
  // The trainer rebuilds the moment and answers: the graph and the header show it.
  await expect.poll(async () => weights(page)).toEqual(seen[2]);
  expect(await epoch(page)).toBe(2);
  await timeline.fill('0');
  await expect(page.locator('[data-viewed-epoch="0"]')).toBeVisible();
  await expect.poll(async () => weights(page)).toEqual(seen[0]);
  // Live shows the present again.
  await page.getByRole('button', { name: 'Live', exact: true }).click();
  await expect(page.locator('[data-viewed-epoch="live"]')).toBeVisible();
  expect(await weights(page)).toEqual(seen[5]);
  expect(await epoch(page)).toBe(5);

  await timeline.fill('2');
  await expect.poll(async () => weights(page)).toEqual(seen[2]);
  expect(await epoch(page)).toBe(2);
  await page.screenshot({ path: testInfo.outputPath('time-travel-scrubbed.png'), fullPage: true });

  // Every epoch the counter shows from now on: it shows the viewed epoch, 2, and the fork
  // trains on from there (slow motion keeps each epoch on screen for a second, so no frame
  // can skip one), never flashing the old present up in between.
  await page.getByLabel('Speed').selectOption({ label: '1 epoch/s' });
  await page.evaluate(() => {
    const shown: number[] = [];
    (window as unknown as { shownEpochs: number[] }).shownEpochs = shown;
    const counter = document.querySelector('[data-epoch]')!;
    new MutationObserver(() => shown.push(Number(counter.getAttribute('data-epoch')))).observe(
      counter,
      { attributes: true, attributeFilter: ['data-epoch'] },
    );
  });
  await page.getByRole('button', { name: 'Continue from here' }).click();
  await expect(page.locator('[data-viewed-epoch="live"]')).toBeVisible();
  await expect
    .poll(() => page.evaluate(() => (window as unknown as { shownEpochs: number[] }).shownEpochs))
    .toContain(3);
  await chooseFullSpeed(page);
  await waitForState(page, 'done');
  expect(await epoch(page)).toBe(1000);
  expect(await loss(page)).toBeLessThan(0.01);
  const shown = await page.evaluate(
    () => (window as unknown as { shownEpochs: number[] }).shownEpochs,
  );
  // The fork starts at 2 (on screen already) and only goes forward from there.
  expect(shown[0]).toBe(3);
  expect([...shown].sort((a, b) => a - b)).toEqual(shown);
  // The forked run's past is the same up to epoch 2 (full batch, same weights).
  await timeline.fill('2');
  await expect(page.locator('[data-viewed-epoch="2"]')).toBeVisible();
  await expect.poll(async () => weights(page)).toEqual(seen[2]);
  await page.screenshot({ path: testInfo.outputPath('time-travel-forked.png'), fullPage: true });
  expect(errors).toEqual([]);
});
