import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from '@playwright/test';
import { chooseFullSpeed, epoch, loss, openApp, skipTour, watchErrors, weights } from './helpers';

const NOT_FINITE = /NaN|Infinity/;

async function playUntilDiverged(page: Page) {
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  const notice = page.locator('[data-diverged]');
  await expect(notice).toBeVisible();
  await expect(page.locator('[data-state="stopped"]')).toBeVisible();
  return notice;
}

/** Every attribute value on the page with "NaN" or "Infinity" in it. */
function notFiniteAttributes(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [...document.querySelectorAll('*')].flatMap((element) =>
      [...element.attributes]
        .filter((attribute) => /NaN|Infinity/.test(attribute.value))
        .map((attribute) => `${element.tagName} ${attribute.name}="${attribute.value}"`),
    ),
  );
}

async function openShare(page: Page): Promise<void> {
  const share = page.locator('details.share-menu');
  if ((await share.getAttribute('open')) === null) await share.locator('summary').click();
}

test('a learning rate that blows up stops at the last sane weights and says so', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await page.getByRole('combobox', { name: 'Hidden activation' }).selectOption('relu');
  await page.getByRole('combobox', { name: 'Output activation' }).selectOption('linear');
  await page.getByRole('slider', { name: 'Learning rate', exact: true }).fill('0.5'); // ≈ 3.2
  await chooseFullSpeed(page);
  const notice = await playUntilDiverged(page);
  await expect(notice).toContainText('the loss blew up');
  const stoppedAt = await epoch(page);
  expect(stoppedAt).toBeLessThan(1000);
  // Nothing drawn is NaN or infinite, and the notice quotes the loss on screen.
  expect((await weights(page)).every(Number.isFinite)).toBe(true);
  const shown = await loss(page);
  expect(Number.isFinite(shown)).toBe(true);
  const rewound = notice.locator('[data-rewound-loss]');
  expect(Number(await rewound.getAttribute('data-rewound-loss'))).toBe(shown);

  // The way out: a smaller rate, and training goes on from where it stopped.
  await notice.getByRole('button', { name: /Lower the rate/ }).click();
  await expect(notice).toBeHidden();
  await expect.poll(() => epoch(page)).toBeGreaterThan(stoppedAt);
  expect(errors).toEqual([]);
});

test('NaN weights are divergence: no NaN or Infinity on the page, in the link or in the file', async ({
  page,
  context,
}) => {
  const errors = watchErrors(page);
  // ReLU maps NaN to 0: the loss stayed finite over NaN weights before they counted.
  await openApp(page, '?data=plane&act=relu&out=linear&loss=bce&lr=10&epochs=3000&speed=0&batch=1');
  const notice = await playUntilDiverged(page);
  await expect(notice).toContainText('the loss blew up');
  await expect(notice).toContainText('with a loss of');
  const stoppedAt = await epoch(page);

  expect(await page.locator('body').innerText()).not.toMatch(NOT_FINITE);
  expect(await notFiniteAttributes(page)).toEqual([]);
  // Each layer's weights and biases, as the graph holds them.
  expect((await weights(page)).every(Number.isFinite)).toBe(true);
  const biases = await page
    .locator('[data-bias]')
    .evaluateAll((nodes) => nodes.map((node) => Number(node.getAttribute('data-bias'))));
  expect(biases.length).toBeGreaterThan(0);
  expect(biases.every(Number.isFinite)).toBe(true);
  // The readout and the editor of the first weight and of an output-layer weight.
  const keys = page.getByRole('button', { name: /^Weight / });
  for (const key of [keys.first(), keys.last()]) {
    await key.focus();
    await expect(page.locator('.readout')).toContainText(/= -?\d/);
    await expect(page.locator('.readout')).not.toContainText(NOT_FINITE);
    await page.keyboard.press('Enter');
    const editor = page.getByRole('textbox', { name: /^Weight / });
    expect(Number.isFinite(Number(await editor.inputValue()))).toBe(true);
    await page.keyboard.press('Escape');
  }

  // The copied link keeps the weights, and opens them again.
  await openShare(page);
  await page.getByLabel('Include trained weights').check();
  await page.getByRole('button', { name: 'Copy link' }).click();
  const link = await page.getByRole('textbox', { name: 'Link', exact: true }).inputValue();
  expect(new URL(link).searchParams.get('w')).toMatch(/^[\w-]+$/);
  expect(link).not.toMatch(NOT_FINITE);
  // The exported model: every number finite.
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export model' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    epoch: number;
    params: number[];
  };
  expect(file.epoch).toBe(stoppedAt);
  expect(file.params.every(Number.isFinite)).toBe(true);

  const fresh = await context.newPage();
  await skipTour(fresh);
  await fresh.goto(link);
  await expect.poll(() => epoch(fresh)).toBe(stoppedAt);
  expect(await weights(fresh)).toEqual(await weights(page));
  await expect(fresh.locator('[data-notice]')).toHaveCount(0);
  expect(errors).toEqual([]);
});

test('cross-entropy on a linear output rewinds to finite predictions', async ({ page }) => {
  await openApp(page, '?act=linear&out=linear&loss=bce&lr=1&epochs=3000&speed=0');
  await playUntilDiverged(page);
  const predictions = page.locator('.predictions');
  await expect(predictions).toBeVisible();
  const text = await predictions.innerText();
  expect(text).not.toMatch(NOT_FINITE);
  expect(text).not.toContain('—');
});

test('"lower the rate" stops at the minimum and then says what else to change', async ({
  page,
}) => {
  // A weight typed in at epoch 3 (as a link's record holds it) blows the loss up at any rate.
  const blowUpAt3 = '&out=linear&speed=0&edits=3_p_9_1000000';
  await openApp(page, `?lr=0.00002${blowUpAt3}`);
  let notice = await playUntilDiverged(page);
  expect(await epoch(page)).toBe(2);
  // Going back to epoch 2 undid the weight typed in at 3: the notice says so, not "the rate".
  await expect(notice).toContainText(
    'The weight you typed in at epoch 3 blew it up at once; going back has undone it.',
  );
  await notice
    .getByRole('button', { name: 'Lower the rate to 0.00001 (its minimum) and go on' })
    .click();
  await expect.poll(() => epoch(page)).toBeGreaterThan(2);

  await openApp(page, `?lr=0.00001${blowUpAt3}`);
  notice = await playUntilDiverged(page);
  await expect(notice).toContainText(
    'The rate is already at its minimum, 0.00001. Try a sigmoid output or mean gradient reduction, or Reset for fresh weights.',
  );
  await expect(notice.getByRole('button', { name: /Lower the rate/ })).toHaveCount(0);
  await notice.getByRole('button', { name: 'Reset' }).click();
  await expect(notice).toBeHidden();
  expect(await epoch(page)).toBe(0);

  // Typed in before the first update: no epoch to go back to, and no rate can help.
  await openApp(page, '?out=linear&speed=0&edits=0_p_9_1000000');
  notice = await playUntilDiverged(page);
  await expect(notice).toContainText(
    'Training cannot go on from epoch 0: the loss is already blown up. These weights give a loss of',
  );
  await expect(notice.getByRole('button', { name: /Lower the rate/ })).toHaveCount(0);
  expect(await page.locator('body').innerText()).not.toMatch(NOT_FINITE);
});

test('a blow-up soon after a typed-in weight is put down to that weight, not to the rate alone', async ({
  page,
}) => {
  // Weight 9 typed in as 30 at epoch 3: the loss is still finite there and blows up two updates on.
  await openApp(page, '?out=linear&speed=0&edits=3_p_9_30');
  const notice = await playUntilDiverged(page);
  expect(await epoch(page)).toBe(4);
  await expect(notice).toContainText(
    'It blew up after the weight you typed in at epoch 3: from there, updates at learning rate 1 overshoot. Change that weight back, or lower the rate.',
  );
  await expect(notice).not.toContainText('each update overshoots');
});

test('a model file whose weights give a non-finite loss is refused, and nothing changes', async ({
  page,
}) => {
  await openApp(page, '?out=linear');
  await openShare(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export model' }).click();
  const file = JSON.parse(await readFile(await (await download).path(), 'utf8')) as {
    params: number[];
  };
  const before = await weights(page);
  file.params = file.params.map(() => 1e200);
  await page.getByLabel('Import model').setInputFiles({
    name: 'blown.json',
    mimeType: 'application/json',
    buffer: Buffer.from(JSON.stringify(file)),
  });
  await expect(
    page.getByText(
      "Could not open “blown.json”: the file's weights give a non-finite loss on its data, so training could not go on from them.",
    ),
  ).toBeVisible();
  expect(await weights(page)).toEqual(before);
  await expect(page.locator('[data-diverged]')).toHaveCount(0);
});
