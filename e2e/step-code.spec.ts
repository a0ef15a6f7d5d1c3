import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { epoch, openApp, watchErrors } from './helpers';

/** A repo fixture (scripts/fixtures/generate.sh writes them). */
function fixture<T>(name: string): T {
  return JSON.parse(
    readFileSync(new URL(`../scripts/fixtures/${name}`, import.meta.url), 'utf8'),
  ) as T;
}

/** The tutorial's functions as its text has them (scripts/fixtures/tutorial_code.py). */
const TUTORIAL = fixture<{ functions: Record<string, string[]> }>('tutorial-code.json');
const TUTORIAL_LINES = [
  'forward_propagation',
  'mse_loss',
  'backpropagation',
  'train_network',
].flatMap((name, i) => (i === 0 ? TUTORIAL.functions[name]! : ['', ...TUTORIAL.functions[name]!]));

type Matrix = readonly (readonly number[])[];
/** The tutorial's first step at η = 1 and at η = 0.5, as NumPy computes it (first_step.py). */
type FirstStep = Record<
  | 'delta_weights_hidden_output'
  | 'delta_bias_output'
  | 'delta_weights_input_hidden'
  | 'delta_bias_hidden',
  Matrix
>;
const AT_ONE = fixture<FirstStep>('numpy-first-step-seed0.json');
const AT_HALF = fixture<FirstStep>('numpy-first-step-seed0-lr0.5.json');

const codeTexts = (page: Page) =>
  page
    .locator('.code-line > code')
    .evaluateAll((codes) => codes.map((code) => (code.textContent ?? '').trimEnd()));

/** The Δ beside each update line, against NumPy's (its BLAS may differ in the last bits). */
async function expectUpdates(page: Page, numpy: FirstStep): Promise<void> {
  const names = [
    'weights_hidden_output',
    'bias_output',
    'weights_input_hidden',
    'bias_hidden',
  ] as const;
  for (const name of names) {
    const matrix = page.locator(`.matrix[data-name="Δ ${name}"]`);
    await expect(matrix).toBeVisible();
    const shown = ((await matrix.getAttribute('data-values')) ?? '').split(' ').map(Number);
    const want = numpy[`delta_${name}`].flat();
    expect(shown, name).toHaveLength(want.length);
    shown.forEach((x, k) => expect(Math.abs(x - want[k]!), name).toBeLessThan(1e-13));
  }
}

/** Every weight and bias the graph holds, exactly. */
const params = (page: Page) =>
  page
    .locator('[data-weight], [data-bias]')
    .evaluateAll((nodes) =>
      nodes.map((node) => node.getAttribute('data-weight') ?? node.getAttribute('data-bias')),
    );

test('the code panel is the tutorial’s own code, with the loop at this epoch and learning_rate only at η ≠ 1', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Step through' }).click();
  await expect(page.getByRole('heading', { name: 'The tutorial’s code, in sync' })).toBeVisible();
  expect(await codeTexts(page)).toEqual(TUTORIAL_LINES);
  await expect(page.locator('.code-note')).toHaveCount(0);
  // The loop's current iteration, and the call that is running now.
  await expect(page.locator('.code-line[data-loop]')).toHaveText(
    /for epoch in range\(epochs\):\s*epoch = 0/,
  );
  await expect(page.locator('.code-line[data-calling]')).toHaveText(
    /hidden_output, final_output = forward_propagation\(inputs\)/,
  );
  // Edges named both ways: the tutorial's matrix entry and x₁ → h1.
  await expect(
    page.getByRole('button', {
      name: 'Weight x₁ to h1 (weights_input_hidden[0, 0]). Press Enter to edit.',
    }),
  ).toBeAttached();

  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  // The loss: print runs at epoch 0 and shows what the tutorial prints.
  await expect(page.locator('.code-line', { hasText: "print(f'Epoch" })).toContainText(
    'Epoch 0, Loss: 0.3859387189496001',
  );
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  const panel = page.locator('.step-panel');
  await expect(panel).toHaveAttribute('data-phase', 'update');
  await expectUpdates(page, AT_ONE);
  await expect(page.locator('.code-line[data-calling]')).toHaveText(/backpropagation\(inputs/);

  // η 1 → 0.5 during the update: the code, its note and every Δ follow at once.
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).fill('-0.3');
  await expect(page.getByRole('slider', { name: 'Learning rate', exact: true })).toHaveAttribute(
    'aria-valuetext',
    '0.5',
  );
  await expect(panel).toHaveAttribute('data-phase', 'update');
  await expect(page.getByRole('heading', { name: 'The tutorial’s code, adapted' })).toBeVisible();
  await expect(page.locator('.code-note')).toHaveText([
    'learning_rate = 0.5 in the updates: the tutorial’s code has none (η = 1).',
  ]);
  const changed = (await codeTexts(page)).filter((text, i) => text !== TUTORIAL_LINES[i]);
  expect(changed).toEqual([
    '    weights_hidden_output += learning_rate * hidden_output.T.dot(gradient_output)',
    '    bias_output += learning_rate * np.sum(gradient_output, axis=0, keepdims=True)',
    '    weights_input_hidden += learning_rate * inputs.T.dot(gradient_hidden)',
    '    bias_hidden += learning_rate * np.sum(gradient_hidden, axis=0, keepdims=True)',
  ]);
  await expectUpdates(page, AT_HALF);
  await expect(panel).toContainText('η = 0.5');
  await expect(panel.getByRole('button', { name: 'Apply update (epoch 0 → 1)' })).toBeEnabled();
  expect(errors).toEqual([]);
});

test('→ applies the update and ← takes it back to the bit; the chain rule names the weight both ways', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Step through' }).click();
  const panel = page.locator('.step-panel');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'backward');
  await page.locator('.edge[data-from="1-0"][data-to="2-0"]').hover();
  const readout = page.locator('[data-chain-rule]');
  await expect(readout).toContainText('∂E/∂w for weights_hidden_output[0, 0] (h1 → ŷ)');
  await expect(readout).toContainText('−error_output[:, 0]');
  await expect(readout).toContainText('−hidden_output.T.dot(gradient_output)[0, 0]');
  // An edge low in the graph: its readout, drawn above it, stays inside the graph.
  await page.locator('.edge[data-from="1-2"][data-to="2-0"]').hover();
  await expect(readout).toContainText('weights_hidden_output[2, 0] (h3 → ŷ)');
  const graphTop = (await page.locator('.graph').boundingBox())!.y;
  expect((await readout.boundingBox())!.y).toBeGreaterThanOrEqual(graphTop - 1);
  await page.mouse.move(0, 0);

  for (let i = 0; i < 2; i++) await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'update');
  const before = await params(page);
  expect(before).toHaveLength(13);

  await page.keyboard.press('ArrowRight');
  await expect.poll(() => epoch(page)).toBe(1);
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Step through epoch 1');
  await expect(panel).toHaveAttribute('data-phase', 'forward');
  await expect(page.locator('.code-line[data-loop]')).toContainText('epoch = 1');
  await expect.poll(() => params(page)).not.toEqual(before);

  await expect(panel.getByRole('button', { name: '← Undo update' })).toBeVisible();
  await page.keyboard.press('ArrowLeft');
  await expect.poll(() => epoch(page)).toBe(0);
  await expect(panel).toHaveAttribute('data-phase', 'update');
  await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Step through epoch 0');
  // The very same numbers as before the update, digit for digit.
  await expect.poll(() => params(page)).toEqual(before);
  expect(errors).toEqual([]);
});
