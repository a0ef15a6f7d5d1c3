import { readFileSync } from 'node:fs';
import { expect, test, type Page } from '@playwright/test';
import { skipTour } from './helpers';

const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

// The deploy case is a tab without a service worker's copy; the precache would hide the block.
test.use({ serviceWorkers: 'block' });

/** Answers every request for the trainer's chunk with `answer`; returns how many were asked. */
async function breakTrainerChunk(page: Page, answer: 'abort' | 'html'): Promise<() => number> {
  let requests = 0;
  const indexHtml = readFileSync(`${OUT_DIR}/index.html`, 'utf8');
  await page.route(/trainer\.worker[^/]*\.js/, async (route) => {
    requests++;
    if (answer === 'abort') await route.abort();
    else await route.fulfill({ status: 200, contentType: 'text/html', body: indexHtml });
  });
  return () => requests;
}

for (const answer of ['abort', 'html'] as const) {
  test(`a trainer chunk that never loads (${answer}) is tried at most 3 times, then one notice`, async ({
    page,
  }) => {
    await skipTour(page);
    const starts = await breakTrainerChunk(page, answer);
    await page.goto('./');

    const notice = page.getByText('The trainer cannot start — reload the page.');
    await expect(notice).toBeVisible({ timeout: 15_000 });
    await expect(page.locator('[data-state="unavailable"]')).toBeVisible();
    await expect(page.getByRole('button', { name: 'Reload', exact: true })).toBeVisible();
    expect(starts()).toBeGreaterThanOrEqual(1);
    expect(starts()).toBeLessThanOrEqual(3);

    // Clicking around asks for no new worker and adds no notice.
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    // Longer than every back-off delay together: a storm would have shown by now.
    await page.waitForTimeout(3_000);
    expect(starts()).toBeLessThanOrEqual(3);
    await expect(page.locator('[data-notice]')).toHaveCount(1);
    await expect(page.getByText(/The trainer stopped/)).toHaveCount(0);
    await expect(page.locator('[data-state="unavailable"]')).toBeVisible();

    // The notice's Reload, once the chunk is back (the deploy finished): a working trainer.
    await page.unrouteAll();
    await page.getByRole('button', { name: 'Reload', exact: true }).click();
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect(page.locator('[data-epoch="1"]')).toBeVisible();
    await expect(page.locator('[data-notice]')).toHaveCount(0);
  });
}
