import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

/** What TensorFlow Playground writes for 5,3 ReLU on its XOR at learning rate 0.3. */
const PLAYGROUND_HASH =
  '#activation=relu&batchSize=10&dataset=xor&regDataset=reg-plane&learningRate=0.3&regularizationRate=0&noise=0&networkShape=5,3&seed=0.123&showTestData=false&discretize=false&percTrainData=50&x=true&y=true&xTimesY=false&xSquared=false&ySquared=false&cosX=false&sinX=false&cosY=false&sinY=false&collectStats=false&problem=classification&initZero=false&hideText=false';

/** The page shows the Playground run: 5,3 ReLU on XOR quadrants at 0.3, and says what it left out. */
async function expectPlaygroundRun(page: Page): Promise<void> {
  await expect(page.getByRole('combobox', { name: 'Dataset', exact: true })).toHaveValue(
    'xor-quadrants',
  );
  await expect(page.getByRole('combobox', { name: 'Hidden activation' })).toHaveValue('relu');
  await expect(page.getByLabel('Learning rate')).toHaveAttribute('aria-valuetext', '0.3');
  // Playground trains until paused.
  await expect(page.getByRole('slider', { name: 'Epochs' })).toHaveAttribute(
    'aria-valuetext',
    'until paused',
  );
  await expect(page.locator('[data-hidden-layers]')).toHaveAttribute('data-hidden-layers', '2');
  // 2 inputs → 5 → 3 → 1 output.
  await expect(page.locator('[data-weight]')).toHaveCount(2 * 5 + 5 * 3 + 3 * 1);
  await expect(page.getByLabel('Show test data')).not.toBeChecked();
  const notice = page.getByRole('status', { name: 'Notices' }).locator('[data-notice]');
  await expect(notice).toHaveCount(1);
  await expect(notice).toContainText('Not carried over: seed “0.123”');
}

test('a Playground hash opens as the page address: the run, one notice, our own link after', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page, PLAYGROUND_HASH);
  await expectPlaygroundRun(page);
  // The address bar now holds the run as this app's own link, which reopens it.
  await expect.poll(() => page.evaluate(() => window.location.hash)).toBe('');
  await expect.poll(() => page.evaluate(() => window.location.search)).toContain('h=5%2C3');
  const address = await page.evaluate(() => window.location.href);
  expect(address).toContain('act=relu');
  expect(address).toContain('lr=0.3');
  await page.goto(address);
  await expect(page.locator('[data-weight]')).toHaveCount(28);
  await expect(page.getByRole('combobox', { name: 'Hidden activation' })).toHaveValue('relu');
  expect(errors).toEqual([]);
});

test('a Playground link pasted into the share panel replaces the run on screen', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  await expect(page.locator('[data-weight]')).toHaveCount(2 * 3 + 3);
  await page.getByText('Share', { exact: true }).click();
  const field = page.getByLabel(/Open an address/);
  await field.fill(`https://playground.tensorflow.org/${PLAYGROUND_HASH}`);
  await page.getByRole('button', { name: 'Open link' }).click();
  await expect(page.getByText('Opened the Playground link.')).toBeVisible();
  await expectPlaygroundRun(page);

  // Text that is no link says so and changes nothing.
  await field.fill('hello');
  await page.getByRole('button', { name: 'Open link' }).click();
  await expect(page.getByText(/That is not a link to a run/)).toBeVisible();
  await expect(page.locator('[data-weight]')).toHaveCount(28);
  expect(errors).toEqual([]);
});
