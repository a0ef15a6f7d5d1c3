// Installs the libraries the benchmark measures against (bench/package.json) into
// bench/node_modules: on first use, and again when bench/package-lock.json changed since.
// `npm run bench` runs it before bench/run.ts, and `npm run bench:browser` before its specs (for
// Lighthouse, pinned at 12.2.3: newer versions need Node 22), so the app's own `npm install`
// never fetches them.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const LOCK = new URL('package-lock.json', import.meta.url);
/** npm writes this record of what it installed after every install. */
const INSTALLED = new URL('node_modules/.package-lock.json', import.meta.url);

const upToDate = existsSync(INSTALLED) && statSync(INSTALLED).mtimeMs >= statSync(LOCK).mtimeMs;
if (!upToDate) {
  console.log('Installing the benchmark peers into bench/node_modules (npm ci --prefix bench)…');
  const started = performance.now();
  const result = spawnSync('npm', ['ci', '--prefix', BENCH, '--no-audit', '--no-fund'], {
    stdio: 'inherit',
    shell: process.platform === 'win32',
  });
  if (result.status !== 0) {
    console.error('Could not install the benchmark peers: see npm’s message above.');
    process.exit(result.status ?? 1);
  }
  console.log(`Installed in ${((performance.now() - started) / 1000).toFixed(1)} s.\n`);
}
