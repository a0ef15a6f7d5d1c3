/**
 * The valibot schemas of a model file's parts, built from the run-config table (the ranges links
 * use too): each setting, a whole config, an epoch, a list of weights. Enums accept what their
 * menus offer, so a file never sets a value the controls would show as another.
 */
import * as v from 'valibot';
import {
  RUN_CONFIG,
  RUN_CONFIG_KEYS,
  type EnumSetting,
  type LayersSetting,
  type NamesSetting,
  type NumberSetting,
  type Setting,
} from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';

function numberSchema(setting: NumberSetting) {
  // A number off its menu (a speed of 1e-9) is in range: opening the file snaps it to the menu
  // with a notice (model-actions.ts), as a link's is.
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
  const offered = setting.menu ?? setting.options;
  return v.picklist(
    offered,
    (issue) => `${setting.label} must be one of ${offered.join(', ')}, not ${issue.received}.`,
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

/** The key an object issue reports as missing, or null for an issue of another kind. */
export function missingKey(issue: v.BaseIssue<unknown>): string | null {
  // valibot reports a missing key with a path whose only item has origin 'key'.
  const item = issue.path?.[0];
  return item?.origin === 'key' && typeof item.key === 'string' ? item.key : null;
}

/** Every setting, in table order, each checked against its range or options. */
export const CONFIG_ENTRIES = Object.fromEntries(
  RUN_CONFIG_KEYS.map((key) => [key, settingSchema(RUN_CONFIG[key])]),
  // Each schema is built from its own setting, so it accepts exactly that setting's values.
) as { readonly [K in keyof TrainerConfig]: v.GenericSchema<unknown, TrainerConfig[K]> };

/** A whole config; `what` names it in messages ("The file's settings"). */
export function configSchema(what: string, key: string) {
  return v.object(CONFIG_ENTRIES, (issue) => {
    const missing = missingKey(issue);
    return missing === null
      ? `${what} ('${key}') must be an object.`
      : `${what} have no '${missing}'.`;
  });
}

/** Highest epoch a file may claim (trainers never get near it). */
export const MAX_FILE_EPOCH = 1e9;

export function epochSchema(what: string) {
  return v.pipe(
    v.number(`${what} must be a number.`),
    v.integer(`${what} must be a whole number.`),
    v.minValue(0, `${what} cannot be negative.`),
    v.maxValue(MAX_FILE_EPOCH, `${what} is implausibly large.`),
  );
}

export const PARAMS_SCHEMA = v.array(
  v.pipe(
    v.number((issue) => `Every weight must be a number, not ${issue.received}.`),
    v.finite('Every weight must be a finite number.'),
  ),
  'The weights must be a list of numbers.',
);
