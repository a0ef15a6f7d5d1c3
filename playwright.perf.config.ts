import { defineConfig } from '@playwright/test';
import base from './playwright.config';

/**
 * The browser performance spec (npm run bench:browser): same server and browser as the
 * pass/fail specs, one worker so the measurements do not compete, and long timeouts.
 * It reports figures; it never fails on a timing.
 */
/** Its own port, so a preview server another run left on 4173 is never measured instead. */
const PORT = 4174;

export default defineConfig({
  ...base,
  use: { ...base.use, baseURL: `http://localhost:${PORT}/` },
  webServer: {
    command: `npx vite build && npx vite preview --port ${PORT} --strictPort`,
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
