import { expect, test } from '@playwright/test';
import { epoch, openApp, watchErrors } from './helpers';

/** 139 characters of base64url decode to 13 zero weights: the tutorial network's. */
const ZERO_WEIGHTS = 'A'.repeat(139);

test('a link whose epoch is beyond its target opens ready to train, and says so', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, `?e=1000000000&w=${ZERO_WEIGHTS}&epochs=100`);
  await expect(
    page.locator('[data-notice]').filter({ hasText: /beyond the longest run/ }),
  ).toBeVisible();
  const play = page.getByRole('button', { name: 'Play', exact: true });
  await expect(play).toBeEnabled();
  const opened = await epoch(page);
  expect(opened).toBeLessThan(1_000_000);
  await play.click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(opened);
  expect(errors).toEqual([]);
});

test('a link beyond its target: the target is raised with a notice and Play trains', async ({
  page,
}) => {
  await openApp(page, `?e=500&w=${ZERO_WEIGHTS}&epochs=100`);
  await expect(
    page.getByText('Epoch 500 is beyond the target of 100 epochs; the target is now 600.'),
  ).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(500);
});

test('speeds off the Speed menu snap to its nearest entry, with a notice, and train', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const speed = page.getByRole('combobox', { name: /^Speed/ });
  for (const [asked, nearest, label] of [
    // Between 0 and 1 epochs/s never trained; 1e6 showed as "1 epoch/s" (7 → 10 in unit tests).
    ['0.001', '1', '1 epoch/s'],
    ['1e6', '3000', '3,000 epochs/s'],
  ]) {
    await openApp(page, `?speed=${asked}`);
    await expect(
      page.getByText(`Speed ${Number(asked)} is not on its menu; using the nearest, ${label}.`),
    ).toBeVisible();
    await expect(speed).toHaveValue(nearest!);
    await page.getByRole('button', { name: 'Play', exact: true }).click();
    await expect.poll(() => epoch(page)).toBeGreaterThan(0);
    await expect.poll(() => new URL(page.url()).searchParams.get('speed')).toBe(nearest);
  }
  expect(errors).toEqual([]);
});

test('notices quote link text without control or bidi characters', async ({ page }) => {
  const errors = watchErrors(page);
  // U+202E (right-to-left override) would show the rest of the notice backwards.
  await openApp(
    page,
    '?Your%20model%20was%20deleted%2C%20call%20555%200100=1&%E2%80%AEtxt.exe%E2%80%AC%07=1&lr=%E2%80%AE9',
  );
  const notices = page.locator('[data-notice]');
  await expect(notices.first()).toBeVisible();
  await expect(notices.filter({ hasText: 'Ignored “Your model was deleted, …”' })).toHaveCount(1);
  await expect(notices.filter({ hasText: 'Ignored “txt.exe”' })).toHaveCount(1);
  const texts = await notices.allTextContents();
  expect(texts.length).toBeGreaterThanOrEqual(3);
  for (const text of texts) expect(text).not.toMatch(/[\p{Cc}\p{Cf}]/u);
  expect(errors).toEqual([]);
});
