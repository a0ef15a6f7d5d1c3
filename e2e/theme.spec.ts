import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

const LIGHT_BG = 'rgb(246, 247, 249)';
const DARK_BG = 'rgb(13, 17, 23)';

const background = (page: Page) =>
  page.evaluate(() => getComputedStyle(document.documentElement).backgroundColor);

test('follows the system until the learner picks a theme, and remembers it', async ({ page }) => {
  const errors = watchErrors(page);
  await page.emulateMedia({ colorScheme: 'dark' });
  await openApp(page);
  const html = page.locator('html');
  const theme = page.getByRole('group', { name: 'Theme' });
  await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe(DARK_BG);

  // A picked theme wins over the system's, both ways.
  await theme.getByText('Light').click();
  await expect(html).toHaveAttribute('data-theme', 'light');
  expect(await background(page)).toBe(LIGHT_BG);

  await page.emulateMedia({ colorScheme: 'light' });
  await theme.getByText('Dark').click();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  expect(await background(page)).toBe(DARK_BG);

  // Remembered across a reload, applied before the app renders.
  await page.reload();
  await expect(html).toHaveAttribute('data-theme', 'dark');
  await expect(theme.getByRole('radio', { name: 'Dark' })).toBeChecked();

  await theme.getByText('System').click();
  await expect(html).not.toHaveAttribute('data-theme');
  expect(await background(page)).toBe(LIGHT_BG);
  await page.reload();
  await expect(theme.getByRole('radio', { name: 'System' })).toBeChecked();
  expect(errors).toEqual([]);
});
