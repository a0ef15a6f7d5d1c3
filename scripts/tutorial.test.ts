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
  /** How the fixture was made: `python3 scripts/fixtures/tutorial.py EPOCHS LR HIDDEN SEED --json`. */
  generator: string;
  /** Everything the tutorial's Python printed. */
  printed: string;
}

const readFixture = (name: string) =>
  JSON.parse(
    readFileSync(new URL(`./fixtures/${name}`, import.meta.url), 'utf8'),
  ) as TutorialFixture;

const FLOAT = /-?\d+\.\d*(?:e[+-]\d+)?/g;

/**
 * The same text as NumPy's, but for the last digits of floats: NumPy's BLAS sums in its own
 * order, so a repr may differ in its last digit or two (1e-9 relative), and an 8-digit printed
 * prediction by one unit in its last place.
 */
function expectMatchesNumpy(lines: readonly string[], printed: string): void {
  const expected = printed.split('\n');
  expect(lines).toHaveLength(expected.length);
  lines.forEach((line, k) => {
    const wanted = expected[k]!;
    expect(line.replace(FLOAT, '#')).toBe(wanted.replace(FLOAT, '#'));
    const actual = line.match(FLOAT) ?? [];
    (wanted.match(FLOAT) ?? []).forEach((text, i) => {
      const a = Number(actual[i]);
      const b = Number(text);
      const decimals = text.split('.')[1]?.length ?? 0;
      const lastPlace = decimals <= 8 ? 1.01 * 10 ** -decimals : 0;
      expect(Math.abs(a - b)).toBeLessThanOrEqual(Math.max(1e-9 * Math.abs(b), lastPlace));
    });
  });
}

const fixture = readFixture('tutorial-default.json');

/** The fixtures of tutorial.py runs, with the options each was made with. */
const RUNS = [
  'tutorial-default.json',
  'tutorial-hidden5.json',
  'tutorial-lr0.5.json',
  'tutorial-seed1.json',
  'tutorial-hidden2-seed7.json',
  'tutorial-hidden4-seed42-lr2.5.json',
].map((name) => {
  const made = readFixture(name);
  const [epochs, learningRate, hidden, seed] = made.generator.split(' ').slice(2, 6).map(Number);
  const options: TutorialOptions = {
    epochs: epochs!,
    learningRate: learningRate!,
    hidden: hidden!,
    seed: seed!,
    help: false,
  };
  return { name, options, printed: made.printed };
});

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
  it.each(RUNS)('prints what the Python tutorial printed for $name', ({ options, printed }) => {
    expectMatchesNumpy(tutorialLines(options), printed);
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
    expect(stdout.startsWith('Epoch 0, Loss: 0.3859387189496001\n')).toBe(true);
    expectMatchesNumpy(stdout.trimEnd().split('\n'), fixture.printed);
  });

  it('exits 2 with usage on stderr for a bad option', () => {
    const { status, stdout, stderr } = run(['--hidden', '12']);
    expect(status).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('--hidden must be an integer from 1 to 8');
    expect(stderr).toContain('Usage:');
  });
});
