import { expect, test } from '@playwright/test';
import { openApp, waitForState, watchErrors } from './helpers';

// A service worker would serve the chunks from its precache, past the blocked route.
test.use({ serviceWorkers: 'block' });

test('a part that cannot be loaded says so, and the page keeps working', async ({ page }) => {
  const errors = watchErrors(page);
  // The glossary and the share menu's content load on first use; here their chunks never come.
  await page.route(/\/(GlossaryDialog|SharePanel)-[\w-]+\.js$/, (route) => route.abort());
  await openApp(page);
  await page.getByRole('button', { name: 'Glossary' }).click();
  await expect(page.getByText(/could not be loaded/).first()).toBeVisible();
  await page.getByText('Share', { exact: true }).click();
  await expect(page.locator('.share-panel')).toHaveCount(0);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  // The blocked fetches themselves are the only errors.
  const unexpected = errors.filter(
    (e) => !/Failed to fetch dynamically imported module|net::ERR_FAILED/.test(e),
  );
  expect(unexpected).toEqual([]);
});

test('a part whose first fetch fails is fetched again and opens', async ({ page }) => {
  let failures = 0;
  await page.route(/\/GlossaryDialog-[\w-]+\.js$/, (route) =>
    failures++ === 0 ? route.abort() : route.continue(),
  );
  await openApp(page);
  await page.getByRole('button', { name: 'Glossary' }).click();
  await expect(page.getByRole('dialog', { name: /Glossary/ })).toBeVisible();
  expect(failures).toBe(2);
  await expect(page.getByText(/could not be loaded/)).toHaveCount(0);
});
