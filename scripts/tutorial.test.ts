import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { parseTutorialArgs, tutorialLines, type TutorialOptions } from './tutorial.ts';

const DEFAULTS: TutorialOptions = {
  epochs: 1000,
  learningRate: 1,
  hidden: 3,
  seed: 0,
  help: false,
};

interface TutorialFixture {
  losses: { epoch: number; loss: string }[];
  predictions: string[];
}

const fixture = JSON.parse(
  readFileSync(new URL('./fixtures/tutorial-default.json', import.meta.url), 'utf8'),
) as TutorialFixture;

/** The lines NumPy printed, with predictions in full repr (one per line). */
const expectedLines = [
  ...fixture.losses.map(({ epoch, loss }) => `Epoch ${epoch}, Loss: ${loss}`),
  'Predictions after training:',
  ...fixture.predictions,
];

/**
 * Same text, numbers equal to 1e-9 relative: NumPy's BLAS sums in its own order, so the
 * last digit or two of a repr may differ (the epoch-0 loss is exact).
 */
function expectMatchesNumpy(lines: readonly string[]): void {
  expect(lines).toHaveLength(expectedLines.length);
  expect(lines[0]).toBe('Epoch 0, Loss: 0.3859387189496001');
  lines.forEach((line, k) => {
    const expected = expectedLines[k] ?? '';
    const number = /-?[\d.]+(e[+-]\d+)?$/;
    expect(line.replace(number, '#')).toBe(expected.replace(number, '#'));
    const actual = Number(number.exec(line)?.[0] ?? NaN);
    const wanted = Number(number.exec(expected)?.[0] ?? NaN);
    if (!Number.isNaN(wanted))
      expect(Math.abs(actual - wanted) / Math.abs(wanted)).toBeLessThan(1e-9);
  });
}

describe('parseTutorialArgs', () => {
  it('defaults to the tutorial', () => {
    expect(parseTutorialArgs([])).toEqual({ ok: true, options: DEFAULTS });
  });

  it('reads every option, as --flag value or --flag=value', () => {
    expect(
      parseTutorialArgs(['--epochs', '50', '--lr=0.5', '--hidden', '8', '--seed', '4294967295']),
    ).toEqual({
      ok: true,
      options: { epochs: 50, learningRate: 0.5, hidden: 8, seed: 4294967295, help: false },
    });
    expect(parseTutorialArgs(['--lr', '1e-3'])).toMatchObject({
      ok: true,
      options: { learningRate: 0.001 },
    });
    expect(parseTutorialArgs(['--help'])).toMatchObject({ ok: true, options: { help: true } });
  });

  it.each([
    [['--bogus'], "unknown option '--bogus'"],
    [['3'], "unknown option '3'"],
    [['--epochs'], '--epochs needs a value'],
    [['--epochs='], '--epochs needs a value'],
    [['--epochs', '0'], '--epochs must be an integer >= 1'],
    [['--epochs', '1.5'], '--epochs must be an integer >= 1'],
    [['--epochs', '--lr'], '--epochs must be an integer >= 1'],
    [['--lr', '0'], '--lr must be a finite number > 0'],
    [['--lr', '-1'], '--lr must be a finite number > 0'],
    [['--lr', 'Infinity'], '--lr must be a finite number > 0'],
    [['--lr', '1e999'], '--lr must be a finite number > 0'],
    [['--lr', 'abc'], '--lr must be a finite number > 0'],
    [['--hidden', '0'], '--hidden must be an integer from 1 to 8'],
    [['--hidden', '9'], '--hidden must be an integer from 1 to 8'],
    [['--seed', '4294967296'], '--seed must be an integer from 0 to 4294967295'],
    [['--seed', '-1'], '--seed must be an integer from 0 to 4294967295'],
    [['--seed', '1', '--seed', '2'], '--seed given more than once'],
  ])('rejects %j', (argv, message) => {
    const result = parseTutorialArgs(argv);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('tutorialLines', () => {
  it('reproduces the NumPy tutorial run', () => {
    expectMatchesNumpy(tutorialLines(DEFAULTS));
  });
});

describe('CLI', () => {
  const script = fileURLToPath(new URL('./tutorial.ts', import.meta.url));
  const run = (args: string[]) =>
    spawnSync(process.execPath, ['--import', 'tsx', script, ...args], { encoding: 'utf8' });

  it('prints the tutorial’s output for the default run', () => {
    const { status, stdout, stderr } = run([]);
    expect(stderr).toBe('');
    expect(status).toBe(0);
    expectMatchesNumpy(stdout.trimEnd().split('\n'));
  });

  it('exits 2 with usage on stderr for a bad option', () => {
    const { status, stdout, stderr } = run(['--hidden', '12']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--hidden must be an integer from 1 to 8');
    expect(stderr).toContain('Usage:');
  });
});
