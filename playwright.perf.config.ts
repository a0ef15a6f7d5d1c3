import { defineConfig } from '@playwright/test';
import base, { OUT_DIR } from './playwright.config';

/**
 * The browser performance spec (npm run bench:browser): same server and browser as the
 * pass/fail specs, one worker so the measurements do not compete, and long timeouts.
 * It reports figures; it never fails on a timing.
 */
/**
 * Its own default port (not 4173), so a preview server another run left there is never
 * measured instead; E2E_PORT and E2E_OUT_DIR let parallel runs pick their own, as for the specs.
 */
const PORT = Number(process.env.E2E_PORT ?? 4174);
/** PERF_UNMINIFIED=1 keeps names readable in the main-thread profile (the JS size then grows). */
const MINIFY = process.env.PERF_UNMINIFIED ? ' --minify false' : '';

export default defineConfig({
  ...base,
  // No Playwright trace: its screencast copies and encodes every frame the page draws, which
  // took a third of a core from the page and its worker here (issue 13's W1 per wall second).
  use: { ...base.use, trace: 'off', baseURL: `http://localhost:${PORT}/` },
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR}${MINIFY} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    reuseExistingServer: false,
    timeout: 180_000,
  },
  testDir: 'e2e/perf',
  testMatch: /.*\.perf\.spec\.ts/,
  testIgnore: [],
  workers: 1,
  retries: 0,
  timeout: 300_000,
});
