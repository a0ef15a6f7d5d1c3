import { expect, type Page } from '@playwright/test';

/** Collects console errors and uncaught exceptions; assert it is empty at the end of a test. */
export function watchErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') errors.push(message.text());
  });
  page.on('pageerror', (error) => errors.push(error.message));
  return errors;
}

/**
 * Marks the first-visit tour as seen in every page of the context, so it never covers what a
 * spec clicks. Specs of the tour itself do not call it.
 */
export async function skipTour(page: Page): Promise<void> {
  await page.addInitScript(() => {
    try {
      localStorage.setItem('backprop-studio:tour-seen', '1');
    } catch {
      // Opaque origins have no storage; the tour then stays closed anyway.
    }
  });
}

export async function openApp(page: Page, query = ''): Promise<void> {
  await skipTour(page);
  await page.goto(`./${query}`);
  await expect(page.locator('[data-weight]').first()).toBeVisible();
}

export async function weights(page: Page): Promise<number[]> {
  return page
    .locator('[data-weight]')
    .evaluateAll((edges) => edges.map((edge) => Number(edge.getAttribute('data-weight'))));
}

export async function epoch(page: Page): Promise<number> {
  return Number(await page.locator('[data-epoch]').getAttribute('data-epoch'));
}

export async function loss(page: Page): Promise<number> {
  return Number(await page.locator('[data-loss]').getAttribute('data-loss'));
}

export async function waitForState(page: Page, state: string, timeout = 30_000): Promise<void> {
  await expect(page.locator(`[data-state="${state}"]`)).toBeVisible({ timeout });
}

export async function chooseFullSpeed(page: Page): Promise<void> {
  await page.getByRole('combobox', { name: /^Speed/ }).selectOption({ label: 'Full speed' });
}

/**
 * Chooses `dataset` in the Data panel's menu with "Apply the preset" ticked: its documented
 * architecture, features and rate from epoch 0. Unticked (the default), a dataset keeps the
 * network and settings.
 */
export async function choosePreset(page: Page, dataset: string): Promise<void> {
  await page.getByRole('checkbox', { name: 'Apply the preset' }).check();
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption(dataset);
}
