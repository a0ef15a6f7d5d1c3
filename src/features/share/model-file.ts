/**
 * Saving a trained model as a JSON file and opening one again. The file holds the weights on
 * screen with their settings and epoch, and the run's record (model-record.ts), which opening
 * the file replays. An opened file is untrusted: it is size-capped, parsed, scanned for
 * prototype-pollution keys and checked by valibot schemas built from the run-config table (the
 * ranges links use too), down to the weight count.
 *
 * Unknown keys are ignored and dropped: every known key is required, so a misspelt one still
 * fails as missing, while notes a person adds to the file do no harm. Version 1 files (before
 * records) still open, from their weights.
 */
import * as v from 'valibot';
import { paramCount } from '@/engine/network';
import { layerSizesOf, RUN_CONFIG_KEYS } from '@/engine/run-config';
import type { RunRecord, TrainerConfig } from '@/training/protocol';
import { findJsonError } from './json-error';
import { RECORD_SCHEMA, recordJson, recordOf } from './model-record';
import { configSchema, epochSchema, missingKey, PARAMS_SCHEMA } from './model-schema';

export const MODEL_FORMAT = 'backprop-studio-model';
/** 2 added the record; 1 files (weights and settings only) still open. */
export const MODEL_VERSION = 2;
const VERSIONS = [1, MODEL_VERSION] as const;
/** Far above any real file (the largest network's is about 15 kB, plus its record). */
export const MAX_MODEL_FILE_CHARS = 2_000_000;

/** A saved model: the run's settings and its weights after `epoch` updates, and its record. */
export interface ModelFile {
  format: typeof MODEL_FORMAT;
  version: typeof MODEL_VERSION;
  config: TrainerConfig;
  epoch: number;
  /** Neurons per layer, input first: layerSizesOf(config). */
  layerSizes: number[];
  /** All weights and biases, laid out as Network.params (W1, b1, W2, b2, …). */
  params: number[];
  /** The run: replayed to `epoch`, it gives these weights again (model-record.ts). */
  record: unknown;
}

export interface OpenedModel {
  readonly config: TrainerConfig;
  readonly epoch: number;
  readonly params: Float64Array;
  /** The run to replay to `epoch`; null for a version 1 file (open its weights). */
  readonly record: RunRecord | null;
}

export type ParsedModel = { ok: true; model: OpenedModel } | { ok: false; error: string };

const FORBIDDEN_KEYS = new Set(['__proto__', 'constructor', 'prototype']);

/** JSON for a number, keeping −0 (JSON.stringify writes it as 0). */
function numberJson(x: number): string {
  return Object.is(x, -0) ? '-0' : JSON.stringify(x);
}

/** Compact JSON (one line), keeping −0. */
function compact(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(compact).join(', ')}]`;
  if (typeof value === 'object' && value !== null) {
    const fields = Object.entries(value).map(
      ([key, item]) => `${JSON.stringify(key)}: ${compact(item)}`,
    );
    return `{${fields.join(', ')}}`;
  }
  return typeof value === 'number' ? numberJson(value) : JSON.stringify(value);
}

/** Pretty JSON: lists of numbers and names on one line each, lists of objects one per line. */
function pretty(value: unknown, indent: string): string {
  const inner = `${indent}  `;
  if (Array.isArray(value)) {
    if (value.length === 0 || !value.some((item) => typeof item === 'object' && item !== null)) {
      return compact(value);
    }
    return `[\n${value.map((item) => `${inner}${compact(item)}`).join(',\n')}\n${indent}]`;
  }
  if (typeof value === 'object' && value !== null) {
    const lines = Object.entries(value).map(
      ([key, item]) => `${inner}${JSON.stringify(key)}: ${pretty(item, inner)}`,
    );
    return `{\n${lines.join(',\n')}\n${indent}}`;
  }
  return compact(value);
}

/**
 * The model as pretty JSON, keys in a fixed order (the config's as in RUN_CONFIG), every
 * number written exactly (shortest round-trip decimal). Without a record, the file's run is
 * these weights continued.
 *
 * @throws RangeError if a weight is not finite (a diverged run): JSON cannot hold it and the
 *   file could never be opened again.
 */
export function modelToJson(
  config: TrainerConfig,
  epoch: number,
  layerSizes: readonly number[],
  params: Float64Array,
  record: RunRecord = { start: config, origin: { epoch, params }, edits: [] },
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
    // Last, so that a reader sees the weights first.
    record: recordJson(record),
  };
  return `${pretty(file, '')}\n`;
}

const NOT_A_MODEL = 'This is not a Backprop Studio model file.';

const modelSchema = v.pipe(
  v.object(
    {
      format: v.literal(MODEL_FORMAT, NOT_A_MODEL),
      version: v.picklist(
        VERSIONS,
        (issue) =>
          `This model file is version ${issue.received}; this app opens versions ${VERSIONS.join(' and ')}.`,
      ),
      config: configSchema("The file's settings", 'config'),
      epoch: epochSchema('The epoch'),
      layerSizes: v.array(
        v.pipe(v.number('Layer sizes must be numbers.'), v.integer('Layer sizes must be whole.')),
        'The layer sizes must be a list of numbers.',
      ),
      params: PARAMS_SCHEMA,
      record: v.optional(RECORD_SCHEMA),
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
    const { version, config, epoch, layerSizes, params, record } = dataset.value;
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
      return;
    }
    if (version === MODEL_VERSION && record === undefined) {
      addIssue({ message: "The file has no 'record'." });
      return;
    }
    if (record?.origin && record.origin.epoch > epoch) {
      addIssue({ message: "The record's saved weights come after the file's epoch." });
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
  const { version, config, epoch, params, record } = result.output;
  return {
    ok: true,
    model: {
      config,
      epoch,
      params: Float64Array.from(params),
      record: version === MODEL_VERSION && record ? recordOf(record) : null,
    },
  };
}
