// Runs the Playwright specs against a browser found (or installed) by find-browser.mjs.
// Each run builds into its own folder and serves it on its own free port (E2E_PORT and
// E2E_OUT_DIR, read by playwright.config.ts), so runs side by side never share a server or a
// build. Set either variable to choose it yourself.
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { findBrowser } from './find-browser.mjs';

/** A port nothing listens on now: the OS picks it, we release it for vite preview. */
function freePort() {
  return new Promise((resolve, reject) => {
    const server = createServer();
    server.on('error', reject);
    server.listen(0, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

const browser = findBrowser();
if (!browser) {
  console.error(
    'No Chromium found for the browser tests. Run:\n' +
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
      'or set CHROMIUM_PATH to a Chromium/Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
const port = process.env.E2E_PORT ?? String(await freePort());
const ownOutDir = !process.env.E2E_OUT_DIR;
const outDir = process.env.E2E_OUT_DIR ?? `dist-e2e-${port}`;
console.log(
  `Browser tests use ${browser}; the app is built into ${outDir}/, served on port ${port}`,
);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser, E2E_PORT: port, E2E_OUT_DIR: outDir },
});
if (ownOutDir) {
  rmSync(outDir, { recursive: true, force: true });
  // Playwright's per-run output (playwright.config.ts outputDir): kept only when a test failed,
  // for its trace.
  const results = `test-results/${outDir}`;
  if (result.status === 0) rmSync(results, { recursive: true, force: true });
  else console.log(`Traces and screenshots of the failures: ${results}/`);
}
process.exit(result.status ?? 1);
