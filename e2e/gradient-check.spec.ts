import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const readout = (page: Page) => page.locator('[data-chain-rule]');
const cell = (page: Page, kind: 'backprop' | 'finite-difference', of: 'e' | 'printed') =>
  readout(page).locator(`[data-${kind}="${of}"]`);

/** The finite-difference column equals the backprop column, digit for digit as shown. */
async function expectCheckMatches(page: Page): Promise<void> {
  for (const of of ['e', 'printed'] as const) {
    const shown = await cell(page, 'backprop', of).textContent();
    expect(shown).toMatch(/\d/);
    await expect(cell(page, 'finite-difference', of)).toHaveText(shown ?? '');
  }
}

test('the chain-rule readout shows ∂E/∂w and ∂MSE/∂w, and a finite difference on demand equals both', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('button', { name: 'Step through' }).click();
  const panel = page.locator('.step-panel');
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-phase', 'backward');
  // The printed loss and E side by side, with the N/2 sentence.
  await expect(panel.locator('.step-loss-story')).toContainText('N/2 = 2');

  // Without asking: backprop's two slopes only. weights_hidden_output[0, 0] from seed 0:
  // ∂E/∂w = 0.1181 and the printed MSE's slope half of it (N/2 = 2).
  const h1ToOutput = page.locator('.edge[data-from="1-0"][data-to="2-0"]');
  await h1ToOutput.hover();
  await expect(cell(page, 'backprop', 'e')).toHaveText('0.1181');
  await expect(cell(page, 'backprop', 'printed')).toHaveText('0.05905');
  await expect(readout(page).locator('[data-finite-difference]')).toHaveCount(0);
  await page.mouse.move(0, 0);

  await page.getByLabel('Finite-difference check').check();
  await h1ToOutput.hover();
  await expectCheckMatches(page);
  await page.screenshot({ path: test.info().outputPath('gradient-check.png') });
  await page.mouse.move(0, 0);

  // A first-layer weight, one step further back.
  await page.locator('.step-panel h2').click();
  await page.keyboard.press('ArrowRight');
  await expect(panel).toHaveAttribute('data-layer', '1');
  await page.locator('.edge[data-from="0-1"][data-to="1-2"]').hover();
  await expect(readout(page)).toContainText('∂E/∂w for weights_input_hidden[1, 2] (x₂ → h3)');
  await expectCheckMatches(page);

  // One row alone: N = 1, so the MSE's slope is twice ∂E/∂w, and the check still agrees.
  await page.mouse.move(0, 0);
  await panel.getByLabel('Sample').selectOption({ label: 'Row 2: (0, 1) → 1' });
  await page.locator('.step-panel h2').click();
  await page.keyboard.press('ArrowLeft');
  await expect(panel).toHaveAttribute('data-phase', 'backward');
  await h1ToOutput.hover();
  await expectCheckMatches(page);
  expect(errors).toEqual([]);
});

test('on a dense net at a laptop size the finite-difference switch covers none of the layer buttons', async ({
  page,
}) => {
  await page.setViewportSize({ width: 1366, height: 768 });
  await openApp(page, '?h=8,8,8');
  await page.getByRole('button', { name: 'Step through' }).click();
  const toggle = page.getByLabel('Finite-difference check');
  await expect(toggle).toBeVisible();
  const label = (await page.locator('label.gradient-check').boundingBox())!;
  const buttons = page.getByRole('button', { name: /neuron (to|from) layer/ });
  await expect(buttons).toHaveCount(6);
  for (const button of await buttons.all()) {
    const box = (await button.boundingBox())!;
    const apart =
      box.x >= label.x + label.width ||
      label.x >= box.x + box.width ||
      box.y >= label.y + label.height ||
      label.y >= box.y + box.height;
    expect(apart, `${await button.getAttribute('aria-label')} is clear of the switch`).toBe(true);
  }
  // Clicking it (not a button under it) switches the check on.
  await toggle.click();
  await expect(toggle).toBeChecked();
});
