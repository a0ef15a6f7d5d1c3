import { defineConfig, devices } from '@playwright/test';
import { CHROMIUM_ARGS } from './e2e/chromium-args';

/**
 * Several engineers may run the specs at once: each run picks a port and a build folder
 * (scripts/e2e.mjs chooses a free port and its own folder; run directly, 4173 and dist/).
 */
const PORT = Number(process.env.E2E_PORT ?? 4173);
export const OUT_DIR = process.env.E2E_OUT_DIR ?? 'dist';

export default defineConfig({
  testDir: 'e2e',
  testMatch: /.*\.spec\.ts/,
  testIgnore: /.*\.perf\.spec\.ts/,
  outputDir: OUT_DIR === 'dist' ? 'test-results' : `test-results/${OUT_DIR}`,
  timeout: 60_000,
  forbidOnly: !!process.env.CI,
  retries: process.env.CI ? 1 : 0,
  workers: 2,
  reporter: [['list']],
  use: {
    baseURL: `http://localhost:${PORT}/`,
    trace: 'retain-on-failure',
    launchOptions: { executablePath: process.env.CHROMIUM_PATH, args: CHROMIUM_ARGS },
  },
  projects: [{ name: 'chromium', use: { ...devices['Desktop Chrome'] } }],
  webServer: {
    command: `npx vite build --outDir ${OUT_DIR} && npx vite preview --outDir ${OUT_DIR} --port ${PORT} --strictPort`,
    url: `http://localhost:${PORT}/`,
    // Never test a server this run did not start (another run's, or a stale build's): if the
    // port is taken, Playwright stops and says so.
    reuseExistingServer: false,
    timeout: 120_000,
  },
});
