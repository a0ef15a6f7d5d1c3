// Finds Firefox ESR and WebKitGTK (WebKitWebDriver, its MiniBrowser, and xvfb-run for a display)
// for the cross-browser journeys, like find-browser.mjs finds Chromium: environment variables,
// else Debian's paths, else — as root with apt-get — installs Debian's packages, else says what to
// install. Run directly, prints the paths found.
import { execSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';

export const PACKAGES = {
  firefox: 'firefox-esr',
  webDriver: 'webkit2gtk-driver',
  miniBrowser: 'webkit2gtk-driver',
  xvfbRun: 'xvfb',
};

/** MiniBrowser sits in the WebKitGTK library folder, whose name holds the architecture. */
function miniBrowser() {
  const roots = ['/usr/lib', '/usr/libexec', '/usr/lib64'];
  for (const root of roots) {
    if (!existsSync(root)) continue;
    const candidates = [root, ...readdirSync(root).map((entry) => `${root}/${entry}`)];
    for (const dir of candidates) {
      for (const api of ['webkit2gtk-4.1', 'webkit2gtk-4.0', 'webkitgtk-6.0']) {
        const path = `${dir}/${api}/MiniBrowser`;
        if (existsSync(path)) return path;
      }
    }
  }
  return undefined;
}

const first = (...paths) => paths.find((path) => path && existsSync(path));

function look() {
  return {
    firefox: first(process.env.FIREFOX_PATH, '/usr/bin/firefox-esr', '/usr/bin/firefox'),
    webDriver: first(process.env.WEBKIT_WEBDRIVER, '/usr/bin/WebKitWebDriver'),
    miniBrowser: first(process.env.MINIBROWSER) ?? miniBrowser(),
    xvfbRun: first(process.env.XVFB_RUN, '/usr/bin/xvfb-run'),
  };
}

function canInstall() {
  const isRoot = typeof process.getuid === 'function' && process.getuid() === 0;
  return isRoot && existsSync('/usr/bin/apt-get');
}

/** The packages still to install for what is missing. */
export function missingPackages(found) {
  return [
    ...new Set(
      Object.entries(found)
        .filter(([, path]) => !path)
        .map(([part]) => PACKAGES[part]),
    ),
  ];
}

/** Paths of firefox, webDriver, miniBrowser and xvfbRun; undefined for what is still missing. */
export function findBrowsersExtra() {
  const found = look();
  const missing = missingPackages(found);
  if (missing.length === 0 || !canInstall()) return found;
  console.error(`Installing Debian's ${missing.join(', ')} for the cross-browser tests…`);
  try {
    execSync(
      `apt-get update -qq && apt-get install -y -qq --no-install-recommends ${missing.join(' ')}`,
      { stdio: ['ignore', 'inherit', 'inherit'] },
    );
  } catch {
    // Said below what is still missing.
  }
  return look();
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const found = findBrowsersExtra();
  const missing = missingPackages(found);
  if (missing.length > 0) {
    console.error(
      `Missing for the cross-browser tests: sudo apt-get install -y --no-install-recommends ${missing.join(' ')}`,
    );
    process.exit(1);
  }
  for (const [part, path] of Object.entries(found)) console.log(`${part}: ${path}`);
}
