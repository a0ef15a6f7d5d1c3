// Screenshots of teaching from the front of a room: step-through at projector sizes (the
// backward phase, a chain-rule readout with its finite-difference check) and presenter mode,
// in both themes, into docs/screenshots/step-through/, and the README's step-through picture
// (docs/screenshot-step.png: 1920 × 1080, light, the backward phase). Run by hand whenever the
// UI changes:
//   node scripts/step-screenshots.mjs
import { mkdir } from 'node:fs/promises';
import { startApp } from './screenshot-app.mjs';

const OUT = process.env.SHOTS_DIR ?? 'docs/screenshots/step-through';
const SIZES = [
  { width: 1366, height: 768 },
  { width: 1920, height: 1080 },
];
const THEMES = ['light', 'dark'];
/** The README's picture of step-through at a projector's size. */
const README_SHOT = 'docs/screenshot-step.png';

const { url, browser, close } = await startApp();
await mkdir(OUT, { recursive: true });

async function open(size, theme, query = '') {
  const context = await browser.newContext({
    viewport: size,
    colorScheme: theme,
    serviceWorkers: 'block',
  });
  await context.addInitScript(() => localStorage.setItem('backprop-studio:tour-seen', '1'));
  const page = await context.newPage();
  page.on('pageerror', (error) => console.error(`${theme}: ${error.message}`));
  page.on('console', (m) => m.type() === 'error' && console.error(`${theme}: ${m.text()}`));
  await page.goto(`${url}${query}`);
  await page.locator('[data-weight]').first().waitFor();
  return { context, page };
}

try {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const { context, page } = await open(size, theme);
      await page.getByRole('button', { name: 'Step through' }).click();
      await page.locator('.step-panel').waitFor();
      for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
      await page.locator('.step-panel[data-phase="backward"]').waitFor();
      await page.getByLabel('Finite-difference check').check();
      await page.locator('.edge[data-from="1-0"][data-to="2-0"]').hover();
      await page.locator('[data-finite-difference]').first().waitFor();
      const file = `${OUT}/step-${size.width}x${size.height}-${theme}.png`;
      await page.screenshot({ path: file, animations: 'disabled' });
      console.log(`wrote ${file}`);
      if (size.width === 1920 && theme === 'light') {
        await page.screenshot({ path: README_SHOT, animations: 'disabled' });
        console.log(`wrote ${README_SHOT}`);
      }
      await context.close();
    }
  }
  // The main screen at epoch 0 (legend, edge colours, the seed by Reseed), laptop and phone.
  for (const size of [SIZES[0], { width: 360, height: 740 }]) {
    const { context, page } = await open(size, 'light');
    const file = `${OUT}/epoch0-${size.width}x${size.height}-light.png`;
    await page.screenshot({ path: file, animations: 'disabled' });
    console.log(`wrote ${file}`);
    await context.close();
  }
  for (const theme of THEMES) {
    const { context, page } = await open(SIZES[1], theme, '?present=1');
    await page.getByRole('button', { name: 'Play' }).click();
    await page.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
    const file = `${OUT}/presenter-1920x1080-${theme}.png`;
    await page.screenshot({ path: file, animations: 'disabled' });
    console.log(`wrote ${file}`);
    // Step-through in presenter mode, on the backward phase (δ labels beside the output).
    await page.getByRole('button', { name: 'Reset' }).click();
    await page.getByRole('button', { name: 'Step through' }).click();
    await page.locator('.step-panel').waitFor();
    for (let i = 0; i < 3; i++) await page.keyboard.press('ArrowRight');
    await page.locator('.step-panel[data-phase="backward"]').waitFor();
    const stepFile = `${OUT}/presenter-step-1920x1080-${theme}.png`;
    await page.screenshot({ path: stepFile, animations: 'disabled' });
    console.log(`wrote ${stepFile}`);
    await context.close();
  }
} finally {
  await close();
}
