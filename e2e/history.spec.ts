/**
 * Issue 12, "one run, one record": the loss curve holds every epoch whatever the speed, both
 * curves are measured on the same weights as the readouts, and time travel shows one exact
 * moment in every view.
 */
import { readFileSync } from 'node:fs';
import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import {
  chooseFullSpeed,
  choosePreset,
  epoch,
  loss,
  openApp,
  waitForState,
  watchErrors,
} from './helpers';

/** What scripts/fixtures/tutorial.py --json prints; numbers as Python repr strings. */
interface Fixture {
  readonly losses: readonly { readonly epoch: number; readonly loss: string }[];
  readonly predictions: readonly string[];
  /** tutorial-epoch300.json only: the figures of the weights after its 300 updates. */
  readonly loss?: string;
  readonly accuracy?: string;
}

const fixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`../scripts/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as Fixture;
const tutorial = fixture('tutorial-default.json');
/** python3 scripts/fixtures/tutorial_epoch300.py */
const atEpoch300 = fixture('tutorial-epoch300.json');

/** The tutorial's printout: "Epoch 100, Loss: 0.24844025709397566", … */
const PRINTED = new Map(tutorial.losses.map(({ epoch, loss }) => [epoch, Number(loss)]));

const lossChart = (page: Page) => page.locator('.loss-panel .chart');

/** Puts the pointer over `epoch` on the loss chart and returns what the readout says there. */
async function hover(page: Page, at: number) {
  const chart = lossChart(page);
  const xMax = Number(await chart.getAttribute('data-x-max'));
  const target = chart.locator('.hover-target');
  await target.scrollIntoViewIfNeeded();
  const box = (await target.boundingBox())!;
  // A tenth of a pixel inside the edges, so that the ends are over the chart too.
  const x = Math.min(Math.max((at / xMax) * box.width, 0.1), box.width - 0.1);
  await page.mouse.move(box.x + x, box.y + box.height / 2);
  const readout = chart.locator('.chart-readout');
  await expect(readout).toBeVisible();
  const value = async (series: string) => {
    const cell = readout.locator(`[data-series="${series}"]`);
    return (await cell.count()) > 0 ? Number(await cell.getAttribute('data-value')) : undefined;
  };
  return {
    epoch: Number(await readout.getAttribute('data-hover-epoch')),
    train: await value('train'),
    test: await value('test'),
  };
}

/** Every point count and the drawn path of the training curve, and its values at 0, 100, … 1000. */
async function curve(page: Page) {
  const readings = [];
  for (let at = 0; at <= 1000; at += 100) readings.push(await hover(page, at));
  await page.mouse.move(0, 0);
  return {
    points: Number(await lossChart(page).getAttribute('data-point-count')),
    path: await lossChart(page).locator('path.series.train').getAttribute('d'),
    readings,
  };
}

async function playToDone(page: Page) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  expect(await epoch(page)).toBe(1000);
}

test('the tutorial’s loss curve holds all 1001 epochs, the same at 300 epochs/s and at Full speed', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await openApp(page);
  // The default pace: about 300 epochs a second.
  await expect(page.getByRole('combobox', { name: /^Speed/ })).toHaveValue('300');
  await playToDone(page);
  const paced = await curve(page);
  expect(paced.points).toBe(1001);
  // Hovering lands on the epochs the tutorial prints, with the losses it prints for them.
  for (const { epoch: at, train } of paced.readings) {
    if (!PRINTED.has(at)) continue;
    expect(train).toBeCloseTo(PRINTED.get(at)!, 13);
  }
  expect(paced.readings.map((r) => r.epoch)).toEqual([
    0, 100, 200, 300, 400, 500, 600, 700, 800, 900, 1000,
  ]);
  const at100 = await hover(page, 100);
  expect(at100.epoch).toBe(100);
  await expect(lossChart(page).locator('.chart-readout')).toHaveText(
    `Epoch 100: training loss ${PRINTED.get(100)!.toFixed(6)}`,
  );
  expect(at100.train).toBeCloseTo(PRINTED.get(100)!, 13);
  // Epoch 1000's point is the live figure: the readout's.
  expect(paced.readings[10]!.train).toBe(await loss(page));
  await page.screenshot({ path: testInfo.outputPath('history-hover-100.png'), fullPage: true });

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBe(0);
  await expect(lossChart(page)).toHaveAttribute('data-point-count', '1');
  await chooseFullSpeed(page);
  await playToDone(page);
  const full = await curve(page);
  expect(full).toEqual(paced);
  expect(errors).toEqual([]);
});

test('Plane preset, one Step: both curves at epoch 0 read what the readouts said there', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await choosePreset(page, 'plane');
  const readout = page.locator('.loss-panel output.loss-now:not(.r-squared)');
  await expect(readout).toContainText('test');
  await expect.poll(async () => epoch(page)).toBe(0);
  const before = {
    train: Number(await readout.getAttribute('data-loss')),
    test: Number(await readout.getAttribute('data-test-loss')),
  };
  expect(before.train).not.toBe(before.test);

  await page.getByRole('button', { name: 'Step', exact: true }).click();
  await expect.poll(async () => epoch(page)).toBe(1);
  await expect(lossChart(page)).toHaveAttribute('data-point-count', '2');
  const at0 = await hover(page, 0);
  expect(at0).toEqual({ epoch: 0, ...before });
  // And the live point, epoch 1, is the readout now.
  const at1 = await hover(page, 1);
  expect(at1).toEqual({
    epoch: 1,
    train: Number(await readout.getAttribute('data-loss')),
    test: Number(await readout.getAttribute('data-test-loss')),
  });
  expect(errors).toEqual([]);
});

test('scrubbing to 300 shows epoch 300 everywhere: NumPy’s outputs, loss and accuracy', async ({
  page,
}, testInfo) => {
  const errors = watchErrors(page);
  await openApp(page);
  await chooseFullSpeed(page);
  await playToDone(page);

  const timeline = page.getByLabel('Timeline');
  await timeline.fill('300');
  // The timeline lands on 300 exactly.
  await expect(page.locator('[data-viewed-epoch]')).toHaveAttribute('data-viewed-epoch', '300');
  await expect(timeline).toHaveValue('300');
  await expect(timeline).toHaveAttribute('aria-valuetext', 'epoch 300');
  await expect(page.locator('.timeline-now')).toHaveText('Epoch 300 of 1,000');

  // The header.
  await expect(page.locator('[data-epoch]')).toHaveAttribute('data-epoch', '300');
  await expect(page.locator('.status-bar .epoch')).toHaveText('Epoch 300 / 1,000');
  await expect(page.locator('[data-state]')).toHaveText('Viewing epoch 300 of 1,000');
  await expect(page.getByRole('button', { name: 'Back to live' })).toBeVisible();

  // The loss readout: the tutorial's "Epoch 300, Loss: 0.2096011210925482".
  const readout = page.locator('.loss-panel output.loss-now:not(.r-squared)');
  await expect(readout).toHaveText(`${Number(atEpoch300.loss).toFixed(6)} at epoch 300`);
  expect(Number(await readout.getAttribute('data-loss'))).toBeCloseTo(Number(atEpoch300.loss), 13);
  expect(Number(atEpoch300.loss)).toBe(PRINTED.get(300));

  // The predictions: NumPy's outputs after 300 updates.
  await expect(page.locator('[data-epoch-shown="300"] table.predictions')).toBeVisible();
  const outputs = await page
    .locator('table.predictions [data-output]')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-output'))));
  expect(outputs).toHaveLength(4);
  outputs.forEach((output, i) => expect(output).toBeCloseTo(Number(atEpoch300.predictions[i]), 13));
  await expect(page.locator('table.predictions tbody tr td:nth-child(5)')).toHaveText([
    '0',
    '1',
    '1',
    '1',
  ]);

  // The accuracy: 3 of 4 right at epoch 300.
  const accuracy = page.locator('output.accuracy-now');
  await expect(accuracy).toHaveAttribute('data-epoch-shown', '300');
  expect(Number(await accuracy.getAttribute('data-train-accuracy'))).toBe(
    Number(atEpoch300.accuracy),
  );
  // XOR's four points are all training points: there is no test set to report.
  await expect(accuracy).toHaveText('training 75.0 %');

  // The graph's weights are those of epoch 300 too, and the curve marks the moment.
  await expect(page.locator('[data-values-epoch]')).toHaveAttribute('data-values-epoch', '300');
  await expect(lossChart(page).locator('.viewed-line')).toHaveAttribute('data-marker-epoch', '300');
  await page.screenshot({ path: testInfo.outputPath('history-viewing-300.png'), fullPage: true });
  // The viewing state is as accessible as the live one.
  const { violations } = await new AxeBuilder({ page }).analyze();
  expect(
    violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => v.id),
  ).toEqual([]);

  // One epoch on with the keyboard, then back to live.
  await timeline.press('ArrowRight');
  await expect(page.locator('[data-epoch]')).toHaveAttribute('data-epoch', '301');
  await page.getByRole('button', { name: 'Back to live' }).click();
  await expect(page.locator('[data-epoch]')).toHaveAttribute('data-epoch', '1000');
  await waitForState(page, 'done');
  await expect(readout).toHaveText(/ at epoch 1,000$/);
  expect(errors).toEqual([]);
});
