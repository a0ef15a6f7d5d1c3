import { expect, test, type ElementHandle, type Page } from '@playwright/test';
import { chooseFullSpeed, loss, openApp, waitForState, watchErrors } from './helpers';

/** A fixed seed: a failure replays exactly. MONKEY_SEED and MONKEY_ACTIONS override for hunting. */
const SEED = Number(process.env.MONKEY_SEED ?? 20261128);
const ACTIONS = Number(process.env.MONKEY_ACTIONS ?? 2000);

/** mulberry32: a tiny seeded generator, enough to pick actions. */
function random(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Controls a learner can hit without leaving the page or opening a file picker. */
const TARGETS = [
  'button:not([disabled]):not([data-monkey-skip])',
  'input[type="range"]:not([disabled])',
  'input[type="checkbox"]:not([disabled])',
  'input[type="radio"]:not([disabled])',
  'select:not([disabled])',
  '[data-weight]',
  '[data-layer]',
  'svg[aria-label="Decision boundary with data points"]',
].join(',');

/** Buttons whose action leaves the page or asks the system for something. */
const SKIP_NAMES = /import|export|download|copy link|share|\.json|\.py|svg|png/i;
const KEYS = [' ', 's', 'r', '+', '-', 'ArrowRight', 'ArrowLeft', 'Escape', '?', 'Tab', 'Enter'];

async function act(page: Page, element: ElementHandle<Element>, pick: () => number): Promise<void> {
  const tag = await element.evaluate((e) => e.tagName.toLowerCase());
  const type = await element.evaluate((e) => (e instanceof HTMLInputElement ? e.type : ''));
  const options = { timeout: 500 };
  if (tag === 'select') {
    const values = await element.evaluate((e) =>
      [...(e as HTMLSelectElement).options].map((o) => o.value),
    );
    await element.selectOption(values[Math.floor(pick() * values.length)] ?? '', options);
  } else if (type === 'range') {
    const [min, max] = await element.evaluate((e) => [
      Number((e as HTMLInputElement).min),
      Number((e as HTMLInputElement).max),
    ]);
    await element.fill(String(min! + pick() * (max! - min!)), options);
  } else if (tag === 'svg') {
    const box = await element.boundingBox();
    if (!box) return;
    await page.mouse.click(box.x + pick() * box.width, box.y + pick() * box.height);
  } else if (pick() < 0.3) {
    await element.hover(options);
  } else {
    const name = (await element.getAttribute('aria-label')) ?? (await element.textContent()) ?? '';
    if (SKIP_NAMES.test(name)) return;
    await element.click(options);
  }
}

test('2,000 random actions: no error, nothing lost, and XOR still trains', async ({ page }) => {
  test.setTimeout(12 * 60_000);
  const errors = watchErrors(page);
  await page.addInitScript(() =>
    window.addEventListener('unhandledrejection', (event) =>
      console.error(`unhandled rejection: ${String(event.reason)}`),
    ),
  );
  await openApp(page);
  const pick = random(SEED);
  let done = 0;
  let skipped = 0;
  while (done < ACTIONS) {
    // Re-read the page every few actions: controls come and go with the mode and dataset.
    const elements = (await page.$$(TARGETS)).filter(Boolean);
    for (let i = 0; i < 25 && done < ACTIONS; i++, done++) {
      try {
        if (pick() < 0.15) {
          await page.keyboard.press(KEYS[Math.floor(pick() * KEYS.length)]!);
          continue;
        }
        const element = elements[Math.floor(pick() * elements.length)];
        if (element) await act(page, element, pick);
      } catch {
        // Detached, hidden or covered since the page was read: a learner's click would miss too.
        skipped++;
      }
    }
    expect(errors, `after ${done} actions (seed ${SEED})`).toEqual([]);
  }
  console.log(`monkey: ${done} actions, ${skipped} missed their target, seed ${SEED}`);

  // Whatever happened, the app still does its one job.
  // Close whatever dialog the monkey left open (help, tour, glossary), as a learner would.
  for (let i = 0; i < 3; i++) await page.keyboard.press('Escape');
  await expect(page.locator('[data-weight]').first()).toBeVisible();
  await page.getByRole('combobox', { name: 'Dataset', exact: true }).selectOption('xor');
  await chooseFullSpeed(page);
  await page.getByRole('button', { name: 'Play', exact: true }).click();
  await waitForState(page, 'done', 60_000);
  expect(await loss(page)).toBeLessThan(0.01);
  expect(errors).toEqual([]);
});
