import { expect, type BrowserContext, type Page } from '@playwright/test';
import { skipTour } from './helpers';
import { serveDist } from './static-server';

/**
 * One visit to the app served by a server of its own, until its service worker controls the
 * page; then the server is shut down and the context goes offline. Shutting the server matters:
 * Chromium's offline emulation does not reach service-worker fetches (microsoft/playwright#2311),
 * so setOffline alone could pass with the network still there. Returns the app's URL.
 */
export async function visitOnceThenGoOffline(page: Page, context: BrowserContext): Promise<string> {
  await skipTour(page);
  const server = await serveDist('/');
  try {
    await page.goto(server.url);
    await expect(page.locator('[data-weight]').first()).toBeVisible();
    // clientsClaim (vite.config.ts) lets the first visit's worker take this page over.
    await page.evaluate(async () => {
      await navigator.serviceWorker.ready;
    });
    await expect
      .poll(() => page.evaluate(() => navigator.serviceWorker.controller !== null))
      .toBe(true);
  } finally {
    await server.close();
  }
  await context.setOffline(true);
  return server.url;
}
