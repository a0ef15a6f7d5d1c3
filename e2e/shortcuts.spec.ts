import { expect, test } from '@playwright/test';
import { epoch, openApp, waitForState, watchErrors } from './helpers';

test('space, s, r and +/− drive training from the keyboard', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  const learningRate = page.getByRole('slider', { name: 'Learning rate', exact: true });
  await expect(learningRate).toHaveAttribute('aria-valuetext', '1');

  await page.keyboard.press('s');
  await expect.poll(async () => epoch(page)).toBe(1);
  await waitForState(page, 'paused');

  await page.keyboard.press(' ');
  await waitForState(page, 'training');
  await expect.poll(async () => epoch(page)).toBeGreaterThan(20);
  await page.keyboard.press(' ');
  await waitForState(page, 'paused');

  await page.keyboard.press('r');
  await expect.poll(async () => epoch(page)).toBe(0);
  await waitForState(page, 'ready');

  // One notch is ×10^0.1, shown rounded: 1 → 1.3 → 1.6, and back down.
  await page.keyboard.type('+');
  await expect(learningRate).toHaveAttribute('aria-valuetext', '1.3');
  await page.keyboard.type('+');
  await expect(learningRate).toHaveAttribute('aria-valuetext', '1.6');
  await page.keyboard.type('-');
  await expect(learningRate).toHaveAttribute('aria-valuetext', '1.3');
  expect(errors).toEqual([]);
});

test('keys typed into a control, with Alt, or behind the help list are not shortcuts', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const learningRate = page.getByRole('slider', { name: 'Learning rate', exact: true });
  await page.getByRole('combobox', { name: /^Speed/ }).focus();
  await page.keyboard.type('+');
  await page.getByRole('heading', { name: 'Backprop Studio' }).click();
  await page.keyboard.press('Alt+Equal');
  await page.keyboard.type('?');
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeVisible();
  await page.keyboard.type('+');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await page.getByRole('heading', { name: 'Backprop Studio' }).click();
  // The learning-rate keys act on the store at once; a step's round trip through the worker
  // later, any of them would be on screen.
  await page.keyboard.press('s');
  await expect.poll(async () => epoch(page)).toBe(1);
  await expect(learningRate).toHaveAttribute('aria-valuetext', '1');
  expect(errors).toEqual([]);
});

test('? and the button open the shortcut list; Esc closes it and focus returns', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await expect(dialog).toBeHidden();

  await page.keyboard.type('?');
  await expect(dialog).toBeVisible();
  expect(await dialog.locator('tbody kbd').allTextContents()).toEqual([
    'Space',
    'S',
    'R',
    '+',
    '−',
    '→',
    '←',
    'Esc',
    '?',
  ]);
  await expect(dialog).toContainText('Play / pause');
  await expect(dialog).toContainText('Raise the learning rate');
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();

  const button = page.getByRole('button', { name: 'Keyboard shortcuts' });
  await button.click();
  await expect(dialog).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Close' })).toBeFocused();
  await page.keyboard.type('?');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  await button.press('Enter');
  await expect(dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog).toBeHidden();
  await expect(button).toBeFocused();
  expect(errors).toEqual([]);
});
