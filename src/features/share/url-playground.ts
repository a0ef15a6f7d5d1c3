/**
 * TensorFlow Playground's links opened here: its page hash (`#activation=tanh&batchSize=10&
 * dataset=circle&…&networkShape=4,2&…`, written by its src/state.ts) becomes one of our links.
 * Each value is translated into our own link's key and format and then read by parseUrlState, so
 * it is checked exactly as any link is. What has no counterpart here is said in one notice.
 *
 * The run starts from our preset for the dataset (output, loss, initialisation), with every
 * Playground setting that exists here on top; it trains until paused, as Playground's do.
 */
import { RUN_CONFIG, type DatasetName, type FeatureName } from '@/engine/run-config';
import type { ControlId } from '@/shared/control-ids';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { presetPatch } from '@/state/presets';
import { CONFIG_PROPS, quote } from './url-codecs';
import { MAX_QUERY_LENGTH, parseUrlState, VIEW_PROPS } from './url-state';
import type { ParsedUrlState } from './url-state';

const DATASETS: Readonly<Record<string, DatasetName>> = {
  circle: 'circle',
  xor: 'xor-quadrants',
  gauss: 'gaussians',
  spiral: 'spiral',
};
const REGRESSION_DATASETS: Readonly<Record<string, DatasetName>> = {
  'reg-plane': 'plane',
  'reg-gauss': 'multi-gaussian',
};
/** Playground's feature checkboxes; null where this app has no such feature. */
const FEATURE_KEYS: Readonly<Record<string, FeatureName | null>> = {
  x: 'x1',
  y: 'x2',
  xTimesY: 'x1x2',
  xSquared: 'x1sq',
  ySquared: 'x2sq',
  cosX: null,
  sinX: 'sinx1',
  cosY: null,
  sinY: 'sinx2',
};
/** Playground's features on when its link does not say. */
const FEATURES_ON = new Set(['x', 'y']);
/** Playground's hideable parts (`<name>_hide`, its `ui-<name>` elements) and ours. */
const HIDE_KEYS: Readonly<Record<string, ControlId | null>> = {
  activation: 'activation',
  learningRate: 'learning-rate',
  regularization: 'regularization',
  regularizationRate: 'regularization',
  dataset: 'dataset',
  batchSize: 'batch',
  numHiddenLayers: 'layers',
  percTrainData: 'split',
  noise: 'noise',
  showTestData: 'test-data',
  discretize: 'discretize',
  playButton: 'play',
  stepButton: 'step',
  resetButton: 'reset',
  // The problem type is the dataset's here: hiding its menu would hide the dataset's.
  problem: null,
};
const ACTIVATIONS = new Set(['relu', 'tanh', 'sigmoid', 'linear']);
const REGULARIZATIONS: Readonly<Record<string, string>> = { none: 'none', L1: 'l1', L2: 'l2' };
/** Keys of Playground's state (src/state.ts PROPS) besides the features and the `_hide` keys. */
const STATE_KEYS = new Set([
  'activation',
  'regularization',
  'batchSize',
  'dataset',
  'regDataset',
  'learningRate',
  'regularizationRate',
  'noise',
  'networkShape',
  'seed',
  'showTestData',
  'discretize',
  'percTrainData',
  'collectStats',
  'tutorial',
  'problem',
  'initZero',
  'hideText',
]);
const HIDE_SUFFIX = '_hide';
/** What the one notice names at most; the rest are counted. */
const MAX_LISTED = 8;

/** Whether `hash` (with or without '#') is a Playground state rather than anything of ours. */
export function isPlaygroundHash(hash: string): boolean {
  const keys = pairsOf(hash).map(([key]) => key);
  return keys.some(
    (key) => STATE_KEYS.has(key) || key in FEATURE_KEYS || key.endsWith(HIDE_SUFFIX),
  );
}

/** Playground splits on '&' and '=' itself, without decoding; so does this. */
function pairsOf(hash: string): [string, string][] {
  // A hostile hash is read no further than a link's query is (the rest is left out).
  const text = (hash.startsWith('#') ? hash.slice(1) : hash).slice(0, MAX_QUERY_LENGTH);
  if (text === '') return [];
  return text.split('&').map((pair) => {
    const [key = '', value = ''] = pair.split('=');
    return [key, value];
  });
}

/** Playground's booleans: any value but "false" is true. */
const truthy = (value: string) => value !== 'false';

/** A seed as ours (a whole number below 2³²): a whole number stays, other text is hashed (FNV-1a). */
function seedOf(text: string): { seed: number; exact: boolean } {
  if (/^\d{1,10}$/.test(text) && Number(text) < 2 ** 32) return { seed: Number(text), exact: true };
  let hash = 0x811c9dc5;
  for (const char of text) hash = Math.imul(hash ^ char.codePointAt(0)!, 0x01000193) >>> 0;
  return { seed: hash, exact: false };
}

/** A Playground percentage as our share ("50" → "0.5"), or the text as it was if not a number. */
function share(text: string): string {
  const value = Number(text);
  return text.trim() !== '' && Number.isFinite(value) ? String(value / 100) : text;
}

/**
 * The run and view a Playground hash describes, read as our own link would be: its notices say
 * what was wrong with a value, and one more notice lists what this app cannot carry over.
 */
export function parsePlaygroundHash(hash: string): ParsedUrlState {
  const raw = new Map<string, string>();
  for (const [key, value] of pairsOf(hash)) if (key !== '' && !raw.has(key)) raw.set(key, value);
  const given = (key: string) => {
    const value = raw.get(key);
    return value === undefined || value.trim() === '' ? undefined : value;
  };
  /** A boolean key given as true (Playground's booleans: anything but "false"). */
  const on = (key: string) => {
    const value = given(key);
    return value !== undefined && truthy(value);
  };
  const unmapped: string[] = [];
  const unknownValue = (key: string) => unmapped.push(`${key} ${quote(raw.get(key) ?? '')}`);

  const regression = given('problem') === 'regression';
  if (
    given('problem') !== undefined &&
    !['classification', 'regression'].includes(given('problem')!)
  ) {
    unknownValue('problem');
  }
  const [datasetKey, names, fallback] = regression
    ? (['regDataset', REGRESSION_DATASETS, 'plane'] as const)
    : (['dataset', DATASETS, 'circle'] as const);
  const datasetText = given(datasetKey);
  const dataset = (datasetText !== undefined && names[datasetText]) || fallback;
  if (datasetText !== undefined && !names[datasetText]) unknownValue(datasetKey);

  // Our link, read over the dataset's preset, with each Playground value in our key and format.
  const ours = new URLSearchParams();
  const put = (key: string, value: string) => ours.set(key, value);
  // Playground trains until paused.
  put(CONFIG_PROPS.epochTarget.key, String(RUN_CONFIG.epochTarget.max));

  const activation = given('activation');
  if (activation !== undefined) {
    if (ACTIVATIONS.has(activation)) put(CONFIG_PROPS.hiddenActivation.key, activation);
    else unknownValue('activation');
  }
  const regularization = given('regularization');
  if (regularization !== undefined) {
    const name = REGULARIZATIONS[regularization];
    if (name) put(CONFIG_PROPS.regularization.key, name);
    else unknownValue('regularization');
  }
  const numbers = [
    ['learningRate', CONFIG_PROPS.learningRate.key, (text: string) => text],
    ['regularizationRate', CONFIG_PROPS.regularizationRate.key, (text: string) => text],
    ['batchSize', CONFIG_PROPS.batchSize.key, (text: string) => text],
    ['noise', CONFIG_PROPS.noise.key, share],
    ['percTrainData', CONFIG_PROPS.trainFraction.key, share],
  ] as const;
  for (const [key, ourKey, convert] of numbers) {
    const text = given(key);
    if (text !== undefined) put(ourKey, convert(text));
  }
  const shape = raw.get('networkShape');
  if (shape !== undefined) {
    const sizes = shape.trim() === '' ? [] : shape.split(',');
    put(
      CONFIG_PROPS.hiddenSizes.key,
      sizes.length === 0 ? CONFIG_PROPS.hiddenSizes.format([]) : sizes.join(','),
    );
  }

  const features: FeatureName[] = [];
  for (const [key, feature] of Object.entries(FEATURE_KEYS)) {
    const text = given(key);
    const on = text === undefined ? FEATURES_ON.has(key) : truthy(text);
    if (!on) continue;
    if (feature) features.push(feature);
    else unmapped.push(`the ${key} feature`);
  }
  if (features.length > 0) put(CONFIG_PROPS.features.key, CONFIG_PROPS.features.format(features));

  const seedText = given('seed');
  if (seedText !== undefined) {
    const { seed, exact } = seedOf(seedText);
    put(CONFIG_PROPS.seed.key, String(seed));
    if (!exact) unmapped.push(`seed ${quote(seedText)} (it is seed ${seed} here)`);
  }

  for (const [key, ourKey] of [
    ['showTestData', VIEW_PROPS.showTestData.key],
    ['discretize', VIEW_PROPS.discretize.key],
  ] as const) {
    const text = given(key);
    if (text !== undefined) put(ourKey, truthy(text) ? '1' : '0');
  }

  const hide = new Set<ControlId>();
  for (const [key, value] of raw) {
    if (!key.endsWith(HIDE_SUFFIX) || value !== 'true') continue;
    const name = key.slice(0, -HIDE_SUFFIX.length);
    const control = HIDE_KEYS[name];
    if (control) hide.add(control);
    else unmapped.push(`hiding ${quote(name)}`);
  }
  // Playground's hideText hides its explanations; ours are the dataset's description.
  if (on('hideText')) hide.add('text');
  if (hide.size > 0) put(VIEW_PROPS.hide.key, VIEW_PROPS.hide.format([...hide]));

  if (on('initZero')) put(CONFIG_PROPS.init.key, 'zero');
  // Playground's statistics for its own developers: nothing of the run.
  if (on('collectStats')) unmapped.push('collectStats=true');
  if (given('tutorial') !== undefined) unknownValue('tutorial');
  for (const key of raw.keys()) {
    const known = STATE_KEYS.has(key) || key in FEATURE_KEYS || key.endsWith(HIDE_SUFFIX);
    if (!known) unmapped.push(`the unknown key ${quote(key)}`);
  }

  const parsed = parseUrlState(ours.toString(), { ...TUTORIAL_CONFIG, ...presetPatch(dataset) });
  if (unmapped.length > 0) {
    const listed = unmapped.slice(0, MAX_LISTED);
    const more = unmapped.length - listed.length;
    if (more > 0) listed.push(`and ${more} more`);
    parsed.notices.push(
      `Opened a TensorFlow Playground link. Not carried over: ${listed.join('; ')}.`,
    );
  }
  return parsed;
}
