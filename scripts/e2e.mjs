// Runs the Playwright specs against a browser found (or installed) by find-browser.mjs.
import { spawnSync } from 'node:child_process';
import { findBrowser } from './find-browser.mjs';

const browser = findBrowser();
if (!browser) {
  console.error(
    'No Chromium found for the browser tests. Run:\n' +
      '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
      'or set CHROMIUM_PATH to a Chromium/Chrome binary, then run the tests again.',
  );
  process.exit(1);
}
console.log(`Browser tests use ${browser}`);
const result = spawnSync('npx', ['playwright', 'test', ...process.argv.slice(2)], {
  stdio: 'inherit',
  env: { ...process.env, CHROMIUM_PATH: browser },
});
process.exit(result.status ?? 1);
