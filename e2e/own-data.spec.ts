import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { openApp, skipTour, watchErrors } from './helpers';

/** Circle's 500 points, its preset otherwise; no training needed. */
const CIRCLE = '?data=circle&h=6&act=tanh&loss=bce&lr=0.1&batch=10&reduce=mean&init=glorot';

/** The points as the page's own CSV export has them. */
async function exportCsv(page: Page): Promise<string> {
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export CSV' }).click();
  return readFile(await (await download).path(), 'utf8');
}

async function importCsv(page: Page, text: string): Promise<void> {
  await page.getByLabel('Import CSV').setInputFiles({
    name: 'points.csv',
    mimeType: 'text/csv',
    buffer: Buffer.from(text),
  });
}

/** Clicks the data plot at fractions of its width and height from the top left. */
async function clickPlot(page: Page, at: readonly [number, number]): Promise<void> {
  const plot = page.getByRole('img', { name: 'Decision boundary with data points' });
  const box = (await plot.boundingBox())!;
  await plot.click({ position: { x: box.width * at[0], y: box.height * at[1] } });
}

const trainPoints = (page: Page) => page.locator('circle.point.train');

test('drawn points survive a new split and come back, bit for bit, from the page’s link', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  await openApp(page, CIRCLE);
  await expect(trainPoints(page)).toHaveCount(250);
  // Three points in the empty corners, where the circle set has none.
  for (const at of [
    [0.03, 0.03],
    [0.97, 0.03],
    [0.03, 0.97],
  ] as const) {
    await clickPlot(page, at);
  }
  await expect(trainPoints(page)).toHaveCount(253);
  await page.getByRole('slider', { name: 'Training share' }).fill('0.8');
  // 80 % of the 500 generated points train, and the three drawn ones stay.
  await expect(trainPoints(page)).toHaveCount(403);
  const before = await exportCsv(page);
  const drawn = before.split('\n').filter((row) => /^-?5\.\d+,-?5\.\d+,1$/.test(row));
  expect(drawn).toHaveLength(3);
  // Noise regenerates the rest; the drawing stays too.
  await page.getByRole('slider', { name: 'Noise' }).fill('0.1');
  await expect(trainPoints(page)).toHaveCount(403);
  await page.getByRole('slider', { name: 'Noise' }).fill('0');
  expect(await exportCsv(page)).toBe(before);

  // Regenerate asks first; keeping the points changes nothing.
  await page.getByRole('button', { name: 'Regenerate data' }).click();
  await expect(page.getByRole('alertdialog')).toContainText(
    'Regenerate replaces your 3 drawn points with new points.',
  );
  await page.getByRole('button', { name: 'Keep my points' }).click();
  await expect(page.getByRole('alertdialog')).toHaveCount(0);

  await expect.poll(() => page.evaluate(() => window.location.search)).toContain('edits=');
  const link = await page.evaluate(() => window.location.href);
  const reopened = await context.newPage();
  await skipTour(reopened);
  await reopened.goto(link);
  await expect(trainPoints(reopened)).toHaveCount(403);
  expect(await exportCsv(reopened)).toBe(before);
  expect(errors).toEqual([]);
});

test('points go out and back in as CSV; a bad file says why and changes nothing', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, CIRCLE);
  const original = await exportCsv(page);
  const rows = original.trim().split('\n');
  expect(rows[0]).toBe('x1,x2,label');
  expect(rows).toHaveLength(501);

  // Without its header, in another order, −1 for class 0: Playground's way.
  const reordered = rows
    .slice(1)
    .reverse()
    .map((row) => row.replace(/,0$/, ',-1'))
    .join('\n');
  await importCsv(page, reordered);
  await expect(page.getByText('Imported 500 points')).toBeVisible();
  const imported = await exportCsv(page);
  // The same points, kept to a thousandth.
  const rounded = (text: string) =>
    text
      .trim()
      .split('\n')
      .slice(1)
      .map((row) => row.split(',').map((value) => Math.round(Number(value) * 1000) / 1000))
      .map(String)
      .sort();
  expect(rounded(imported)).toEqual(rounded(original));
  expect(imported.trim().split('\n').slice(1).sort()).toEqual(rounded(original));

  for (const [bad, why] of [
    ['x1,x2,label\n1,2,1\n3,4\n', 'Line 3: expected 3 values (x1, x2, label), found 2.'],
    ['1,2,1\n9,0,0\n', 'Line 2: x1 = 9 is off the plane (−6 to 6).'],
  ]) {
    await importCsv(page, bad!);
    await expect(page.getByText(`The points file could not be opened: ${why}`)).toBeVisible();
  }
  expect(await exportCsv(page)).toBe(imported);

  // A second import asks before replacing the first.
  await importCsv(page, 'x1,x2,label\n1,1,1\n2,2,0\n3,3,1\n4,4,0\n');
  await expect(page.getByRole('alertdialog')).toContainText(
    'Importing a file replaces your 500 imported points with new points.',
  );
  await page.getByRole('button', { name: 'Replace them' }).click();
  await expect(page.getByText('Imported 4 points')).toBeVisible();
  expect((await exportCsv(page)).trim().split('\n').slice(1).sort()).toEqual([
    '1,1,1',
    '2,2,0',
    '3,3,1',
    '4,4,0',
  ]);
  expect(errors).toEqual([]);
});
