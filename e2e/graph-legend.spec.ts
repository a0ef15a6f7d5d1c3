import { expect, test, type Page } from '@playwright/test';
import { openApp, waitForState, watchErrors } from './helpers';

/** The drawn stroke of every edge as [r, g, b], with its weight's sign. */
async function edgeColours(page: Page): Promise<{ sign: string; rgb: number[] }[]> {
  return page.locator('.edge').evaluateAll((edges) =>
    edges.map((edge) => {
      const line = edge.querySelector('.edge-line')!;
      const rgb = getComputedStyle(line).stroke.match(/\d+/g)!.slice(0, 3).map(Number);
      return { sign: edge.getAttribute('data-sign') ?? '', rgb };
    }),
  );
}

test('the graph has a legend, edges show their sign from epoch 0, dashes show, the seed is by Reseed', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await openApp(page);
  const legend = page.getByRole('list', { name: 'Legend' });
  await expect(legend).toBeVisible();
  await expect(legend).toContainText('w > 0');
  await expect(legend).toContainText('w < 0');
  await expect(legend).toContainText('width = |w|');

  // Epoch 0: the tutorial's weights are all positive (rand() in [0, 1)), so all blue, none grey.
  const start = await edgeColours(page);
  expect(start).toHaveLength(9);
  for (const { sign, rgb } of start) {
    expect(sign).toBe('positive');
    expect(rgb[2]! - rgb[0]!, `rgb(${rgb.join(', ')})`).toBeGreaterThan(60);
  }

  // The seed beside Reseed, and the new one after it.
  const seed = page.locator('.seed-now');
  await expect(seed).toHaveText('seed 0');
  await page.getByRole('button', { name: 'Reseed', exact: true }).click();
  await expect(seed).not.toHaveText('seed 0');
  expect(await seed.getAttribute('data-seed')).toMatch(/^\d+$/);
  await page.getByRole('button', { name: 'Reseed', exact: true }).focus();

  // Trained: negative weights are orange and dashed with flat ends, so the gaps stay open.
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done');
  const negative = page.locator('.edge[data-sign="negative"] .edge-line');
  expect(await negative.count()).toBeGreaterThan(0);
  const looks = await negative.evaluateAll((lines) =>
    lines.map((line) => ({
      dash: line.getAttribute('stroke-dasharray'),
      cap: getComputedStyle(line).strokeLinecap,
      rgb: getComputedStyle(line).stroke.match(/\d+/g)!.slice(0, 3).map(Number),
    })),
  );
  for (const look of looks) {
    expect(look.dash).toBeTruthy();
    expect(look.cap).toBe('butt');
    expect(look.rgb[0]! - look.rgb[2]!).toBeGreaterThan(60);
  }
  expect(errors).toEqual([]);
});
