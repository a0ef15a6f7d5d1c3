import { expect, test } from '@playwright/test';
import { epoch, openApp, waitForState, watchErrors } from './helpers';

test('the built page has a strict CSP and trains without a single violation', async ({ page }) => {
  const errors = watchErrors(page);
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { cspViolations: string[] }).cspViolations = seen;
    document.addEventListener('securitypolicyviolation', (event) =>
      seen.push(`${event.violatedDirective} ${event.blockedURI}`),
    );
  });
  await openApp(page, '?speed=0&epochs=2000');
  const policy = await page
    .locator('meta[http-equiv="Content-Security-Policy"]')
    .getAttribute('content');
  expect(policy).toContain("script-src 'self'");
  expect(policy).not.toContain('unsafe-eval');
  expect(policy).not.toContain('unsafe-inline');
  expect(await page.locator('script:not([src])').count()).toBe(0);

  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  expect(await epoch(page)).toBe(2000);
  // The features that make blobs, images and downloads run under the policy too.
  await page.locator('details.share-menu summary').click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export PNG' }).click();
  expect((await download).suggestedFilename()).toBe('network-graph.png');
  const violations = await page.evaluate(
    () => (window as unknown as { cspViolations: string[] }).cspViolations,
  );
  expect(violations).toEqual([]);
  expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  expect(errors).toEqual([]);
});
