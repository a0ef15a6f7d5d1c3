// Renders public/icon.svg to the PNG icons the web manifest and iOS need. Run by hand after
// editing the SVG: node scripts/make-icons.mjs
import { readFile } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { findBrowser } from './find-browser.mjs';

// Maskable and Apple icons are cropped by the platform, so they get a full-bleed square.
const SIZES = [
  { file: 'public/icon-192.png', size: 192, fullBleed: false },
  { file: 'public/icon-512.png', size: 512, fullBleed: false },
  { file: 'public/icon-maskable-512.png', size: 512, fullBleed: true },
  { file: 'public/apple-touch-icon.png', size: 180, fullBleed: true },
];

const svg = await readFile(new URL('../public/icon.svg', import.meta.url), 'utf8');
const browser = await chromium.launch({
  executablePath: findBrowser(),
  args: ['--headless', '--no-sandbox', '--disable-gpu'],
});
for (const { file, size, fullBleed } of SIZES) {
  const page = await browser.newPage({ viewport: { width: size, height: size } });
  const art = fullBleed ? svg.replace(/ rx="\d+"/, '') : svg;
  await page.setContent(
    `<style>html,body{margin:0;background:transparent}svg{display:block;width:${size}px;height:${size}px}</style>${art}`,
  );
  await page.screenshot({ path: file, omitBackground: true });
  await page.close();
  console.log(`wrote ${file}`);
}
await browser.close();
