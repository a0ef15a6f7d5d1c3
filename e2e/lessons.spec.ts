import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';
import { epoch, openApp, skipTour, waitForState, watchErrors } from './helpers';

const lessonsMenu = (page: Page) => page.locator('.lessons-menu');
const caption = (page: Page) => page.locator('.lesson-caption');
const notices = (page: Page) => page.getByRole('status', { name: 'Notices' });

async function openLessons(page: Page): Promise<void> {
  await page.getByText('Lessons', { exact: true }).click();
  await expect(lessonsMenu(page).getByRole('navigation', { name: 'Lessons' })).toBeVisible();
}

test('the Lessons menu opens each lesson in one click; descriptions follow; Python from Share', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await openLessons(page);
  await lessonsMenu(page)
    .getByRole('link', { name: '2-2-1: two hidden neurons (seed 11)' })
    .click();
  await expect(page).toHaveURL(/[?&]seed=11(&|$)/);
  expect(new URL(page.url()).searchParams.get('h')).toBe('2');
  await expect(page.getByLabel('Hidden neurons')).toHaveAttribute('aria-valuetext', '2');
  await expect(page.locator('.seed-now')).toHaveAttribute('data-seed', '11');
  await expect(page.locator('[data-weight]')).toHaveCount(2 * 2 + 2);
  await expect(notices(page).locator('[data-notice]')).toHaveCount(0);

  // Lesson 2's last run: the Data description names what runs, not the tutorial's settings.
  await openLessons(page);
  await lessonsMenu(page).getByRole('link', { name: 'ReLU, linear output, rate 3' }).click();
  await expect(page).toHaveURL(/[?&]act=relu(&|$)/);
  const description = page.locator('.preset-note');
  await expect(description).toContainText('ReLU hidden, linear output');
  await expect(description).toContainText('learning rate 3.');
  await expect(description).not.toContainText('learning rate 1');

  // Export as Python from the share menu, not only inside step-through.
  await page.getByText('Share', { exact: true }).click();
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export as Python' }).click();
  expect((await download).suggestedFilename()).toBe('backprop-studio.py');
  expect(errors).toEqual([]);
});

test('an annotated link opened fresh pauses exactly at its note and shows it; XOR draws no test line', async ({
  page,
}) => {
  const errors = watchErrors(page);
  const notes = 'v1|0:Press Play|300!Watch the plateau|700:Now it falls';
  await openApp(page, `?speed=0&notes=${encodeURIComponent(notes)}`);
  await expect(notices(page).locator('[data-notice]')).toHaveCount(0);
  await expect(caption(page)).toContainText('Press Play');
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForState(page, 'paused');
  expect(await epoch(page)).toBe(300);
  await expect(caption(page)).toContainText('Epoch 300 · paused here: press Play to go on');
  await expect(caption(page)).toContainText('Watch the plateau');
  // Readable from the back of a hall: the note's text is large.
  const size = await caption(page)
    .locator('p')
    .evaluate((p) => parseFloat(getComputedStyle(p).fontSize));
  expect(size).toBeGreaterThanOrEqual(20);

  await page.getByRole('button', { name: 'Play' }).click();
  await waitForState(page, 'done');
  expect(await epoch(page)).toBe(1000);
  await expect(caption(page)).toContainText('Now it falls');
  // The address bar kept the notes: a reload shows them again.
  expect(new URL(page.url()).searchParams.get('notes')).toBe(notes);
  // The address bar follows the epoch within a second; reloaded, the run reopens there.
  await expect.poll(() => new URL(page.url()).searchParams.get('e')).toBe('1000');
  await page.reload();
  await expect(caption(page)).toContainText('Now it falls');
  await openLessons(page);
  await expect(lessonsMenu(page).locator('[data-note-epoch]')).toHaveCount(3);
  await page.keyboard.press('Escape');

  // XOR has no test split: the accuracy and loss panels draw the training line only.
  const accuracy = page.getByRole('region', { name: 'Accuracy' });
  await expect(accuracy.locator('output')).toHaveText(/^training 100\.0 %$/);
  await expect(accuracy.locator('path.series.test')).toHaveCount(0);
  await expect(
    page.getByRole('img', { name: 'Loss curve' }).locator('path.series.test'),
  ).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('a note written in the editor survives Copy link and opens in a new page', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?speed=0');
  await openLessons(page);
  await page.getByLabel('At epoch').fill('40');
  await page.getByLabel('Note', { exact: true }).fill('Now h3 wakes up');
  await page.getByRole('checkbox', { name: 'Pause here' }).check();
  await page.getByRole('button', { name: 'Add note' }).click();
  await expect(lessonsMenu(page).locator('[data-note-epoch="40"]')).toContainText(
    'Now h3 wakes up',
  );
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByLabel('Lesson link').inputValue();
  expect(new URL(link).searchParams.get('notes')).toBe('v1|40!Now h3 wakes up');

  // The share menu's link carries them too.
  await page.getByText('Share', { exact: true }).click();
  await page.locator('.share-panel').getByRole('button', { name: 'Copy link' }).click();
  const shared = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
  expect(new URL(shared).searchParams.get('notes')).toBe('v1|40!Now h3 wakes up');

  const fresh = await context.newPage();
  const freshErrors = watchErrors(fresh);
  await skipTour(fresh);
  await fresh.goto(link);
  await openLessons(fresh);
  await expect(lessonsMenu(fresh).locator('[data-note-epoch="40"]')).toContainText(
    'Now h3 wakes up',
  );
  await fresh.keyboard.press('Escape');
  await fresh.getByRole('button', { name: 'Play' }).click();
  await waitForState(fresh, 'paused');
  expect(await epoch(fresh)).toBe(40);
  await expect(caption(fresh)).toContainText('Now h3 wakes up');
  // The caption and the open menu pass axe's serious and critical rules.
  await openLessons(fresh);
  const { violations } = await new AxeBuilder({ page: fresh }).analyze();
  const serious = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
  expect(
    serious.flatMap((v) => v.nodes.map((node) => `${v.id}: ${node.target.join(' ')}`)),
  ).toEqual([]);
  expect([...errors, ...freshErrors]).toEqual([]);
});

test('malformed notes give a notice and the app still works', async ({ page }) => {
  const errors = watchErrors(page);
  await skipTour(page);
  await page.goto(`./?h=2&speed=0&epochs=200&notes=${encodeURIComponent('v9|junk')}`);
  await expect(notices(page)).toContainText(
    'The lesson notes (“v9|junk”) are not in a format this app reads',
  );
  await expect(caption(page)).toHaveCount(0);
  await expect(page.getByLabel('Hidden neurons')).toHaveAttribute('aria-valuetext', '2');
  await page.getByRole('button', { name: 'Play' }).click();
  await waitForState(page, 'done');
  expect(await epoch(page)).toBe(200);
  expect(errors).toEqual([]);
});
