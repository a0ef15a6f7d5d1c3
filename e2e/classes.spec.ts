import { expect, test } from '@playwright/test';
import { openApp, waitForState, watchErrors } from './helpers';

/** The 3-class spiral's preset, spelled out in the link, at full speed. */
const SPIRAL_3 =
  '?data=spiral-3&in=x1,x2,sinx1,sinx2&h=8,8&act=tanh&out=softmax&loss=ce&lr=0.03' +
  '&epochs=300&batch=10&reduce=mean&init=glorot&speed=0';

test('the 3-class spiral trains to 90 % test with three output neurons and a 3 × 3 confusion matrix', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, SPIRAL_3);
  // Inputs, two hidden layers, three outputs (one per class).
  await expect(page.locator('[data-layer="3"]')).toHaveCount(3);
  // Points of all three classes, in three colours.
  const fills = await page
    .locator('circle.point.train')
    .evaluateAll((points) => [...new Set(points.map((p) => p.getAttribute('fill')))].sort());
  expect(fills).toEqual(['#1f78b4', '#33a02c', '#e66101']);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done', 90_000);
  const accuracy = page.locator('[data-test-accuracy]');
  expect(Number(await accuracy.getAttribute('data-test-accuracy'))).toBeGreaterThanOrEqual(0.9);
  const matrix = page.getByRole('table', { name: /confusion matrix, test points/i });
  const counts = await matrix
    .locator('td.cell')
    .evaluateAll((cells) => cells.map((cell) => Number(cell.getAttribute('data-count'))));
  expect(counts).toHaveLength(9);
  const total = counts.reduce((a, b) => a + b, 0);
  expect(total).toBe(await page.locator('rect.point.test').count());
  expect((counts[0]! + counts[4]! + counts[8]!) / total).toBeGreaterThanOrEqual(0.9);
  // The map shows the winning class: pixels of all three class hues.
  const hues = await page.getByTestId('heatmap').evaluate((canvas: HTMLCanvasElement) => {
    const { data } = canvas.getContext('2d')!.getImageData(0, 0, canvas.width, canvas.height);
    const seen = { orange: 0, blue: 0, green: 0 };
    for (let i = 0; i < data.length; i += 4) {
      const [r, g, b] = [data[i]!, data[i + 1]!, data[i + 2]!];
      if (r > g + 40 && r > b + 40) seen.orange++;
      else if (b > r + 40 && b > g) seen.blue++;
      else if (g > r + 40 && g > b + 20) seen.green++;
    }
    return seen;
  });
  expect(Math.min(hues.orange, hues.blue, hues.green)).toBeGreaterThan(100);
  expect(errors).toEqual([]);
});

test('regression points are drawn by value: a Multi-Gaussian target of 0 is neutral grey', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?data=multi-gaussian&out=linear&h=8,6&act=tanh&speed=0');
  const zero = page.locator('circle.point.train[data-label="0"]').first();
  await expect(zero).toHaveAttribute('fill', 'rgb(154, 154, 154)');
  // A bump's peak is blue and a dip's orange, as before: the scale diverges around 0.
  const fillOf = (value: number) =>
    page.locator('circle.point.train').evaluateAll(
      (points, v) =>
        points
          .map((p) => ({
            label: Number(p.getAttribute('data-label')),
            fill: p.getAttribute('fill'),
          }))
          .sort((a, b) => Math.abs(a.label - v) - Math.abs(b.label - v))[0]!.fill,
      value,
    );
  const [r1, , b1] = (await fillOf(1))!.match(/\d+/g)!.map(Number);
  const [r2, , b2] = (await fillOf(-1))!.match(/\d+/g)!.map(Number);
  expect(b1!).toBeGreaterThan(r1! + 50);
  expect(r2!).toBeGreaterThan(b2! + 50);
  // A legend for the value scale, axes with ticks, and R² beside the loss.
  await expect(page.locator('[data-legend="value"]')).toContainText('−1');
  await expect(page.locator('.plot-axis.bottom text')).toContainText(['−6', '0', '6']);
  await expect(page.locator('.plot-axis.left text')).toHaveCount(7);
  const fit = page.locator('[data-r-squared]');
  await expect(fit).toContainText(/^R² -?\d+\.\d{3} \(test\)$/);
  // R² = 1 − test MSE / variance of the test targets, as the page shows them.
  const targets = await page
    .locator('rect.point.test')
    .evaluateAll((points) => points.map((p) => Number(p.getAttribute('data-label'))));
  const mean = targets.reduce((a, b) => a + b, 0) / targets.length;
  const variance = targets.reduce((a, t) => a + (t - mean) ** 2, 0) / targets.length;
  const testLoss = Number(await page.locator('[data-test-loss]').getAttribute('data-test-loss'));
  expect(Number(await fit.getAttribute('data-r-squared'))).toBeCloseTo(1 - testLoss / variance, 9);
  expect(errors).toEqual([]);
});
