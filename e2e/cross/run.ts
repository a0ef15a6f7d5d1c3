/**
 * Runs the journeys (journeys.ts) in each engine, one engine after the other, then compares
 * what the engines recorded. Started by scripts/e2e-cross.mjs, which finds the browsers and
 * builds the app; run directly with
 *   npx tsx e2e/cross/run.ts --dist <built folder> [--engines firefox,webkit] [--only <text>]
 * and the browsers in CHROMIUM_PATH, FIREFOX_PATH, WEBKIT_WEBDRIVER, MINIBROWSER, XVFB_RUN.
 * Prints one line a journey and closes with "N passed, M failed".
 */
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseArgs } from 'node:util';
import type { Driver, Engine, OpenSession } from './driver';
import { JOURNEYS, type JourneyContext } from './journeys';
import { launchPuppeteer } from './puppeteer-driver';
import { serve } from './server';
import { launchWebKit } from './webkit-driver';

const { values: options } = parseArgs({
  options: {
    dist: { type: 'string', default: 'dist' },
    engines: { type: 'string', default: 'chromium,firefox,webkit' },
    only: { type: 'string' },
    // Kept out of the tree by default; `--shots docs/screenshots/browsers` refreshes the docs' set.
    shots: { type: 'string', default: 'test-results/browsers' },
  },
});

const JOURNEY_TIMEOUT = 180_000;
const engines = options.engines.split(',').map((name) => name.trim()) as Engine[];
const journeys = JOURNEYS.filter((j) => !options.only || j.name.includes(options.only));
mkdirSync(options.shots, { recursive: true });

interface Launched {
  readonly version: string;
  readonly open: OpenSession;
  close(): Promise<void>;
}

function need(variable: string): string {
  const value = process.env[variable];
  if (!value) throw new Error(`${variable} is not set: run scripts/e2e-cross.mjs`);
  return value;
}

function launch(engine: Engine): Promise<Launched> {
  switch (engine) {
    case 'chromium':
      return launchPuppeteer('chromium', need('CHROMIUM_PATH'));
    case 'firefox':
      return launchPuppeteer('firefox', need('FIREFOX_PATH'));
    case 'webkit':
      return launchWebKit({
        webDriver: need('WEBKIT_WEBDRIVER'),
        miniBrowser: need('MINIBROWSER'),
        xvfbRun: need('XVFB_RUN'),
      });
  }
}

const seconds = (ms: number) => `${(ms / 1000).toFixed(1)} s`;
const message = (error: unknown) =>
  error instanceof Error ? (error.stack ?? error.message) : String(error);

let passed = 0;
let failed = 0;
const failures: string[] = [];
/** recorded[key][engine] = value */
const recorded = new Map<string, Map<Engine, unknown>>();

function report(ok: boolean, title: string, took: number, error?: unknown) {
  if (ok) passed++;
  else failed++;
  console.log(`${ok ? '✓' : '✗'} ${title} (${seconds(took)})`);
  if (!ok) {
    const text = message(error).split('\n').slice(0, 12).join('\n    ');
    console.log(`    ${text}`);
    failures.push(title);
  }
}

async function withTimeout<T>(work: Promise<T>, ms: number, what: string): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const timeout = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new Error(`${what} took more than ${seconds(ms)}`)), ms);
  });
  try {
    return await Promise.race([work, timeout]);
  } finally {
    clearTimeout(timer);
  }
}

const server = await serve(options.dist);
const started = performance.now();
console.log(`Cross-browser journeys: ${options.dist}/ served at ${server.url}`);
try {
  for (const engine of engines) {
    const launchStarted = performance.now();
    let browser: Launched;
    try {
      browser = await launch(engine);
    } catch (error) {
      report(false, `${engine}: the browser starts`, performance.now() - launchStarted, error);
      continue;
    }
    console.log(
      `\n${engine}: ${browser.version} (started in ${seconds(performance.now() - launchStarted)})`,
    );
    try {
      for (const journey of journeys) {
        const sessions: Driver[] = [];
        const context: JourneyContext = {
          engine,
          url: server.url,
          async open() {
            const session = await browser.open();
            sessions.push(session);
            return session;
          },
          shot: (name) => join(options.shots, name),
          record(key, value) {
            if (!recorded.has(key)) recorded.set(key, new Map());
            recorded.get(key)!.set(engine, value);
          },
        };
        const journeyStarted = performance.now();
        try {
          await withTimeout(journey.run(context), JOURNEY_TIMEOUT, journey.name);
          report(true, `${engine} › ${journey.name}`, performance.now() - journeyStarted);
        } catch (error) {
          report(false, `${engine} › ${journey.name}`, performance.now() - journeyStarted, error);
        } finally {
          for (const session of sessions) await session.close().catch(() => undefined);
        }
      }
    } finally {
      await browser.close().catch(() => undefined);
    }
  }
} finally {
  await server.close();
}

// What every engine must agree on, once all have run.
if (engines.length > 1) {
  console.log('\nAcross engines:');
  for (const [key, byEngine] of recorded) {
    const shown = [...byEngine].map(([engine, value]) => `${engine} ${JSON.stringify(value)}`);
    console.log(`  ${key}: ${shown.join(', ')}`);
  }
  const compare = (title: string, key: string, check: (values: unknown[]) => void) => {
    const values = [...(recorded.get(key)?.values() ?? [])];
    if (values.length < 2) return;
    const checkStarted = performance.now();
    try {
      check(values);
      report(true, `all engines › ${title}`, performance.now() - checkStarted);
    } catch (error) {
      report(false, `all engines › ${title}`, performance.now() - checkStarted, error);
    }
  };
  compare('the tutorial ends at the same loss (to 12 digits)', 'tutorial final loss', (values) => {
    const losses = values.map(Number);
    for (const value of losses) assert.ok(Math.abs(value / losses[0]! - 1) < 1e-12, `${losses}`);
  });
  compare(
    'the tutorial predicts the same outputs (to 12 digits)',
    'tutorial predictions',
    (values) => {
      const rows = values as string[][];
      for (const row of rows) {
        row.forEach((output, i) =>
          assert.ok(Math.abs(Number(output) - Number(rows[0]![i])) < 1e-12, JSON.stringify(rows)),
        );
      }
    },
  );
  compare('the same type sizes', 'font sizes', (values) => {
    for (const sizes of values) assert.deepEqual(sizes, values[0]);
  });
  compare(
    'the same layout of the main screen (within 16 px)',
    'main screen panels [x, y, width, height]',
    (values) => {
      const [first, ...others] = values as Record<string, number[]>[];
      for (const boxes of others) {
        assert.deepEqual(Object.keys(boxes).sort(), Object.keys(first!).sort());
        for (const [panel, box] of Object.entries(boxes)) {
          box.forEach((value, i) =>
            assert.ok(
              Math.abs(value - first![panel]![i]!) <= 16,
              `${panel}: ${box} vs ${first![panel]}`,
            ),
          );
        }
      }
    },
  );
  // The page draws every epoch of the run: the same curve, point for point, everywhere.
  compare('the loss curve has the same number of points', 'tutorial loss-curve points', (values) =>
    assert.ok(
      values.every((n) => n === values[0]),
      `${values}`,
    ),
  );
}

console.log(
  `\n${passed} passed, ${failed} failed (${seconds(performance.now() - started)})` +
    (failures.length ? `\nFailed:\n  ${failures.join('\n  ')}` : ''),
);
process.exit(failed === 0 ? 0 : 1);
