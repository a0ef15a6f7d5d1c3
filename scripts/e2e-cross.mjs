// The cross-browser journeys (e2e/cross/): the same code in Chromium, Firefox ESR and WebKitGTK.
// Finds the browsers (installing Debian's as root), builds the app into a folder of its own,
// serves it on a free port of its own, runs the journeys (e2e/cross/run.ts) and removes the build.
//   node scripts/e2e-cross.mjs [--engines firefox,webkit] [--only <journey name part>]
// Screenshots of each engine land in test-results/browsers/ (`--shots docs/screenshots/browsers`
// to refresh the README's set).
import { spawnSync } from 'node:child_process';
import { rmSync } from 'node:fs';
import { findBrowser } from './find-browser.mjs';
import { findBrowsersExtra, missingPackages } from './find-browsers-extra.mjs';

const started = performance.now();
const args = process.argv.slice(2);
const enginesArg = args.indexOf('--engines');
const engines = (enginesArg >= 0 ? args[enginesArg + 1] : 'chromium,firefox,webkit').split(',');

const chromium = engines.includes('chromium') ? findBrowser() : '';
const extra = findBrowsersExtra();
const missing = [
  ...(chromium === undefined ? ['chromium'] : []),
  ...(engines.includes('firefox') ? missingPackages({ firefox: extra.firefox }) : []),
  ...(engines.includes('webkit')
    ? missingPackages({
        webDriver: extra.webDriver,
        miniBrowser: extra.miniBrowser,
        xvfbRun: extra.xvfbRun,
      })
    : []),
];
if (missing.length > 0) {
  console.error(
    `Browsers missing for the cross-browser tests: sudo apt-get install -y --no-install-recommends ${[...new Set(missing)].join(' ')}`,
  );
  process.exit(1);
}

const outDir = `dist-cross-${process.pid}`;
const build = spawnSync('npx', ['vite', 'build', '--outDir', outDir, '--logLevel', 'warn'], {
  stdio: 'inherit',
});
if (build.status !== 0) {
  rmSync(outDir, { recursive: true, force: true });
  console.error('The build failed: no cross-browser journeys ran.');
  process.exit(build.status ?? 1);
}

let status;
try {
  const run = spawnSync('npx', ['tsx', 'e2e/cross/run.ts', '--dist', outDir, ...args], {
    stdio: 'inherit',
    env: {
      ...process.env,
      CHROMIUM_PATH: chromium || '',
      FIREFOX_PATH: extra.firefox ?? '',
      WEBKIT_WEBDRIVER: extra.webDriver ?? '',
      MINIBROWSER: extra.miniBrowser ?? '',
      XVFB_RUN: extra.xvfbRun ?? '',
    },
  });
  status = run.status ?? 1;
} finally {
  rmSync(outDir, { recursive: true, force: true });
}
console.log(
  `⏱ cross-browser journeys, build included: ${((performance.now() - started) / 1000).toFixed(1)} s`,
);
process.exit(status);
