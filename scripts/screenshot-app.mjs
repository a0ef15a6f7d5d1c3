// What both screenshot scripts need: the app built into its own folder (never the dist/ another
// run may be serving), served by `vite preview`, and Chromium to open it; close() undoes all.
import { rm } from 'node:fs/promises';
import { chromium } from '@playwright/test';
import { build, preview } from 'vite';
import { findBrowser } from './find-browser.mjs';

export async function startApp() {
  const outDir = `dist-shots-${process.pid}`;
  await build({ logLevel: 'warn', build: { outDir } });
  const server = await preview({
    preview: { port: 0, open: false },
    build: { outDir },
    logLevel: 'warn',
  });
  const url = server.resolvedUrls?.local[0];
  if (!url) throw new Error('vite preview gave no local URL');
  const browser = await chromium.launch({
    executablePath: findBrowser(),
    args: ['--headless', '--no-sandbox', '--disable-gpu'],
  });
  const close = async () => {
    await browser.close();
    await server.close();
    await rm(outDir, { recursive: true, force: true });
  };
  return { url, browser, close };
}
