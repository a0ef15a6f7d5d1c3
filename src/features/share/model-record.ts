/**
 * A run's record in a model file: its start settings, the saved weights it started from (or
 * null) and every edit with its epoch, as plain JSON (numbers exact), and its valibot schema.
 * Opening the file replays the record, so the run comes back number for number.
 */
import * as v from 'valibot';
import { LIMITS } from '@/engine/limits';
import { paramCount } from '@/engine/network';
import { layerSizesOf, RUN_CONFIG, RUN_CONFIG_KEYS, type RunConfig } from '@/engine/run-config';
import type { RunEdit, RunRecord, TrainerConfig } from '@/training/protocol';
import type { ConfigPatch } from '@/training/run-record';
import {
  CONFIG_ENTRIES,
  configSchema,
  epochSchema,
  missingKey,
  PARAMS_SCHEMA,
} from './model-schema';

/** The config with its keys in table order, so that files are written alike. */
function ordered<T extends Partial<TrainerConfig>>(config: T): T {
  const entries = RUN_CONFIG_KEYS.filter((key) => key in config).map((key) => [key, config[key]]);
  return Object.fromEntries(entries) as T;
}

/** The record as JSON-ready data, keys in a fixed order. */
export function recordJson(record: RunRecord): unknown {
  return {
    start: ordered(record.start),
    origin: record.origin && {
      epoch: record.origin.epoch,
      params: Array.from(record.origin.params),
    },
    edits: record.edits.map((edit) =>
      edit.kind === 'configure' ? { ...edit, patch: ordered(edit.patch) } : edit,
    ),
  };
}

/** Settings an edit never carries: pace (never logged) and the seed (a new seed is a new run). */
const NOT_LOGGED: ReadonlySet<keyof RunConfig> = new Set(['speed', 'epochTarget', 'seed']);
const PATCH_ENTRIES = Object.fromEntries(
  RUN_CONFIG_KEYS.filter((key) => !NOT_LOGGED.has(key)).map((key) => [
    key,
    v.optional(CONFIG_ENTRIES[key]),
  ]),
);
const patchSchema = v.pipe(
  v.strictObject(
    PATCH_ENTRIES,
    'A change of settings holds only settings training uses (not the seed, speed or epochs).',
  ),
  v.check((patch) => Object.keys(patch).length > 0, 'A change of settings changes nothing.'),
);

/** Points, erasers and labels far outside any dataset's plane ([−6, 6]²) are no one's drawing. */
function coordinate(what: string, min = -100) {
  return v.pipe(
    v.number(`${what} must be a number.`),
    v.finite(`${what} must be a finite number.`),
    v.minValue(min, `${what} must be from ${min} to 100.`),
    v.maxValue(100, `${what} must be from ${min} to 100.`),
  );
}

/** One value of each imported point: at least one point, at most as many as a dataset has. */
function pointValues(what: string) {
  return v.pipe(
    v.array(coordinate(what), `${what}s must be a list.`),
    v.minLength(1, 'Imported points cannot be none.'),
    v.maxLength(RUN_CONFIG.pointCount.max, `At most ${RUN_CONFIG.pointCount.max} points.`),
  );
}

const editEpoch = epochSchema("A change's epoch");
const TYPED_WEIGHT_RANGE = `A typed-in weight must be from -${LIMITS.typedWeight.max} to ${LIMITS.typedWeight.max}, as the editor allows.`;

const editSchema = v.variant(
  'kind',
  [
    v.object({ epoch: editEpoch, kind: v.literal('configure'), patch: patchSchema }),
    v.object({
      epoch: editEpoch,
      kind: v.literal('setParam'),
      index: v.pipe(
        v.number('A weight index must be a number.'),
        v.integer('A weight index must be whole.'),
        v.minValue(0, 'A weight index cannot be negative.'),
        v.maxValue(100_000, 'A weight index is implausibly large.'),
      ),
      value: v.pipe(
        v.number('A typed-in weight must be a number.'),
        v.finite('A typed-in weight must be finite.'),
        v.minValue(-LIMITS.typedWeight.max, TYPED_WEIGHT_RANGE),
        v.maxValue(LIMITS.typedWeight.max, TYPED_WEIGHT_RANGE),
      ),
    }),
    v.object({
      epoch: editEpoch,
      kind: v.literal('addPoint'),
      x: coordinate('A point’s x'),
      y: coordinate('A point’s y'),
      label: coordinate('A point’s label'),
    }),
    v.object({
      epoch: editEpoch,
      kind: v.literal('erase'),
      x: coordinate('An eraser’s x'),
      y: coordinate('An eraser’s y'),
      radius: coordinate('An eraser’s radius', 0),
    }),
    v.object({ epoch: editEpoch, kind: v.literal('regenerate') }),
    v.pipe(
      v.object({
        epoch: editEpoch,
        kind: v.literal('points'),
        x: pointValues('An imported point’s x'),
        y: pointValues('An imported point’s y'),
        label: pointValues('An imported point’s label'),
      }),
      v.check(
        ({ x, y, label }) => x.length === y.length && y.length === label.length,
        'Imported points need as many x, y and labels.',
      ),
    ),
  ],
  (issue) => `Unknown kind of change ${issue.received}.`,
);

/** The record's schema; its output is a RunRecord (see recordOf). */
export const RECORD_SCHEMA = v.pipe(
  v.object(
    {
      start: configSchema("The record's start settings", 'start'),
      origin: v.nullable(
        v.object(
          { epoch: epochSchema("The saved weights' epoch"), params: PARAMS_SCHEMA },
          "The record's saved weights ('origin') must be an object or null.",
        ),
      ),
      edits: v.pipe(
        v.array(editSchema, "The record's changes ('edits') must be a list."),
        v.maxLength(1_000_000, 'The record has implausibly many changes.'),
      ),
    },
    (issue) => {
      const missing = missingKey(issue);
      return missing === null
        ? "The file's record must be an object."
        : `The file's record has no '${missing}'.`;
    },
  ),
  v.rawCheck(({ dataset, addIssue }) => {
    if (!dataset.typed) return;
    const { start, origin, edits } = dataset.value;
    if (origin) {
      const expected = paramCount(layerSizesOf(start));
      if (origin.params.length !== expected) {
        addIssue({
          message: `The record's saved weights don't match its network: expected ${expected} numbers, found ${origin.params.length}.`,
        });
        return;
      }
    }
    let last = origin?.epoch ?? 0;
    for (const edit of edits) {
      if (edit.epoch < last) {
        addIssue({
          message:
            "The record's changes are not in the order they were made (none before its saved weights).",
        });
        return;
      }
      last = edit.epoch;
    }
  }),
);

/** The checked record as the trainer takes it. */
export function recordOf(data: v.InferOutput<typeof RECORD_SCHEMA>): RunRecord {
  const { start, origin, edits } = data;
  return {
    start,
    origin: origin && { epoch: origin.epoch, params: Float64Array.from(origin.params) },
    // Each patch passed its settings' schemas, so it holds those settings' values.
    edits: edits.map((edit) =>
      edit.kind === 'configure' ? { ...edit, patch: edit.patch as ConfigPatch } : edit,
    ) as RunEdit[],
  };
}
