// Builds the app, serves it with `vite preview`, trains XOR and saves screenshots at phone,
// laptop and projector sizes in both themes to docs/screenshots/, and the README's picture of
// the main screen (docs/screenshot.png: the whole page at 1366 px, light, XOR trained). Run by
// hand whenever the UI changes (not by tests), with step-screenshots.mjs for the README's
// step-through:
//   node scripts/screenshots.mjs && node scripts/step-screenshots.mjs
import { copyFile, mkdir } from 'node:fs/promises';
import { startApp } from './screenshot-app.mjs';

const OUT = 'docs/screenshots';
/** The README's picture of the main screen. */
const README_SHOT = 'docs/screenshot.png';
const SIZES = [
  { name: 'phone-360x740', width: 360, height: 740, scale: 2, mobile: true },
  { name: 'laptop-1366x768', width: 1366, height: 768, scale: 1, mobile: false },
  { name: 'projector-3840x2160', width: 3840, height: 2160, scale: 1, mobile: false },
];
const THEMES = ['light', 'dark'];

const { url, browser, close } = await startApp();
await mkdir(OUT, { recursive: true });
try {
  for (const size of SIZES) {
    for (const theme of THEMES) {
      const context = await browser.newContext({
        viewport: { width: size.width, height: size.height },
        deviceScaleFactor: size.scale,
        isMobile: size.mobile,
        hasTouch: size.mobile,
        colorScheme: theme,
        // Screenshots show the page as a first visit does, without a service worker.
        serviceWorkers: 'block',
      });
      // The first-visit tour would cover the page: mark it seen.
      await context.addInitScript(() => localStorage.setItem('backprop-studio:tour-seen', '1'));
      const page = await context.newPage();
      page.on('pageerror', (error) => console.error(`${size.name}-${theme}: ${error.message}`));
      await page.goto(url);
      await page.locator('[data-weight]').first().waitFor();
      await page.getByRole('button', { name: 'Play' }).click();
      await page.locator('[data-state="done"]').waitFor({ timeout: 60_000 });
      const file = `${OUT}/${size.name}-${theme}.png`;
      await page.screenshot({ path: file, fullPage: true, animations: 'disabled' });
      console.log(`wrote ${file}`);
      if (size.name.startsWith('laptop') && theme === 'light') {
        // The whole page at a laptop's width (graph, curves, predictions): the README's picture.
        await copyFile(file, README_SHOT);
        console.log(`wrote ${README_SHOT}`);
      }
      await context.close();
    }
  }
} finally {
  await close();
}
