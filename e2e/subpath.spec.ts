import { expect, test } from '@playwright/test';
import { epoch, skipTour, waitForState, watchErrors, weights } from './helpers';
import { serveDist, type StaticServer } from './static-server';

/** As on a GitHub Pages project page: the app lives below the site root. */
const PREFIX = '/backprop-studio/';

let server: StaticServer;
test.beforeAll(async () => {
  server = await serveDist(PREFIX);
});
test.afterAll(async () => {
  await server.close();
});

test('the built app works from a sub-path: assets, worker, training', async ({ page }) => {
  const errors = watchErrors(page);
  await skipTour(page);
  await page.goto(server.url);
  await expect(page.locator('[data-weight]').first()).toBeVisible();
  // Weights on screen come from the worker's first snapshot: the worker chunk loaded.
  const before = await weights(page);
  expect(before.length).toBeGreaterThan(0);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'training');
  await expect.poll(async () => epoch(page)).toBeGreaterThan(20);
  await expect.poll(async () => weights(page)).not.toEqual(before);

  // Everything the page asked for lay under the sub-path and existed.
  expect(server.misses).toEqual([]);
  expect(errors).toEqual([]);
});

test('the service worker and manifest are scoped to the sub-path', async ({ page }) => {
  await page.goto(server.url);
  const scope = await page.evaluate(async () => (await navigator.serviceWorker.ready).scope);
  expect(scope).toBe(server.url);
  const manifest = await page.evaluate(async () => {
    const link = document.querySelector<HTMLLinkElement>('link[rel="manifest"]');
    if (!link) return null;
    const response = await fetch(link.href);
    return { url: response.url, body: (await response.json()) as { start_url: string } };
  });
  expect(manifest?.url).toBe(`${server.url}manifest.webmanifest`);
  expect(new URL(manifest?.body.start_url ?? '', manifest?.url).href).toBe(server.url);
  expect(server.misses).toEqual([]);
});
