import { expect, test, type Page } from '@playwright/test';
import { skipTour, watchErrors } from './helpers';
import { visitOnceThenGoOffline } from './offline';

const DEEP = ['foo/bar?lr=2', 'index.html/x?lr=2', 'foo/bar/?lr=2'];

async function expectAppWithRate2(page: Page, root: string): Promise<void> {
  await expect(page.locator('[data-weight]').first()).toBeVisible();
  expect(page.url()).toBe(`${root}?lr=2`);
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toHaveAttribute(
    'aria-valuetext',
    /^2(\.0+)?$/,
  );
}

for (const path of DEEP) {
  test(`a path below the app opens the app with its link (${path})`, async ({ page, baseURL }) => {
    const errors = watchErrors(page);
    await skipTour(page);
    await page.goto(`./${path}`);
    await expectAppWithRate2(page, baseURL!);
    expect(errors).toEqual([]);
  });
}

test('offline, the service worker sends a path below the app to the app', async ({
  page,
  context,
}) => {
  const url = await visitOnceThenGoOffline(page, context);
  const errors = watchErrors(page);
  for (const path of DEEP) {
    await page.goto(`${url}${path}`);
    await expectAppWithRate2(page, url);
  }
  expect(errors).toEqual([]);
});
