/**
 * The whole run in the page's query string, so a link reproduces it: every setting, the view
 * options and, optionally, the current weights. Parsing treats the link as hostile input: every
 * value is checked, anything wrong falls back to its default (or is clamped) with a notice.
 */
import { ACTIVATIONS } from '@/engine/activations';
import { DATASETS } from '@/engine/datasets';
import { FEATURES } from '@/engine/features';
import { LIMITS } from '@/engine/limits';
import { LOSSES } from '@/engine/losses';
import { paramCount, type InitName } from '@/engine/network';
import type { RegularizationName, TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';

/** Display options that travel with a link but do not change the run. */
export interface ViewOptions {
  readonly logScale: boolean;
  readonly discretize: boolean;
  readonly showTestData: boolean;
  /** Presenter mode: a clean screen for a lecture, with the controls in `hide` left out. */
  readonly presenter: boolean;
  /** Controls hidden in presenter mode, from HIDEABLE_CONTROLS, in that order. */
  readonly hide: readonly string[];
}

/** The control ids a link may hide in presenter mode. */
export const HIDEABLE_CONTROLS: readonly string[] = [
  'dataset',
  'features',
  'layers',
  'activation',
  'loss',
  'learning-rate',
  'epochs',
  'batch',
  'regularization',
  'seed',
  'speed',
  'loss-chart',
  'predictions',
];

/** As view-store.ts starts: test points shown, as a plain page always showed them. */
export const DEFAULT_VIEW: ViewOptions = {
  logScale: false,
  discretize: false,
  showTestData: true,
  presenter: false,
  hide: [],
};

/** Weights carried by a link: the parameters after `epoch` updates (Network.params layout). */
export interface UrlWeights {
  readonly epoch: number;
  readonly params: Float64Array;
}

/** What a link holds once checked; `notices` says what was wrong with it, one sentence each. */
export interface ParsedUrlState {
  readonly config: TrainerConfig;
  readonly view: ViewOptions;
  readonly weights: UrlWeights | null;
  readonly notices: string[];
}

/** Longest query read; the largest genuine link (433 weights) is about 5 kB. */
export const MAX_QUERY_LENGTH = 10_000;
/** Past this many problems the rest are summed up in one notice. */
const MAX_NOTICES = 12;
/** Highest epoch a link may claim (trainers never get near it). */
const MAX_EPOCH = 1e9;
/** Longest piece of a hostile value quoted back in a notice. */
const QUOTE_LENGTH = 24;

/** How one value is written in the link, read back and checked. */
export interface Codec<T> {
  /** Short query key. */
  readonly key: string;
  /** What notices call it. */
  readonly label: string;
  format(value: T): string;
  /** The value `raw` stands for, or `fallback` (with a notice) if it is no good. */
  parse(raw: string, fallback: T, notices: string[]): T;
  equal(a: T, b: T): boolean;
}

export interface NumberCodec extends Codec<number> {
  readonly kind: 'number';
  readonly min: number;
  readonly max: number;
  readonly integer: boolean;
}

export interface EnumCodec<T extends string> extends Codec<T> {
  readonly kind: 'enum';
  readonly options: readonly T[];
}

export interface LayersCodec extends Codec<readonly number[]> {
  readonly kind: 'layers';
  readonly maxLayers: number;
  readonly min: number;
  readonly max: number;
}

export interface NamesCodec<T extends string> extends Codec<readonly T[]> {
  readonly kind: 'names';
  /** Allowed names, in the order a parsed list is put in. */
  readonly options: readonly T[];
  readonly minCount: number;
}

type Codecs<T> = { readonly [K in keyof T]: Codec<T[K]> };
type Mutable<T> = { -readonly [K in keyof T]: T[K] };

function quote(raw: string): string {
  const chars = [...raw];
  const shown = chars.length > QUOTE_LENGTH ? `${chars.slice(0, QUOTE_LENGTH).join('')}…` : raw;
  return `“${shown}”`;
}

/** A plain decimal such as 3, -0.5, .25 or 1e-3; no hex, spaces, Infinity or NaN. */
const NUMBER_PATTERN = /^[+-]?(?:\d+(?:\.\d*)?|\.\d+)(?:[eE][+-]?\d+)?$/;

function numberCodec(
  key: string,
  label: string,
  range: { readonly min: number; readonly max: number },
  integer: boolean,
): NumberCodec {
  const { min, max } = range;
  return {
    kind: 'number',
    key,
    label,
    min,
    max,
    integer,
    format: (value) => String(value),
    equal: (a, b) => a === b,
    parse(raw, fallback, notices) {
      if (!NUMBER_PATTERN.test(raw)) {
        notices.push(`${label} ${quote(raw)} is not a number; using the default ${fallback}.`);
        return fallback;
      }
      let value = Number(raw);
      if (!Number.isFinite(value)) {
        notices.push(`${label} ${quote(raw)} is too large; using the default ${fallback}.`);
        return fallback;
      }
      if (integer && !Number.isInteger(value)) {
        const rounded = Math.round(value);
        notices.push(`${label} ${value} is not a whole number; using ${rounded}.`);
        value = rounded;
      }
      if (value > max) {
        notices.push(`${label} ${value} is above the maximum ${max}; using ${max}.`);
        return max;
      }
      if (value < min) {
        notices.push(`${label} ${value} is below the minimum ${min}; using ${min}.`);
        return min;
      }
      // −0 would survive the checks above and write itself back as "0".
      return value === 0 ? 0 : value;
    },
  };
}

function enumCodec<T extends string>(
  key: string,
  label: string,
  options: readonly T[],
): EnumCodec<T> {
  return {
    kind: 'enum',
    key,
    label,
    options,
    format: (value) => value,
    equal: (a, b) => a === b,
    parse(raw, fallback, notices) {
      const found = options.find((option) => option === raw);
      if (found !== undefined) return found;
      notices.push(
        `${label} ${quote(raw)} is not one of ${options.join(', ')}; using the default ${fallback}.`,
      );
      return fallback;
    },
  };
}

const NO_LAYERS = 'none';
const WHOLE_NUMBER = /^\d+$/;

function layersCodec(key: string, label: string): LayersCodec {
  const maxLayers = LIMITS.hiddenLayers.max;
  const { min, max } = LIMITS.neurons;
  const show = (sizes: readonly number[]) => (sizes.length === 0 ? NO_LAYERS : sizes.join(','));
  return {
    kind: 'layers',
    key,
    label,
    maxLayers,
    min,
    max,
    format: show,
    equal: (a, b) => a.length === b.length && a.every((n, i) => n === b[i]),
    parse(raw, fallback, notices) {
      if (raw === NO_LAYERS) return [];
      const parts = raw.split(',');
      if (!parts.every((part) => WHOLE_NUMBER.test(part))) {
        notices.push(
          `${label} ${quote(raw)} is not a list of neuron counts such as 4,2; using the default ${show(fallback)}.`,
        );
        return fallback;
      }
      let sizes = parts.map(Number);
      if (sizes.length > maxLayers) {
        notices.push(
          `The link asks for ${sizes.length} hidden layers, more than the maximum ${maxLayers}; using the first ${maxLayers}.`,
        );
        sizes = sizes.slice(0, maxLayers);
      }
      const clamped = sizes.map((n) => Math.min(max, Math.max(min, n)));
      if (clamped.some((n, i) => n !== sizes[i])) {
        notices.push(
          `A hidden layer needs ${min} to ${max} neurons; using ${show(clamped)} instead of ${show(sizes)}.`,
        );
      }
      return clamped;
    },
  };
}

function namesCodec<T extends string>(
  key: string,
  label: string,
  options: readonly T[],
  minCount: number,
): NamesCodec<T> {
  return {
    kind: 'names',
    key,
    label,
    options,
    minCount,
    format: (value) => value.join(','),
    equal: (a, b) => a.length === b.length && a.every((name, i) => name === b[i]),
    parse(raw, fallback, notices) {
      const parts = raw === '' ? [] : raw.split(',');
      const unknown = parts.filter((part) => !options.some((option) => option === part));
      if (unknown.length > 0) {
        const list = unknown.slice(0, 3).map(quote).join(', ');
        const more = unknown.length > 3 ? ` and ${unknown.length - 3} more` : '';
        notices.push(`${label}: ignored ${list}${more}, not among ${options.join(', ')}.`);
      }
      // Options order, each once: the order the engine lays the inputs out in.
      const chosen = options.filter((option) => parts.includes(option));
      if (chosen.length < minCount) {
        notices.push(
          `${label}: at least ${minCount} needed; using the default ${fallback.join(',')}.`,
        );
        return fallback;
      }
      return chosen;
    },
  };
}

function keysOf<T extends string>(record: Readonly<Record<T, unknown>>): T[] {
  // Object.keys widens to string[]; a Record's own keys are exactly T.
  return Object.keys(record) as T[];
}

const BOOLEAN_CODEC_TRUE = new Set(['1', 'true']);
const BOOLEAN_CODEC_FALSE = new Set(['0', 'false']);

function booleanCodec(key: string, label: string): Codec<boolean> {
  return {
    key,
    label,
    format: (value) => (value ? '1' : '0'),
    equal: (a, b) => a === b,
    parse(raw, fallback, notices) {
      if (BOOLEAN_CODEC_TRUE.has(raw)) return true;
      if (BOOLEAN_CODEC_FALSE.has(raw)) return false;
      notices.push(`${label} ${quote(raw)} is not 1 or 0; using the default ${fallback ? 1 : 0}.`);
      return fallback;
    },
  };
}

const INITS: Readonly<Record<InitName, true>> = { tutorial: true, glorot: true };
const REGULARIZATIONS: Readonly<Record<RegularizationName, true>> = {
  none: true,
  l1: true,
  l2: true,
};
const REDUCTIONS: Readonly<Record<TrainerConfig['reduction'], true>> = { sum: true, mean: true };

/**
 * Every setting: its key in the link, its name in notices and the values it may take. The
 * ranges are those of LIMITS and config-limits.ts; model-file.ts validates against them too.
 * Keys are in the order they are written.
 */
export const CONFIG_PROPS = {
  dataset: enumCodec('data', 'Dataset', DATASETS),
  features: namesCodec('in', 'Input features', FEATURES, 1),
  hiddenSizes: layersCodec('h', 'Hidden layers'),
  hiddenActivation: enumCodec('act', 'Hidden activation', keysOf(ACTIVATIONS)),
  outputActivation: enumCodec('out', 'Output activation', keysOf(ACTIVATIONS)),
  loss: enumCodec('loss', 'Loss', keysOf(LOSSES)),
  learningRate: numberCodec('lr', 'Learning rate', LIMITS.learningRate, false),
  epochTarget: numberCodec('epochs', 'Epochs', LIMITS.epochs, true),
  batchSize: numberCodec('batch', 'Batch size', { min: 0, max: LIMITS.batchSize.max }, true),
  reduction: enumCodec('reduce', 'Gradient reduction', keysOf(REDUCTIONS)),
  regularization: enumCodec('reg', 'Regularization', keysOf(REGULARIZATIONS)),
  regularizationRate: numberCodec('rate', 'Regularization rate', LIMITS.regularizationRate, false),
  init: enumCodec('init', 'Initialisation', keysOf(INITS)),
  seed: numberCodec('seed', 'Seed', { min: 0, max: 2 ** 32 - 1 }, true),
  pointCount: numberCodec('points', 'Points', { min: 4, max: LIMITS.points.max }, true),
  noise: numberCodec('noise', 'Noise', LIMITS.noise, false),
  trainFraction: numberCodec('train', 'Training share', LIMITS.trainFraction, false),
  speed: numberCodec('speed', 'Speed', { min: 0, max: 1e6 }, false),
} as const satisfies Codecs<TrainerConfig>;

/** The view options' keys and values. */
export const VIEW_PROPS = {
  logScale: booleanCodec('log', 'Log scale'),
  discretize: booleanCodec('discrete', 'Discretize output'),
  showTestData: booleanCodec('test', 'Show test data'),
  presenter: booleanCodec('present', 'Presenter mode'),
  hide: namesCodec('hide', 'Hidden controls', HIDEABLE_CONTROLS, 0),
} as const satisfies Codecs<ViewOptions>;

const WEIGHTS_KEY = 'w';
const EPOCH_KEY = 'e';
const epochCodec = numberCodec(EPOCH_KEY, 'Epoch', { min: 0, max: MAX_EPOCH }, true);

function writeAll<T>(codecs: Codecs<T>, values: T, defaults: T, out: URLSearchParams): void {
  for (const field of Object.keys(codecs) as (keyof T)[]) {
    writeOne(codecs, field, values, defaults, out);
  }
}

function writeOne<T, K extends keyof T>(
  codecs: Codecs<T>,
  field: K,
  values: T,
  defaults: T,
  out: URLSearchParams,
): void {
  const codec: Codec<T[K]> = codecs[field];
  if (!codec.equal(values[field], defaults[field])) {
    out.set(codec.key, codec.format(values[field]));
  }
}

function readAll<T>(
  codecs: Codecs<T>,
  defaults: T,
  raw: ReadonlyMap<string, string>,
  notices: string[],
): T {
  const out: Mutable<T> = { ...defaults };
  for (const field of Object.keys(codecs) as (keyof T)[]) {
    readOne(codecs, field, out, raw, notices);
  }
  return out;
}

function readOne<T, K extends keyof T>(
  codecs: Codecs<T>,
  field: K,
  out: Mutable<T>,
  raw: ReadonlyMap<string, string>,
  notices: string[],
): void {
  const codec: Codec<T[K]> = codecs[field];
  const text = raw.get(codec.key);
  if (text !== undefined) out[field] = codec.parse(text, out[field], notices);
}

/** Float64 little-endian bytes, base64url without padding: exact, and safe in a URL. */
export function encodeParams(params: Float64Array): string {
  const bytes = new Uint8Array(params.length * 8);
  const view = new DataView(bytes.buffer);
  params.forEach((value, i) => view.setFloat64(i * 8, value, true));
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  return btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
}

const BASE64URL = /^[A-Za-z0-9_-]*$/;

/** The parameters `text` encodes, or a sentence saying why it encodes none. */
export function decodeParams(text: string): Float64Array | string {
  if (!BASE64URL.test(text) || text.length % 4 === 1) {
    return 'The weights in the link are damaged (not base64url); starting from fresh weights.';
  }
  const padded =
    text.replace(/-/g, '+').replace(/_/g, '/') + '='.repeat((4 - (text.length % 4)) % 4);
  let binary: string;
  try {
    binary = atob(padded);
  } catch {
    return 'The weights in the link are damaged (not base64url); starting from fresh weights.';
  }
  if (binary.length === 0 || binary.length % 8 !== 0) {
    return 'The weights in the link are cut short; starting from fresh weights.';
  }
  const view = new DataView(new ArrayBuffer(binary.length));
  for (let i = 0; i < binary.length; i++) view.setUint8(i, binary.charCodeAt(i));
  const params = new Float64Array(binary.length / 8);
  for (let k = 0; k < params.length; k++) params[k] = view.getFloat64(k * 8, true);
  return params;
}

/**
 * The query string (with its '?', or '' when everything is at its default) that reproduces
 * `config` and `view`, plus the weights if given. Settings equal to TUTORIAL_CONFIG and
 * DEFAULT_VIEW are left out, so the tutorial's link is the bare page address.
 */
export function serializeUrlState(
  config: TrainerConfig,
  view: ViewOptions,
  weights?: UrlWeights,
): string {
  const out = new URLSearchParams();
  writeAll<TrainerConfig>(CONFIG_PROPS, config, TUTORIAL_CONFIG, out);
  writeAll<ViewOptions>(VIEW_PROPS, view, DEFAULT_VIEW, out);
  if (weights !== undefined) {
    if (weights.epoch !== 0) out.set(EPOCH_KEY, String(weights.epoch));
    out.set(WEIGHTS_KEY, encodeParams(weights.params));
  }
  const query = out.toString();
  return query === '' ? '' : `?${query}`;
}

/** Keys and values of the query, first occurrence of each key; notices for the rest. */
function collect(search: string, notices: string[]): Map<string, string> {
  let query = search.startsWith('?') ? search.slice(1) : search;
  if (query.length > MAX_QUERY_LENGTH) {
    notices.push(
      `The link is too long (${query.length} characters, at most ${MAX_QUERY_LENGTH}); the part past that was ignored.`,
    );
    // Cut at a separator so that no value is read half-way.
    const cut = query.lastIndexOf('&', MAX_QUERY_LENGTH);
    query = cut === -1 ? '' : query.slice(0, cut);
  }
  const known = new Set<string>([WEIGHTS_KEY, EPOCH_KEY]);
  for (const codec of Object.values<Codec<unknown>>(CONFIG_PROPS)) known.add(codec.key);
  for (const codec of Object.values<Codec<unknown>>(VIEW_PROPS)) known.add(codec.key);

  const raw = new Map<string, string>();
  const reported = new Set<string>();
  for (const [key, value] of new URLSearchParams(query)) {
    if (!known.has(key)) {
      if (key !== '' && !reported.has(key)) {
        notices.push(`Ignored ${quote(key)}: the app has no such setting.`);
      }
    } else if (raw.has(key)) {
      if (!reported.has(key)) {
        notices.push(`${quote(key)} appears more than once in the link; using the first value.`);
      }
    } else {
      raw.set(key, value);
      continue;
    }
    reported.add(key);
  }
  return raw;
}

function readWeights(
  raw: ReadonlyMap<string, string>,
  config: TrainerConfig,
  notices: string[],
): UrlWeights | null {
  const text = raw.get(WEIGHTS_KEY);
  const epochText = raw.get(EPOCH_KEY);
  if (text === undefined) {
    if (epochText !== undefined) notices.push('The link gives an epoch but no weights; ignored.');
    return null;
  }
  const decoded = decodeParams(text);
  if (typeof decoded === 'string') {
    notices.push(decoded);
    return null;
  }
  const expected = paramCount([config.features.length, ...config.hiddenSizes, 1]);
  if (decoded.length !== expected) {
    notices.push(
      `The link's weights don't match its network: expected ${expected} numbers, found ${decoded.length}; starting from fresh weights.`,
    );
    return null;
  }
  if (!decoded.every(Number.isFinite)) {
    notices.push("Some of the link's weights are not finite numbers; starting from fresh weights.");
    return null;
  }
  const epoch = epochText === undefined ? 0 : epochCodec.parse(epochText, 0, notices);
  return { epoch, params: decoded };
}

/**
 * Reads a query string (with or without '?') back into a run. Never throws: every unknown
 * key, repeated key, malformed, non-finite, out-of-range or unknown value falls back to its
 * default or is clamped, with one human-readable notice per problem (at most MAX_NOTICES,
 * then a summary). Weights are dropped unless they fit the parsed network exactly.
 */
export function parseUrlState(search: string): ParsedUrlState {
  const notices: string[] = [];
  const raw = collect(search, notices);
  const config = readAll<TrainerConfig>(CONFIG_PROPS, TUTORIAL_CONFIG, raw, notices);
  const view = readAll<ViewOptions>(VIEW_PROPS, DEFAULT_VIEW, raw, notices);
  const weights = readWeights(raw, config, notices);
  if (notices.length > MAX_NOTICES) {
    const rest = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, rest, `…and ${rest} more problems with the link.`);
  }
  return { config, view, weights, notices };
}
