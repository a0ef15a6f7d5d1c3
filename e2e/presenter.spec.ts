import { expect, test, type Page } from '@playwright/test';
import { epoch, openApp, watchErrors } from './helpers';

const rootFontSize = (page: Page) =>
  page.evaluate(() => parseFloat(getComputedStyle(document.documentElement).fontSize));

test('present=1 enlarges the type, hides the listed controls, and can be left', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, '?present=1&hide=learning-rate,dataset,loss-chart');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  expect(await rootFontSize(page)).toBeGreaterThanOrEqual(20);
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toBeHidden();
  await expect(page.getByLabel('Dataset')).toBeHidden();
  await expect(page.getByRole('img', { name: 'Loss curve' })).toBeHidden();
  // What is not listed stays, and the page still trains.
  await expect(page.getByRole('slider', { name: 'Epochs' })).toBeVisible();
  await expect(page.getByRole('img', { name: 'Network graph' })).toBeVisible();
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(0);
  // High contrast: black text on white, whatever the theme.
  const colours = await page.evaluate(() => {
    const style = getComputedStyle(document.body);
    return [style.color, getComputedStyle(document.documentElement).backgroundColor];
  });
  expect(colours).toEqual(['rgb(0, 0, 0)', 'rgb(255, 255, 255)']);

  await page.getByRole('button', { name: 'Leave presenter mode' }).click();
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  expect(await rootFontSize(page)).toBe(16);
  // The link's hide= still applies: a teacher's page for a class hides them too.
  await expect(page.getByRole('slider', { name: 'Learning rate' })).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBeNull();
  expect(errors).toEqual([]);
});

test('the share menu turns presenter mode on and chooses what it hides', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.locator('details.share-menu summary').click();
  await page.getByRole('button', { name: /Controls to hide/ }).click();
  const hide = page.getByRole('group', { name: 'Hide, presenting or not' });
  await hide.getByLabel('speed').check();
  await expect(page.getByRole('combobox', { name: 'Speed' })).toBeHidden();
  // Every control can go, Play and the data's sliders too.
  for (const id of ['play', 'step', 'reset', 'noise', 'split', 'test data', 'text']) {
    await hide.getByLabel(id, { exact: true }).check();
  }
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeHidden();
  await expect(page.getByRole('button', { name: 'Reset', exact: true })).toBeHidden();
  await expect(page.getByLabel('Show test data')).toBeHidden();
  await expect(page.locator('.preset-note')).toBeHidden();
  await hide.getByLabel('play', { exact: true }).uncheck();
  await expect(page.getByRole('button', { name: 'Play', exact: true })).toBeVisible();
  await page.getByLabel('Presenter mode').check();
  await expect(page.getByRole('combobox', { name: 'Speed' })).toBeHidden();
  await expect.poll(() => new URL(page.url()).searchParams.get('present')).toBe('1');
  expect(new URL(page.url()).searchParams.get('hide')).toBe(
    'speed,step,reset,noise,split,test-data,text',
  );
  expect(errors).toEqual([]);
});
