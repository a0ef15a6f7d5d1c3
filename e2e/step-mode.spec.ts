import { expect, test, type Page } from '@playwright/test';
import { epoch, openApp, weights, watchErrors } from './helpers';

/**
 * The tutorial's first step from seed 0, as NumPy prints it (src/engine/step-trace.test.ts):
 * dE/dw = −hidden_output.T.dot(gradient_output) for h1 → ŷ, and −inputs.T.dot(gradient_hidden)
 * for x1 → h1; the updated weight is weights_hidden_output[0, 0] after the first update.
 */
const GRADIENT_H1_OUT = 0.11809712681141066;
const GRADIENT_X1_H1 = 0.003945722063535366;
const ROW2_GRADIENT_H1_OUT = -0.010509130843568446;
const UPDATED_H1_OUT = 0.26534439201436705;

const edge = (page: Page, from: string, to: string) =>
  page.locator(`.edge[data-from="${from}"][data-to="${to}"]`);
const activeCode = (page: Page) => page.locator('.code-line[data-active="true"]');

async function gradientOf(page: Page, from: string, to: string): Promise<number> {
  return Number(await edge(page, from, to).getAttribute('data-gradient'));
}

async function shoot(page: Page, name: string): Promise<void> {
  await page.screenshot({ path: test.info().outputPath(`${name}.png`), fullPage: true });
}

test('→ walks forward, loss, backward and update, with gradients on the edges and the code in sync', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Step through' }).click();
  const panel = page.getByRole('region', { name: 'Step through epoch 0' });
  await expect(panel).toHaveAttribute('data-phase', 'forward');
  await expect(panel).toHaveAttribute('data-layer', '1');

  // Forward, layer 1: the hidden neurons show hidden_output's column for the four rows.
  const h1Values = page.locator('.neuron[data-layer="1"][data-index="0"] .step-values');
  await expect(h1Values).toHaveAttribute(
    'data-values',
    '0.6076839615563493 0.7275981214514212 0.7283764102958825 0.822194086184929',
  );
  await expect(page.locator('.neuron[data-layer="2"] .step-values')).toHaveCount(0);
  await expect(activeCode(page)).toHaveCount(2);
  await expect(activeCode(page).last()).toContainText('hidden_output = sigmoid(hidden_input)');
  await expect(page.locator('[data-gradient]')).toHaveCount(0);
  await shoot(page, '1-forward-hidden');

  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-layer', '2');
  await expect(page.locator('.neuron[data-layer="2"] .step-values')).toHaveAttribute(
    'data-values',
    '0.8513760318230125 0.8712439235769709 0.8748318332003012 0.8869433640542395',
  );
  await expect(activeCode(page).last()).toContainText('final_output = sigmoid(final_input)');
  await shoot(page, '2-forward-output');

  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'loss');
  await expect(activeCode(page)).toHaveCount(1);
  await expect(activeCode(page)).toContainText('return np.mean((actual - predicted) ** 2)');
  // The full-precision mean: the number the tutorial prints at epoch 0.
  await expect(activeCode(page)).toContainText('0.3859387189496001');
  await shoot(page, '3-loss');

  // Backward, output layer: only the edges into ŷ carry a gradient so far.
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'backward');
  await expect(page.locator('[data-gradient]')).toHaveCount(3);
  expect(Math.abs((await gradientOf(page, '1-0', '2-0')) - GRADIENT_H1_OUT)).toBeLessThan(1e-15);
  await expect(activeCode(page).last()).toContainText(
    'gradient_output = error_output * sigmoid_derivative(final_output)',
  );
  // NumPy's gradient_output (= −δ) for the four rows, beside its line.
  await expect(page.locator('.matrix[data-name="gradient_output"]')).toContainText(
    '[[-0.1077], [0.01444], [0.01371], [-0.08894]]',
  );

  // The chain rule of that weight, with this step's numbers, on hover.
  await edge(page, '1-0', '2-0').hover();
  const readout = page.locator('[data-chain-rule]');
  await expect(readout).toContainText('∂E/∂w for weights_hidden_output[0, 0] (h1 → ŷ)');
  await expect(readout).toContainText('0.8514× 0.1265× 0.6077= 0.06547');
  await expect(readout).toContainText('Sum ∂E/∂w = 0.1181');
  await shoot(page, '4-backward-output');
  await page.mouse.move(0, 0);

  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-layer', '1');
  await expect(page.locator('[data-gradient]')).toHaveCount(9);
  expect(Math.abs((await gradientOf(page, '0-0', '1-0')) - GRADIENT_X1_H1)).toBeLessThan(1e-15);
  await expect(activeCode(page).last()).toContainText(
    'gradient_hidden = error_hidden * sigmoid_derivative(hidden_output)',
  );
  await shoot(page, '5-backward-hidden');

  // ← goes back one stop, → returns.
  await page.keyboard.press('ArrowLeft');
  await expect(panel).toHaveAttribute('data-layer', '2');
  await expect(page.locator('[data-gradient]')).toHaveCount(3);
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'update');
  await expect(activeCode(page)).toHaveCount(4);
  await expect(activeCode(page).first()).toContainText(
    'weights_hidden_output += hidden_output.T.dot(gradient_output)',
  );
  await shoot(page, '6-update');

  await panel.getByRole('button', { name: 'Apply update (epoch 0 → 1)' }).click();
  await expect.poll(async () => epoch(page)).toBe(1);
  await expect(page.getByRole('region', { name: 'Step through epoch 1' })).toHaveAttribute(
    'data-phase',
    'forward',
  );
  expect(Number(await edge(page, '1-0', '2-0').getAttribute('data-weight'))).toBe(UPDATED_H1_OUT);
  const applied = await weights(page);

  // The same as one plain Step from the starting weights.
  await page.keyboard.press('Escape');
  await expect(panel).toBeHidden();
  await page.keyboard.press('r');
  await expect.poll(async () => epoch(page)).toBe(0);
  await page.keyboard.press('s');
  await expect.poll(async () => epoch(page)).toBe(1);
  expect(await weights(page)).toEqual(applied);
  expect(errors).toEqual([]);
});

test('one row alone: its own gradient, and Apply explains why it waits for the batch', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Step through' }).click();
  const panel = page.getByRole('region', { name: 'Step through epoch 0' });
  await panel.getByLabel('Sample').selectOption({ label: 'Row 2: (0, 1) → 1' });
  await page.getByRole('heading', { name: 'Step through epoch 0' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'backward');
  expect(Math.abs((await gradientOf(page, '1-0', '2-0')) - ROW2_GRADIENT_H1_OUT)).toBeLessThan(
    1e-15,
  );
  await expect(page.locator('.neuron[data-layer="2"] .step-values tspan')).toHaveText('δ -0.01444');
  await shoot(page, 'row-2-backward');
  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await expect(panel.getByRole('button', { name: /Apply update/ })).toBeDisabled();
  await expect(panel).toContainText('choose “all (batch)” to apply');
  await panel.getByRole('button', { name: 'Close' }).click();
  await expect(panel).toBeHidden();
  await expect(page.locator('[data-gradient]')).toHaveCount(0);
  expect(await epoch(page)).toBe(0);
  expect(errors).toEqual([]);
});

test('Export as Python downloads backprop-studio.py with the training set', async ({ page }) => {
  await openApp(page);
  await page.getByRole('button', { name: 'Step through' }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Python' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toBe('backprop-studio.py');
  const path = await file.path();
  const { readFile } = await import('node:fs/promises');
  const script = await readFile(path, 'utf8');
  expect(script).toContain('np.random.seed(0)');
  expect(script).toContain('def forward_propagation(inputs):');
});

test("wide layers: each hidden neuron's numbers stay clear of its neighbours' (one Σδ line where four rows do not fit)", async ({
  page,
}) => {
  await openApp(page, '?h=8,8,8');
  await page.getByRole('button', { name: 'Step through' }).click();
  const panel = page.locator('.step-panel');
  while (
    (await panel.getAttribute('data-layer')) !== '2' ||
    (await panel.getAttribute('data-phase')) !== 'backward'
  ) {
    await page.getByRole('button', { name: 'Next →' }).click();
  }
  const hidden = page.locator(
    '.neuron:not([data-layer="0"]):not([data-layer="4"]) text.step-values',
  );
  await expect(hidden).toHaveCount(16); // layers 2 and 3 have their δ now
  const first = page.locator('.neuron[data-layer="2"][data-index="0"] text.step-values');
  await expect(first).toHaveAttribute('data-summary', '');
  const rows = (await first.getAttribute('data-values'))!.split(' ').map(Number);
  expect(rows).toHaveLength(4);
  const sum = rows.reduce((total, v) => total + v, 0);
  const shown = (await first.locator('tspan').textContent())!;
  expect(shown).toMatch(/^Σδ /);
  // Four significant digits, as every step value.
  expect(Math.abs(Number(shown.slice(3)) - sum)).toBeLessThan(Math.abs(sum) * 1e-3);
  const boxes = await hidden.evaluateAll((texts) =>
    texts.map((text) => text.getBoundingClientRect().toJSON() as DOMRect),
  );
  const overlapping = boxes.flatMap((a, i) =>
    boxes
      .slice(i + 1)
      .filter((b) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom),
  );
  expect(overlapping).toEqual([]);
});
