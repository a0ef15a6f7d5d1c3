import { expect, test, type Locator, type Page } from '@playwright/test';
import { epoch, openApp, watchErrors } from './helpers';

/** Projector sizes a lesson is taught at: a classroom beamer and a full-HD screen. */
const SCREENS = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];

type Box = { x: number; y: number; width: number; height: number };

async function boxOf(locator: Locator): Promise<Box> {
  const box = await locator.boundingBox();
  if (!box) throw new Error('not rendered');
  return box;
}

/** True when `inner` lies wholly inside `outer` (a pixel of rounding allowed). */
function inside(inner: Box, outer: Box): boolean {
  return (
    inner.x >= outer.x - 1 &&
    inner.y >= outer.y - 1 &&
    inner.x + inner.width <= outer.x + outer.width + 1 &&
    inner.y + inner.height <= outer.y + outer.height + 1
  );
}

/** The graph and every highlighted code line (inside the code panel's scroll box) on screen. */
async function expectGraphAndCodeInView(page: Page, label: string): Promise<void> {
  const viewport = page.viewportSize();
  if (!viewport) throw new Error('no viewport');
  const screen = { x: 0, y: 0, ...viewport };
  const graph = await boxOf(page.getByRole('img', { name: 'Network graph' }));
  expect(inside(graph, screen), `${label}: graph ${JSON.stringify(graph)}`).toBe(true);
  const list = await boxOf(page.locator('.code-lines'));
  const lines = page.locator('.code-line[data-active="true"] > code');
  const count = await lines.count();
  expect(count, `${label}: highlighted lines`).toBeGreaterThan(0);
  for (let i = 0; i < count; i++) {
    const line = await boxOf(lines.nth(i));
    // Only the line's height matters horizontally-scrolled code may run past the panel's edge.
    const row = { ...line, x: list.x, width: Math.min(line.width, list.width) };
    expect(inside(row, screen), `${label}: line ${i} ${JSON.stringify(line)}`).toBe(true);
    expect(inside(row, list), `${label}: line ${i} outside the code panel`).toBe(true);
  }
}

for (const screen of SCREENS) {
  test(`step-through at ${screen.width} × ${screen.height}: the code line and the graph share the screen in every phase`, async ({
    page,
  }) => {
    const errors = watchErrors(page);
    await page.setViewportSize(screen);
    await openApp(page);
    await page.getByRole('button', { name: 'Step through' }).click();
    const panel = page.locator('.step-panel');
    await expect(panel).toHaveAttribute('data-phase', 'forward');
    // The tutorial's numbering: the epoch the header shows, printed by NumPy as "Epoch 0".
    expect(await epoch(page)).toBe(0);
    await expect(panel.getByRole('heading', { level: 2 })).toHaveText('Step through epoch 0');
    await expect(page.locator('.code-line[data-active="true"]').first()).toBeVisible();
    // The page itself never scrolls to follow the code.
    expect(await page.evaluate(() => window.scrollY)).toBe(0);

    const seen: string[] = [];
    for (;;) {
      const at = `${await panel.getAttribute('data-phase')} ${await panel.getAttribute('data-layer')}`;
      seen.push(at);
      await expectGraphAndCodeInView(page, at);
      await page.screenshot({
        path: test.info().outputPath(`${screen.width}-${seen.length}-${at.replace(' ', '-')}.png`),
      });
      const next = page.getByRole('button', { name: 'Next →' });
      if (await next.isDisabled()) break;
      await page.keyboard.press('ArrowRight');
      await expect
        .poll(
          async () =>
            `${await panel.getAttribute('data-phase')} ${await panel.getAttribute('data-layer')}`,
        )
        .not.toBe(at);
    }
    expect(seen).toEqual([
      'forward 1',
      'forward 2',
      'loss 0',
      'backward 2',
      'backward 1',
      'update 0',
    ]);
    expect(await page.evaluate(() => window.scrollY)).toBe(0);
    expect(errors).toEqual([]);
  });
}
