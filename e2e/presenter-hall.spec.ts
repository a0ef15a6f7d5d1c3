import { expect, test, type Page } from '@playwright/test';
import { openApp, watchErrors } from './helpers';

/** What a hall must read: panel titles, slider labels, graph and δ labels, chart ticks, readouts. */
const MEASURED = {
  'panel title': '#graph-title',
  'slider label': '.slider span',
  'neuron label': '.neuron.input text',
  'δ label': '.neuron[data-layer="2"] text.step-values',
  'loss chart tick': '.loss-panel svg text',
  'step caption': '.step-caption',
  'code line': '.code-line code',
} as const;

type Sizes = Record<keyof typeof MEASURED, number>;

async function fontSizes(page: Page): Promise<Sizes> {
  const sizes = {} as Sizes;
  for (const [name, selector] of Object.entries(MEASURED) as [keyof typeof MEASURED, string][]) {
    sizes[name] = await page
      .locator(selector)
      .first()
      .evaluate((element) => parseFloat(getComputedStyle(element).fontSize));
  }
  return sizes;
}

type Rect = { left: number; top: number; right: number; bottom: number };
const overlap = (a: Rect, b: Rect) =>
  a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

test('presenter mode at 1920 × 1080: type and graph labels ≥ 1.6× normal, δ labels apart, nothing covered', async ({
  page,
}) => {
  const errors = watchErrors(page);
  await page.setViewportSize({ width: 1920, height: 1080 });
  await openApp(page, '?present=1');
  await expect(page.locator('html')).toHaveClass(/presenter/);
  await page.getByRole('button', { name: 'Step through' }).click();
  for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
  await expect(page.locator('.step-panel')).toHaveAttribute('data-phase', 'backward');

  // The output neuron's four δ lines do not overlap one another.
  const lines = await page
    .locator('.neuron[data-layer="2"] text.step-values tspan')
    .evaluateAll((spans) => spans.map((span) => span.getBoundingClientRect().toJSON() as Rect));
  expect(lines).toHaveLength(4);
  for (let i = 1; i < lines.length; i++) {
    expect(lines[i]!.top, `δ line ${i}`).toBeGreaterThanOrEqual(lines[i - 1]!.bottom - 1);
  }
  // "Leave presenter mode" covers no panel (the accuracy axis was under it).
  const leave = page.getByRole('button', { name: 'Leave presenter mode' });
  const button = await leave.evaluate((b) => b.getBoundingClientRect().toJSON() as Rect);
  const panels = await page
    .locator('.panel')
    .evaluateAll((all) => all.map((p) => p.getBoundingClientRect().toJSON() as Rect));
  for (const panel of panels) expect(overlap(button, panel)).toBe(false);

  const presenting = await fontSizes(page);
  await leave.click();
  await expect(page.locator('html')).not.toHaveClass(/presenter/);
  await expect(page.locator('.step-panel')).toHaveAttribute('data-phase', 'backward');
  const normal = await fontSizes(page);
  for (const name of Object.keys(MEASURED) as (keyof typeof MEASURED)[]) {
    expect(
      presenting[name] / normal[name],
      `${name}: ${presenting[name]}px presenting, ${normal[name]}px normally`,
    ).toBeGreaterThanOrEqual(1.6);
  }
  expect(errors).toEqual([]);
});
