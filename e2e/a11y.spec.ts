import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { openApp } from './helpers';

/** Serious and critical findings only, each as "rule: target" for a readable failure. */
async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`));
}

test('default view', async ({ page }) => {
  await openApp(page);
  expect(await seriousViolations(page)).toEqual([]);
});

test('another dataset', async ({ page }) => {
  await openApp(page, '?data=spiral&h=8,6');
  await expect(page.getByLabel('Dataset')).toHaveValue('spiral');
  expect(await seriousViolations(page)).toEqual([]);
});

test('presenter mode', async ({ page }) => {
  await openApp(page, '?present=1&hide=seed');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  expect(await seriousViolations(page)).toEqual([]);
});

test('the tour open', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('dialog', { name: 'The network' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the shortcuts help and the glossary open', async ({ page }) => {
  await openApp(page);
  await page.keyboard.type('?');
  await expect(page.getByRole('dialog', { name: 'Keyboard shortcuts' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await page.getByRole('button', { name: /Glossary/ }).click();
  await expect(page.getByRole('dialog', { name: 'Glossary' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});

test('the share menu open, with a notice showing', async ({ page }) => {
  await openApp(page, '?lr=oops');
  await page.locator('details.share-menu summary').click();
  await expect(page.getByRole('button', { name: 'Copy link' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
});
