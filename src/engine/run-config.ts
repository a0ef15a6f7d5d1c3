/**
 * Every setting of a run, each once: its range or options, whether it is whole, its default (the
 * tutorial's run), the key links carry it under and the label people read. The rest is derived
 * from this table: the TrainerConfig type (RunConfig below), the store's validation
 * (state/config-limits.ts), the controls' ranges (state/options.ts, state/defaults.ts), the link
 * codecs (features/share/url-codecs.ts) and the model-file schema (features/share/model-file.ts).
 *
 * Name lists come from the engine modules that own them; bounds that the engine itself enforces
 * come from limits.ts. Nothing in the engine imports this module.
 */
import { classCount, DATASETS, DEFAULT_POINT_COUNT, type DatasetName } from './datasets.ts';
import { FEATURES, type FeatureName } from './features.ts';
import { LIMITS } from './limits.ts';
import type { InitName } from './network.ts';
import type { RegularizationName, TrainOptions } from './train.ts';
import type { ActivationName, LossName, NetworkSpec } from './types.ts';

export type { ActivationName, DatasetName, FeatureName, InitName, LossName, RegularizationName };
/** How a batch's gradients are combined. */
export type ReductionName = NonNullable<TrainOptions['reduction']>;

interface About<T> {
  /** The query key a link carries it under; links already shared must keep working. */
  readonly link: string;
  /** What controls, notices and error messages call it. */
  readonly label: string;
  /** Its value in the tutorial's run, the app's first run. */
  readonly default: T;
}

export interface NumberSetting extends About<number> {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
  /** Lowest value the slider offers, where that is above `min` (links and files reach `min`). */
  readonly uiMin?: number;
  /** The top a control offers, where it is below what links and files may hold. */
  readonly uiMax?: number;
  /** Values offered in a menu rather than on a slider, with their labels. */
  readonly menu?: readonly { readonly value: number; readonly label: string }[];
}

export interface EnumSetting<T extends string> extends About<T> {
  readonly kind: 'enum';
  /** Every accepted name, in menu order. */
  readonly options: readonly T[];
  /** How a menu shows each name, where the table says. */
  readonly labels?: Readonly<Record<T, string>>;
  /** The names a menu offers, where fewer than those accepted. */
  readonly menu?: readonly T[];
}

export interface LayersSetting extends About<readonly number[]> {
  readonly kind: 'layers';
  readonly maxLayers: number;
  /** Fewest neurons in a layer. */
  readonly min: number;
  /** Most neurons in a layer. */
  readonly max: number;
}

export interface NamesSetting<T extends string> extends About<readonly T[]> {
  readonly kind: 'names';
  /** Accepted names, in the order a chosen list is kept in. */
  readonly options: readonly T[];
  readonly minCount: number;
}

export type Setting = NumberSetting | EnumSetting<string> | LayersSetting | NamesSetting<string>;

type Spec<S extends Setting> = Omit<S, 'kind' | 'integer'>;

function real(spec: Spec<NumberSetting>): NumberSetting {
  return { kind: 'number', integer: false, ...spec };
}

function whole(spec: Spec<NumberSetting>): NumberSetting {
  return { kind: 'number', integer: true, ...spec };
}

/** A closed set of names: listed, or the keys of `labels` (which the type makes complete). */
function oneOf<T extends string>(
  spec: Omit<Spec<EnumSetting<T>>, 'options'> &
    ({ readonly options: readonly T[] } | { readonly labels: Readonly<Record<T, string>> }),
): EnumSetting<T> {
  const options = 'options' in spec ? spec.options : keysOf(spec.labels);
  return { kind: 'enum', ...spec, options };
}

/** A list of distinct names from `options`, kept in their order. */
function someOf<T extends string>(spec: Spec<NamesSetting<T>>): NamesSetting<T> {
  return { kind: 'names', ...spec };
}

function layers(spec: Spec<LayersSetting>): LayersSetting {
  return { kind: 'layers', ...spec };
}

function keysOf<T extends string>(record: Readonly<Record<T, unknown>>): T[] {
  // Object.keys widens to string[]; a Record's own keys are exactly T.
  return Object.keys(record) as T[];
}

const ACTIVATION_LABELS: Readonly<Record<ActivationName, string>> = {
  sigmoid: 'Sigmoid',
  tanh: 'Tanh',
  relu: 'ReLU',
  linear: 'Linear',
  softmax: 'Softmax',
};

/** Accepted activation names, in menu order (hidden layers take all but softmax). */
export const ACTIVATION_NAMES: readonly ActivationName[] = keysOf(ACTIVATION_LABELS);

/**
 * The settings, in the order links and model files write them. An entry's comment documents the
 * TrainerConfig field of the same name.
 */
export const RUN_CONFIG = {
  /** The point set (the tutorial's XOR or one of Playground's). */
  dataset: oneOf<DatasetName>({
    link: 'data',
    label: 'Dataset',
    options: DATASETS,
    default: 'xor',
  }),
  /** Inputs computed from each point (x1, x2, x1², …), in FEATURES order. */
  features: someOf<FeatureName>({
    link: 'in',
    label: 'Input features',
    options: FEATURES,
    minCount: 1,
    default: ['x1', 'x2'],
  }),
  /** Neurons per hidden layer; the input layer has one per feature, the output one neuron. */
  hiddenSizes: layers({
    link: 'h',
    label: 'Hidden layers',
    maxLayers: LIMITS.hiddenLayers.max,
    ...LIMITS.neurons,
    default: [3],
  }),
  hiddenActivation: oneOf<ActivationName>({
    link: 'act',
    label: 'Hidden activation',
    // Softmax spans a layer and turns it into class probabilities: the output layer's only.
    options: ACTIVATION_NAMES.filter((name) => name !== 'softmax'),
    labels: ACTIVATION_LABELS,
    default: 'sigmoid',
  }),
  outputActivation: oneOf<ActivationName>({
    link: 'out',
    label: 'Output activation',
    options: ACTIVATION_NAMES,
    labels: ACTIVATION_LABELS,
    // Links and files accept ReLU here too; the menu offers it for hidden layers only.
    menu: ['sigmoid', 'tanh', 'linear', 'softmax'],
    default: 'sigmoid',
  }),
  loss: oneOf<LossName>({
    link: 'loss',
    label: 'Loss',
    labels: {
      mse: 'Squared error (MSE)',
      bce: 'Cross-entropy (BCE)',
      ce: 'Categorical cross-entropy',
    },
    default: 'mse',
  }),
  learningRate: real({
    link: 'lr',
    label: 'Learning rate',
    // Playground's whole range, 0.00001 to 10, on the slider and the +/− keys alike.
    min: 1e-5,
    max: 10,
    default: 1,
  }),
  /** Training stops by itself at this epoch. */
  // The slider offers 100 to 100,000; links and files may hold any target up to a million.
  epochTarget: whole({
    link: 'epochs',
    label: 'Epochs',
    min: 1,
    uiMin: 100,
    max: 1_000_000,
    uiMax: 100_000,
    default: 1000,
  }),
  /** Samples per update; 0 means the whole training set (full batch, as the tutorial). */
  // The slider stops at 30 as Playground's does; links and files may ask for up to 500.
  batchSize: whole({
    link: 'batch',
    label: 'Batch size',
    min: 0,
    max: 500,
    uiMax: 30,
    default: 0,
  }),
  /** 'sum' adds the batch's gradients, as the tutorial does; 'mean' averages them. */
  reduction: oneOf<ReductionName>({
    link: 'reduce',
    label: 'Gradient reduction',
    labels: { sum: 'Sum (the tutorial)', mean: 'Mean' },
    default: 'sum',
  }),
  regularization: oneOf<RegularizationName>({
    link: 'reg',
    label: 'Regularization',
    labels: { none: 'None', l1: 'L1', l2: 'L2' },
    default: 'none',
  }),
  regularizationRate: real({
    link: 'rate',
    label: 'Regularization rate',
    min: 0,
    max: 10,
    default: 0,
  }),
  /** How fresh weights are drawn: the tutorial's U[0,1) or Glorot. */
  init: oneOf<InitName>({
    link: 'init',
    label: 'Initialisation',
    labels: { tutorial: 'Tutorial: U[0, 1)', glorot: 'Glorot uniform', zero: 'Zero' },
    default: 'tutorial',
  }),
  seed: whole({ link: 'seed', label: 'Seed', min: 0, max: 2 ** 32 - 1, default: 0 }),
  /** Points generated (Playground's sets; the tutorial's XOR always has its four). */
  pointCount: whole({
    link: 'points',
    label: 'Points',
    min: 4,
    max: LIMITS.points.max,
    default: DEFAULT_POINT_COUNT,
  }),
  /** 0–0.5: label flips, blob spread or jitter, depending on the dataset. */
  noise: real({ link: 'noise', label: 'Noise', ...LIMITS.noise, default: 0 }),
  /** Share of the points used for training; the rest are the test set. */
  trainFraction: real({
    link: 'train',
    label: 'Training share',
    ...LIMITS.trainFraction,
    default: 0.5,
  }),
  /** Epochs per second; 0 means as fast as the engine goes. */
  speed: real({
    link: 'speed',
    label: 'Speed',
    min: 0,
    max: 1e6,
    // About 3 s to the tutorial's 1000 epochs: fast enough to wait for, slow enough to watch.
    default: 300,
    menu: [
      { value: 1, label: '1 epoch/s' },
      { value: 10, label: '10 epochs/s' },
      { value: 60, label: '60 epochs/s' },
      { value: 300, label: '300 epochs/s' },
      { value: 3000, label: '3,000 epochs/s' },
      { value: 0, label: 'Full speed' },
    ],
  }),
} satisfies Record<string, Setting>;

type RunSettings = typeof RUN_CONFIG;

/** A run's settings: one value per entry of RUN_CONFIG (the worker calls it TrainerConfig). */
export type RunConfig = { readonly [K in keyof RunSettings]: RunSettings[K]['default'] };

/** The settings' names, in table order. */
export const RUN_CONFIG_KEYS: readonly (keyof RunConfig)[] = keysOf(RUN_CONFIG);

/** The table's defaults: the tutorial's run (2-3-1 sigmoid, MSE, learning rate 1, seed 0). */
export const DEFAULT_RUN_CONFIG: RunConfig = Object.fromEntries(
  RUN_CONFIG_KEYS.map((key) => [key, RUN_CONFIG[key].default]),
) as unknown as RunConfig;

/** Accepted loss and regularization names, each listed once (in the table). */
export const LOSS_NAMES = RUN_CONFIG.loss.options;
export const REGULARIZATION_NAMES = RUN_CONFIG.regularization.options;

/** The range a control offers for a number: the table's, narrowed by `uiMin`/`uiMax`. */
export function uiRange(setting: NumberSetting): { readonly min: number; readonly max: number } {
  return { min: setting.uiMin ?? setting.min, max: setting.uiMax ?? setting.max };
}

/**
 * The value a menu offers nearest `value`, in log terms (7 epochs/s is nearer 10 than 1, 0.001
 * nearest 1): links and files may hold any number, the menu shows only its own. Zero and below
 * give the menu's 0 where it has one (the speed menu's "Full speed").
 */
export function nearestOnMenu(menu: readonly { readonly value: number }[], value: number): number {
  if (value <= 0 && menu.some((item) => item.value === 0)) return 0;
  const positive = menu.map((item) => item.value).filter((offered) => offered > 0);
  const distance = (offered: number) =>
    Math.abs(Math.log(offered) - Math.log(Math.max(value, Number.MIN_VALUE)));
  return positive.reduce((best, offered) => (distance(offered) < distance(best) ? offered : best));
}

/**
 * Output neurons: one per class for a set of three or more classes, or for two under a softmax
 * output (which needs a neuron per class); otherwise one (a probability, or a regression value).
 */
export function outputCountOf(config: Pick<RunConfig, 'dataset' | 'outputActivation'>): number {
  const classes = classCount(config.dataset);
  return classes >= 3 || (classes === 2 && config.outputActivation === 'softmax') ? classes : 1;
}

/** Neurons per layer, input first: one input per feature, the hidden layers, the outputs. */
export function layerSizesOf(
  config: Pick<RunConfig, 'features' | 'hiddenSizes' | 'dataset' | 'outputActivation'>,
): number[] {
  return [config.features.length, ...config.hiddenSizes, outputCountOf(config)];
}

/** The network a run trains; `layerSizes` for a network whose shape was saved with it. */
export function specOf(
  config: Pick<
    RunConfig,
    'features' | 'hiddenSizes' | 'hiddenActivation' | 'outputActivation' | 'loss' | 'dataset'
  >,
  layerSizes: readonly number[] = layerSizesOf(config),
): NetworkSpec {
  return {
    layerSizes,
    hiddenActivation: config.hiddenActivation,
    outputActivation: config.outputActivation,
    loss: config.loss,
  };
}
