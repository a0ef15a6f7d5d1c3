import { expect, test } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

test('the graph works from the keyboard: focus lights an edge, Enter edits it', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const key = page.getByRole('button', {
    name: /^Weight x₁ to h1 \(weights_input_hidden\[0, 0\]\)\./,
  });
  await key.focus();
  const edge = page.locator('[data-from="0-0"][data-to="1-0"]');
  await expect(edge).toHaveAttribute('data-focused', 'true');
  await expect(page.locator('.readout')).toContainText(
    'Weight x₁ → h1 (weights_input_hidden[0, 0]) = 0.5488135039273248',
  );
  await page.keyboard.press('Enter');
  const editor = page.getByRole('textbox', { name: /Weight x₁ to h1/ });
  await expect(editor).toBeFocused();
  await editor.fill('1.5');
  await editor.press('Enter');
  await expect(edge).toHaveAttribute('data-weight', '1.5');

  // Tab reaches the next weight; the ring moves with it.
  await key.focus();
  await page.keyboard.press('Tab');
  await expect(edge).not.toHaveAttribute('data-focused', 'true');
  await expect(page.locator('.edge[data-focused]')).toHaveCount(1);
  expect(errors).toEqual([]);
});
