/**
 * Trains the seed tutorial's XOR network with the engine and prints what the Python
 * tutorial prints: the loss every 100 epochs, then the predictions as NumPy prints the array. Usage: npx tsx scripts/tutorial.ts [--epochs N] [--lr X] [--hidden H] [--seed S]
 */
import { realpathSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { xorDataset } from '../src/engine/datasets.ts';
import { Network } from '../src/engine/network.ts';
import { numpyColumn } from './numpy-format.ts';
import { NumpyRandom } from '../src/engine/random.ts';
import { MAX_NEURONS, MIN_NEURONS } from '../src/engine/resize.ts';
import { predictAll, trainEpoch } from '../src/engine/train.ts';
import { formatPyFloat, tutorialSpec } from '../src/engine/tutorial.ts';

/** Settings of one tutorial run; the defaults are the tutorial's own. */
export interface TutorialOptions {
  epochs: number;
  /** Multiplies every update; 1 is the tutorial. */
  learningRate: number;
  hidden: number;
  seed: number;
  help: boolean;
}

/** Outcome of parsing the command line. */
export type ParseResult = { ok: true; options: TutorialOptions } | { ok: false; message: string };

export const USAGE = `Usage: npm run tutorial -- [options]

Trains the tutorial's 2-H-1 sigmoid network on XOR and prints the loss every 100 epochs
and the final predictions, as the Python tutorial does.

Options:
  --epochs N   training epochs, integer >= 1 (default 1000)
  --lr X       learning rate multiplying every update, finite > 0 (default 1)
  --hidden H   hidden neurons, integer ${MIN_NEURONS}-${MAX_NEURONS} (default 3)
  --seed S     np.random.seed value, integer 0-4294967295 (default 0)
  --help       show this help`;

const DEFAULTS: TutorialOptions = {
  epochs: 1000,
  learningRate: 1,
  hidden: 3,
  seed: 0,
  help: false,
};

const INTEGER = /^\d+$/;
const DECIMAL = /^(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i;

type NumericKey = 'epochs' | 'learningRate' | 'hidden' | 'seed';

/** Per flag: the option it sets and how to read its value (undefined = rejected). */
const FLAGS: Record<
  string,
  { key: NumericKey; parse: (text: string) => number | undefined; rule: string }
> = {
  '--epochs': {
    key: 'epochs',
    parse: (t) => integerIn(t, 1, Number.MAX_SAFE_INTEGER),
    rule: 'an integer >= 1',
  },
  '--lr': { key: 'learningRate', parse: positiveFinite, rule: 'a finite number > 0' },
  '--hidden': {
    key: 'hidden',
    parse: (t) => integerIn(t, MIN_NEURONS, MAX_NEURONS),
    rule: `an integer from ${MIN_NEURONS} to ${MAX_NEURONS}`,
  },
  '--seed': {
    key: 'seed',
    parse: (t) => integerIn(t, 0, 0xffffffff),
    rule: 'an integer from 0 to 4294967295',
  },
};

function integerIn(text: string, min: number, max: number): number | undefined {
  if (!INTEGER.test(text)) return undefined;
  const n = Number(text);
  return n >= min && n <= max ? n : undefined;
}

function positiveFinite(text: string): number | undefined {
  if (!DECIMAL.test(text)) return undefined;
  const x = Number(text);
  return Number.isFinite(x) && x > 0 ? x : undefined;
}

/** Parses the arguments after the script name; accepts `--flag value` and `--flag=value`. */
export function parseTutorialArgs(argv: readonly string[]): ParseResult {
  const options = { ...DEFAULTS };
  const seen = new Set<string>();
  for (let k = 0; k < argv.length; k++) {
    const arg = argv[k] as string;
    if (arg === '--help' || arg === '-h') {
      options.help = true;
      continue;
    }
    const eq = arg.indexOf('=');
    const flag = eq === -1 ? arg : arg.slice(0, eq);
    const spec = FLAGS[flag];
    if (spec === undefined) return { ok: false, message: `unknown option '${arg}'` };
    if (seen.has(flag)) return { ok: false, message: `${flag} given more than once` };
    seen.add(flag);
    let text: string | undefined;
    if (eq !== -1) {
      text = arg.slice(eq + 1);
    } else {
      text = argv[k + 1];
      k++;
    }
    if (text === undefined || text === '') return { ok: false, message: `${flag} needs a value` };
    const value = spec.parse(text);
    if (value === undefined) {
      return { ok: false, message: `${flag} must be ${spec.rule}, got '${text}'` };
    }
    options[spec.key] = value;
  }
  return { ok: true, options };
}

/** The lines the Python tutorial prints for these options. */
export function tutorialLines(options: TutorialOptions): string[] {
  const net = Network.create(
    tutorialSpec(options.hidden),
    new NumpyRandom(options.seed),
    'tutorial',
  );
  const data = xorDataset();
  const lines: string[] = [];
  for (let epoch = 0; epoch < options.epochs; epoch++) {
    const loss = trainEpoch(net, data, { learningRate: options.learningRate });
    if (epoch % 100 === 0) lines.push(`Epoch ${epoch}, Loss: ${formatPyFloat(loss)}`);
  }
  lines.push('Predictions after training:');
  const predictions = new Float64Array(data.count);
  predictAll(net, data, predictions);
  lines.push(...numpyColumn(predictions));
  return lines;
}

function main(argv: readonly string[]): number {
  const parsed = parseTutorialArgs(argv);
  if (!parsed.ok) {
    process.stderr.write(`error: ${parsed.message}\n\n${USAGE}\n`);
    return 2;
  }
  if (parsed.options.help) {
    process.stdout.write(`${USAGE}\n`);
    return 0;
  }
  process.stdout.write(`${tutorialLines(parsed.options).join('\n')}\n`);
  return 0;
}

// Run only when executed, not when the test imports the parser.
const entry = process.argv[1];
if (entry !== undefined && realpathSync(entry) === realpathSync(fileURLToPath(import.meta.url))) {
  process.exitCode = main(process.argv.slice(2));
}
