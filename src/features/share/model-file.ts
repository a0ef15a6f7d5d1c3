/**
 * Saving a trained model as a JSON file and opening one again. An opened file is untrusted:
 * it is size-capped, parsed, scanned for prototype-pollution keys and checked by a valibot
 * schema built from the run-config table (the ranges links use too), down to the weight count.
 *
 * Unknown keys are ignored and dropped: every known key is required, so a misspelt one still
 * fails as missing, while notes a person adds to the file do no harm.
 */
import * as v from 'valibot';
import { paramCount } from '@/engine/network';
import {
  layerSizesOf,
  RUN_CONFIG,
  RUN_CONFIG_KEYS,
  type EnumSetting,
  type LayersSetting,
  type NamesSetting,
  type NumberSetting,
  type Setting,
} from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';
import { findJsonError } from './json-error';

export const MODEL_FORMAT = 'backprop-studio-model';
export const MODEL_VERSION = 1;
/** Far above any real file (the largest network's is about 15 kB). */
export const MAX_MODEL_FILE_CHARS = 2_000_000;

/** A saved model: the run's settings and its weights after `epoch` updates. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  config: TrainerConfig;
  epoch: number;
  /** Neurons per layer, input first: layerSizesOf(config). */
  layerSizes: number[];
  /** All weights and biases, laid out as Network.params (W1, b1, W2, b2, …). */
  params: number[];
}

export type ParsedModel =
  | { ok: true; model: { config: TrainerConfig; epoch: number; params: Float64Array } }
  | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON for a number, keeping −0 (JSON.stringify writes it as 0). */
function numberJson(x: number): string {
  return Object.is(x, -0) ? '-0' : JSON.stringify(x);
}

/** Pretty JSON with arrays of numbers and names kept on one line each. */
function pretty(value: unknown, indent: string): string {
  if (Array.isArray(value)) {
    return `[${value.map((item) => (typeof item === 'number' ? numberJson(item) : JSON.stringify(item))).join(', ')}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const inner = `${indent}  `;
    const lines = Object.entries(value).map(
      ([key, item]) => `${inner}${JSON.stringify(key)}: ${pretty(item, inner)}`,
    );
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return typeof value === 'number' ? numberJson(value) : JSON.stringify(value);
}

/**
 * The model as pretty JSON, keys in a fixed order (the config's as in RUN_CONFIG), every
 * weight written exactly (shortest round-trip decimal).
 *
 * @throws RangeError if a weight is not finite (a diverged run): JSON cannot hold it and the
 *   file could never be opened again.
 */
export function modelToJson(
  config: TrainerConfig,
  epoch: number,
  layerSizes: readonly number[],
  params: Float64Array,
): string {
  if (!params.every(Number.isFinite)) {
    throw new RangeError('The weights are not all finite numbers, so they cannot be saved.');
  }
  const orderedConfig = Object.fromEntries(RUN_CONFIG_KEYS.map((key) => [key, config[key]]));
  const file = {
    format: MODEL_FORMAT,
    version: MODEL_VERSION,
    config: orderedConfig,
    epoch,
    layerSizes: [...layerSizes],
    params: Array.from(params),
  };
  return `${pretty(file, '')}\n`;
}

function numberSchema(setting: NumberSetting) {
  const { label, min, max, integer } = setting;
  const range = `${label} must be ${integer ? 'a whole number' : 'a number'} from ${min} to ${max}`;
  return v.pipe(
    v.number((issue) => `${range}, not ${issue.received}.`),
    v.finite((issue) => `${range}, not ${issue.received}.`),
    v.check(
      (n: number) => !integer || Number.isInteger(n),
      (issue) => `${range}, not ${issue.received}.`,
    ),
    v.minValue(min, (issue) => `${range}, not ${issue.received}.`),
    v.maxValue(max, (issue) => `${range}, not ${issue.received}.`),
  );
}

function enumSchema<T extends string>(setting: EnumSetting<T>) {
  return v.picklist(
    setting.options,
    (issue) =>
      `${setting.label} must be one of ${setting.options.join(', ')}, not ${issue.received}.`,
  );
}

/** The hidden layers (the table's one setting of this kind, hence the wording). */
function layersSchema({ min, max, maxLayers }: LayersSetting) {
  return v.pipe(
    v.array(
      v.pipe(
        v.number('Hidden layer sizes must be numbers.'),
        v.integer('Hidden layer sizes must be whole numbers.'),
        v.minValue(min, `A hidden layer needs at least ${min} neuron.`),
        v.maxValue(max, `A hidden layer has at most ${max} neurons.`),
      ),
      'Hidden layers must be a list of neuron counts.',
    ),
    v.maxLength(maxLayers, `At most ${maxLayers} hidden layers.`),
  );
}

/** The input features (the table's one setting of this kind, hence the wording). */
function namesSchema<T extends string>({ options, minCount }: NamesSetting<T>) {
  return v.pipe(
    v.array(
      v.picklist(options, (issue) => `Unknown input feature ${issue.received}.`),
      'Input features must be a list of names.',
    ),
    v.minLength(minCount, 'At least one input feature is needed.'),
    v.check(
      (names) => options.filter((name) => names.includes(name)).join() === names.join(),
      `Input features must each appear once, in the order ${options.join(', ')}.`,
    ),
  );
}

function settingSchema(setting: Setting): v.GenericSchema<unknown> {
  switch (setting.kind) {
    case 'number':
      return numberSchema(setting);
    case 'enum':
      return enumSchema(setting);
    case 'layers':
      return layersSchema(setting);
    case 'names':
      return namesSchema(setting);
  }
}

const NOT_A_MODEL = 'This is not a Backprop Studio model file.';

/** The key an object issue reports as missing, or null for an issue of another kind. */
function missingKey(issue: v.BaseIssue<unknown>): string | null {
  // valibot reports a missing key with a path whose only item has origin 'key'.
  const item = issue.path?.[0];
  return item?.origin === 'key' && typeof item.key === 'string' ? item.key : null;
}

/** Every setting, in table order, each checked against its range or options. */
const configEntries = Object.fromEntries(
  RUN_CONFIG_KEYS.map((key) => [key, settingSchema(RUN_CONFIG[key])]),
  // Each schema is built from its own setting, so it accepts exactly that setting's values.
) as { readonly [K in keyof TrainerConfig]: v.GenericSchema<unknown, TrainerConfig[K]> };

const configSchema = v.object(configEntries, (issue) => {
  const missing = missingKey(issue);
  return missing === null
    ? "The file's settings ('config') must be an object."
    : `The file's settings have no '${missing}'.`;
});

const modelSchema = v.pipe(
  v.object(
    {
      format: v.literal(MODEL_FORMAT, NOT_A_MODEL),
      version: v.literal(
        MODEL_VERSION,
        (issue) =>
          `This model file is version ${issue.received}; this app opens version ${MODEL_VERSION}.`,
      ),
      config: configSchema,
      epoch: v.pipe(
        v.number('The epoch must be a number.'),
        v.integer('The epoch must be a whole number.'),
        v.minValue(0, 'The epoch cannot be negative.'),
        v.maxValue(1e9, 'The epoch is implausibly large.'),
      ),
      layerSizes: v.array(
        v.pipe(v.number('Layer sizes must be numbers.'), v.integer('Layer sizes must be whole.')),
        'The layer sizes must be a list of numbers.',
      ),
      params: v.array(
        v.pipe(
          v.number((issue) => `Every weight must be a number, not ${issue.received}.`),
          v.finite('Every weight must be a finite number.'),
        ),
        'The weights must be a list of numbers.',
      ),
    },
    (issue) => {
      const missing = missingKey(issue);
      if (missing === null)
        return 'This is not a Backprop Studio model file (expected a JSON object).';
      return missing === 'format' ? NOT_A_MODEL : `The file has no '${missing}'.`;
    },
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { config, layerSizes, params } = dataset.value;
    const sizes = layerSizesOf(config);
    if (sizes.join() !== layerSizes.join()) {
      addIssue({
        message: `The file's layers (${layerSizes.join('-')}) don't match its settings (${sizes.join('-')}).`,
      });
      return;
    }
    const expected = paramCount(sizes);
    if (params.length !== expected) {
      addIssue({
        message: `The file's weights don't match its network: expected ${expected} numbers, found ${params.length}.`,
      });
    }
  }),
);

/** The first forbidden key anywhere in the parsed value (walked without recursion). */
function findForbiddenKey(root: unknown): string | null {
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    if (typeof node !== 'object' || node === null) continue;
    for (const key of Object.keys(node)) {
      if (FORBIDDEN_KEYS.has(key)) return key;
      stack.push((node as Record<string, unknown>)[key]);
    }
  }
  return null;
}

function megabytes(chars: number): string {
  return `${(chars / 1e6).toFixed(1)} MB`;
}

function syntaxError(text: string): string {
  const found = findJsonError(text);
  if (found === null) return 'The file is not valid JSON.';
  return `The file is not valid JSON: ${found.problem} at line ${found.line}, column ${found.column}.`;
}

/**
 * Reads a model file. Never throws: anything wrong (too large, not JSON, wrong format or
 * version, wrong types, values out of range, layers or weights that don't fit the settings,
 * `__proto__`/`constructor`/`prototype` keys) gives `ok: false` and one short sentence.
 */
export function parseModelJson(text: string): ParsedModel {
  if (text.length > MAX_MODEL_FILE_CHARS) {
    return {
      ok: false,
      error: `The file is too large (${megabytes(text.length)}); a model file is at most ${megabytes(MAX_MODEL_FILE_CHARS)}.`,
    };
  }
  let data: unknown;
  try {
    data = JSON.parse(text);
  } catch {
    return { ok: false, error: syntaxError(text) };
  }
  const forbidden = findForbiddenKey(data);
  if (forbidden !== null) {
    return { ok: false, error: `The file contains the key “${forbidden}”, which is not allowed.` };
  }
  // The first problem only: later ones are often consequences of it.
  const result = v.safeParse(modelSchema, data, { abortEarly: true });
  if (!result.success) return { ok: false, error: result.issues[0].message };
  const { config, epoch, params } = result.output;
  return { ok: true, model: { config, epoch, params: Float64Array.from(params) } };
}
