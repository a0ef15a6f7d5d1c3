import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { epoch, loss, openApp, watchErrors, weights } from './helpers';

async function openShare(page: Page): Promise<void> {
  const share = page.locator('details.share-menu');
  if ((await share.getAttribute('open')) === null) await share.locator('summary').click();
}

async function exportModel(page: Page): Promise<string> {
  await openShare(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export model' }).click();
  const file = await download;
  expect(file.suggestedFilename()).toMatch(/^backprop-studio-xor-epoch-\d+\.json$/);
  return readFile(await file.path(), 'utf8');
}

async function importText(page: Page, name: string, text: string | Buffer): Promise<void> {
  await openShare(page);
  await page.getByLabel('Import model').setInputFiles({
    name,
    mimeType: 'application/json',
    buffer: typeof text === 'string' ? Buffer.from(text) : text,
  });
}

async function stepTimes(page: Page, n: number): Promise<void> {
  const start = await epoch(page);
  for (let i = 0; i < n; i++) {
    await page.getByRole('button', { name: 'Step', exact: true }).click();
    await expect.poll(() => epoch(page)).toBe(start + i + 1);
  }
}

test('export → reset → import round-trips the weights and the epoch', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await stepTimes(page, 5);
  const trained = await weights(page);
  const trainedLoss = await loss(page);
  const json = await exportModel(page);
  expect(JSON.parse(json)).toMatchObject({ format: 'backprop-studio-model', epoch: 5 });

  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => epoch(page)).toBe(0);
  expect(await weights(page)).not.toEqual(trained);

  await importText(page, 'model.json', json);
  await expect.poll(() => epoch(page)).toBe(5);
  expect(await weights(page)).toEqual(trained);
  expect(await loss(page)).toBe(trainedLoss);
  await expect(page.locator('[data-notice="info"]')).toContainText('Opened “model.json”');
  await expect(page.locator('[data-notice="error"]')).toHaveCount(0);
  // Training goes on from there.
  await stepTimes(page, 1);
  expect(errors).toEqual([]);
});

test('corrupt model files show an error each and keep the current model', async ({ page }) => {
  const errors = watchErrors(page);
  await openApp(page);
  await stepTimes(page, 2);
  const json = await exportModel(page);
  const good = JSON.parse(json) as Record<string, unknown> & { params: number[] };
  const kept = await weights(page);

  const corrupt: [string, string | Buffer, RegExp][] = [
    ['truncated.json', json.slice(0, json.length / 2), /not valid JSON/],
    ['empty.json', '', /not valid JSON/],
    [
      'proto.json',
      json.replace('"epoch"', '"__proto__": {"polluted": true}, "epoch"'),
      /__proto__/,
    ],
    [
      'constructor.json',
      json.replace('"config": {', '"config": {"constructor": {"prototype": {}}, '),
      /constructor/,
    ],
    ['nan.json', json.replace(/"params": \[[^\]]*\]/, '"params": [NaN, 1, 2]'), /not valid JSON/],
    [
      'null-weight.json',
      JSON.stringify({ ...good, params: good.params.map((p, i) => (i === 0 ? null : p)) }),
      /weight must be a number/,
    ],
    [
      'short.json',
      JSON.stringify({ ...good, params: good.params.slice(1) }),
      /expected 13 numbers, found 12/,
    ],
    [
      'shape.json',
      JSON.stringify({ ...good, layerSizes: [2, 4, 1] }),
      /layers \(2-4-1\) don't match/,
    ],
    ['string-epoch.json', JSON.stringify({ ...good, epoch: '5' }), /epoch must be a number/],
    ['array.json', '[1, 2, 3]', /not a Backprop Studio model file/],
    ['other.json', '{"hello": "world"}', /not a Backprop Studio model file/],
    ['junk.json', Buffer.alloc(3_000_000, 'x'), /too large/],
    ['binary.json', Buffer.from([0xff, 0xfe, 0x00, 0x01, 0x7b]), /not valid JSON/],
  ];
  for (const [index, [name, text, message]] of corrupt.entries()) {
    await importText(page, name, text);
    const notices = page.locator('[data-notice="error"]');
    await expect(notices).toHaveCount(index + 1);
    await expect(notices.last()).toContainText(`Could not open “${name}”`);
    await expect(notices.last()).toContainText(message);
    expect(await epoch(page)).toBe(2);
    expect(await weights(page)).toEqual(kept);
  }
  // Nothing leaked onto Object.prototype from the __proto__ file.
  expect(await page.evaluate(() => 'polluted' in {})).toBe(false);
  expect(errors).toEqual([]);
});

test('a file of a run edited live opens as that run: its edits replayed, its settings shown', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByLabel('Hidden neurons').fill('4');
  await stepTimes(page, 3);
  await page.getByLabel('Learning rate').fill('-0.4'); // 0.4
  await stepTimes(page, 2);
  const trained = await weights(page);
  const trainedLoss = await loss(page);
  const json = await exportModel(page);
  const file = JSON.parse(json) as { version: number; record: { edits: unknown[] } };
  expect(file.version).toBe(2);
  expect(file.record.edits).toEqual([
    { epoch: 0, kind: 'configure', patch: { hiddenSizes: [4] } },
    { epoch: 3, kind: 'configure', patch: { learningRate: 0.4 } },
  ]);

  await page.getByRole('button', { name: 'Reseed', exact: true }).click();
  await expect.poll(() => weights(page)).not.toEqual(trained);
  await importText(page, 'edited.json', json);
  await expect.poll(() => epoch(page)).toBe(5);
  expect(await weights(page)).toEqual(trained);
  expect(await loss(page)).toBe(trainedLoss);
  await expect(page.getByLabel('Learning rate')).toHaveAttribute('aria-valuetext', '0.4');
  await expect(page.getByLabel('Hidden neurons')).toHaveAttribute('aria-valuetext', '4');

  // A file from before records (version 1) still opens, from its weights.
  const old = JSON.parse(json) as Record<string, unknown>;
  old.version = 1;
  delete old.record;
  await page.getByRole('button', { name: 'Reset', exact: true }).click();
  await expect.poll(() => epoch(page)).toBe(0);
  await importText(page, 'old.json', JSON.stringify(old));
  await expect.poll(() => epoch(page)).toBe(5);
  expect(await weights(page)).toEqual(trained);
  await expect(page.locator('[data-notice="error"]')).toHaveCount(0);
  expect(errors).toEqual([]);
});
