// Finds a Chromium for Playwright: Playwright's own build, else Debian's, else installs Debian's
// when allowed (root with apt-get), else says what to run. Prints the path on stdout.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { chromium } from '@playwright/test';

const SYSTEM_PATHS = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

function playwrightOwn() {
  try {
    const path = chromium.executablePath();
    return path && existsSync(path) ? path : undefined;
  } catch {
    return undefined;
  }
}

function systemBrowser() {
  return SYSTEM_PATHS.find((path) => existsSync(path));
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

export function findBrowser() {
  const found = process.env.CHROMIUM_PATH || playwrightOwn() || systemBrowser();
  if (found) return found;
  if (canInstall()) {
    console.error("No Chromium found: installing Debian's chromium with apt-get…");
    execSync('apt-get update -qq && apt-get install -y -qq --no-install-recommends chromium', {
      stdio: ['ignore', 'inherit', 'inherit'],
    });
    const installed = systemBrowser();
    if (installed) return installed;
  }
  return undefined;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const path = findBrowser();
  if (!path) {
    console.error(
      'No Chromium found for the browser tests. Install one, then run the tests again:\n' +
        '  sudo apt-get update && sudo apt-get install -y --no-install-recommends chromium\n' +
        'or point CHROMIUM_PATH at a Chromium/Chrome binary.',
    );
    process.exit(1);
  }
  console.log(path);
}
