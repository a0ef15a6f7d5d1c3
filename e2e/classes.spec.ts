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

test('the input column shows every feature; a click turns one on or off and keeps the weights', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?data=circle&in=x1,x2&h=4&act=tanh&out=sigmoid&loss=bce&speed=0');
  const graph = page.getByRole('img', { name: 'Network graph' });
  const weightsById = () =>
    graph
      .locator('g.edge')
      .evaluateAll((edges) =>
        Object.fromEntries(
          edges.map((e) => [
            `${e.getAttribute('data-from')}:${e.getAttribute('data-to')}`,
            e.getAttribute('data-weight'),
          ]),
        ),
      );
  // Two inputs in use and five features greyed, each drawn with its map.
  await expect(graph.locator('g.neuron.input.unused')).toHaveCount(5);
  await expect(graph.locator('g.neuron.input image.input-map')).toHaveCount(7);
  const before = await weightsById();

  // A click on x₁² adds it as a third input: every weight there was stays.
  await graph.locator('[data-feature="x1sq"]').click();
  await expect(graph.locator('[data-layer="0"]')).toHaveCount(3);
  await expect(graph.locator('g.neuron.input.unused')).toHaveCount(4);
  await expect(page.getByRole('checkbox', { name: 'x₁²', exact: true })).toBeChecked();
  const added = await weightsById();
  for (const [id, weight] of Object.entries(before)) expect(added[id]).toBe(weight);

  // A click on x₁ turns it off: x₂'s and x₁²'s weights move up a row, unchanged.
  await graph.locator('[data-feature="x1"]').click();
  await expect(graph.locator('[data-layer="0"]')).toHaveCount(2);
  const removed = await weightsById();
  for (let j = 0; j < 4; j++) {
    expect(removed[`0-0:1-${j}`]).toBe(added[`0-1:1-${j}`]);
    expect(removed[`0-1:1-${j}`]).toBe(added[`0-2:1-${j}`]);
    expect(removed[`1-${j}:2-0`]).toBe(added[`1-${j}:2-0`]);
  }

  // From the keyboard: Enter on an unused feature's button adds it.
  await page.getByRole('button', { name: /^Feature sin x₁, not used/ }).press('Enter');
  await expect(graph.locator('[data-layer="0"]')).toHaveCount(3);
  await expect(graph.locator('[data-feature="sinx1"]')).not.toHaveClass(/unused/);
  expect(errors).toEqual([]);
});
