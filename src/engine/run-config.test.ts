import { describe, expect, expectTypeOf, it } from 'vitest';
import { ACTIVATIONS } from './activations.ts';
import { DATASETS, type DatasetName } from './datasets.ts';
import { FEATURES, type FeatureName } from './features.ts';
import { LIMITS } from './limits.ts';
import { LOSSES } from './losses.ts';
import type { InitName } from './network.ts';
import type { RegularizationName } from './train.ts';
import type { ActivationName, LossName } from './types.ts';
import {
  ACTIVATION_NAMES,
  DEFAULT_RUN_CONFIG,
  LOSS_NAMES,
  REGULARIZATION_NAMES,
  RUN_CONFIG,
  RUN_CONFIG_KEYS,
  layerSizesOf,
  specOf,
  uiRange,
  type RunConfig,
  type Setting,
} from './run-config.ts';
import { tutorialSpec } from './tutorial.ts';

/** Why `value` is outside `setting`, or null if it is a valid value of it. */
function problem(setting: Setting, value: unknown): string | null {
  switch (setting.kind) {
    case 'number': {
      const n = value as number;
      if (!(n >= setting.min && n <= setting.max))
        return `${n} outside ${setting.min}…${setting.max}`;
      return setting.integer && !Number.isInteger(n) ? `${n} not whole` : null;
    }
    case 'enum':
      return setting.options.includes(value as string) ? null : `${String(value)} not an option`;
    case 'layers': {
      const sizes = value as number[];
      if (sizes.length > setting.maxLayers) return 'too many layers';
      const fits = sizes.every((n) => Number.isInteger(n) && n >= setting.min && n <= setting.max);
      return fits ? null : 'layer size out of range';
    }
    case 'names': {
      const names = value as string[];
      const ordered = setting.options.filter((name) => names.includes(name));
      if (ordered.join() !== names.join()) return 'names unknown, repeated or out of order';
      return names.length < setting.minCount ? 'too few names' : null;
    }
  }
}

describe('RUN_CONFIG', () => {
  it('defaults to the tutorial’s run: 2-3-1 sigmoid, MSE, learning rate 1, 1000 epochs', () => {
    expect(DEFAULT_RUN_CONFIG).toEqual({
      hiddenSizes: [3],
      hiddenActivation: 'sigmoid',
      outputActivation: 'sigmoid',
      loss: 'mse',
      learningRate: 1,
      epochTarget: 1000,
      seed: 0,
      speed: 300,
      dataset: 'xor',
      pointCount: 500,
      noise: 0,
      trainFraction: 0.5,
      batchSize: 0,
      reduction: 'sum',
      features: ['x1', 'x2'],
      regularization: 'none',
      regularizationRate: 0,
      init: 'tutorial',
    });
    expect(specOf(DEFAULT_RUN_CONFIG)).toEqual(tutorialSpec());
  });

  it('types each value as the engine names it', () => {
    expectTypeOf<RunConfig['dataset']>().toEqualTypeOf<DatasetName>();
    expectTypeOf<RunConfig['features']>().toEqualTypeOf<readonly FeatureName[]>();
    expectTypeOf<RunConfig['hiddenSizes']>().toEqualTypeOf<readonly number[]>();
    expectTypeOf<RunConfig['hiddenActivation']>().toEqualTypeOf<ActivationName>();
    expectTypeOf<RunConfig['outputActivation']>().toEqualTypeOf<ActivationName>();
    expectTypeOf<RunConfig['loss']>().toEqualTypeOf<LossName>();
    expectTypeOf<RunConfig['regularization']>().toEqualTypeOf<RegularizationName>();
    expectTypeOf<RunConfig['init']>().toEqualTypeOf<InitName>();
    expectTypeOf<RunConfig['reduction']>().toEqualTypeOf<'sum' | 'mean'>();
    expectTypeOf<RunConfig['learningRate']>().toEqualTypeOf<number>();
  });

  it('has every default within its own range or options', () => {
    for (const key of RUN_CONFIG_KEYS) {
      const setting: Setting = RUN_CONFIG[key];
      expect([key, problem(setting, setting.default)]).toEqual([key, null]);
    }
  });

  it('gives every setting its own non-empty link key and label', () => {
    const settings: Setting[] = Object.values(RUN_CONFIG);
    const links = settings.map((s) => s.link);
    expect(new Set(links).size).toBe(links.length);
    expect(links.every((link) => /^[a-z]+$/.test(link))).toBe(true);
    expect(settings.every((s) => s.label.length > 0)).toBe(true);
  });

  it('offers in its menus and sliders only values it accepts', () => {
    for (const setting of Object.values<Setting>(RUN_CONFIG)) {
      if (setting.kind === 'number') {
        const { min, max } = uiRange(setting);
        expect(min >= setting.min && max <= setting.max && min < max).toBe(true);
        for (const item of setting.menu ?? []) expect(problem(setting, item.value)).toBeNull();
      }
      if (setting.kind === 'enum') {
        for (const name of setting.menu ?? []) expect(setting.options).toContain(name);
        // Every option has a label (hidden layers take all activations but softmax).
        if (setting.labels)
          expect(Object.keys(setting.labels)).toEqual(expect.arrayContaining([...setting.options]));
      }
    }
    expect(uiRange(RUN_CONFIG.learningRate)).toEqual({ min: 0.00001, max: 10 });
    expect(uiRange(RUN_CONFIG.epochTarget)).toEqual({ min: 100, max: 100_000 });
    expect(uiRange(RUN_CONFIG.batchSize)).toEqual({ min: 0, max: 30 });
  });

  it('lists each set of names once, matching the engine’s own tables', () => {
    expect(ACTIVATION_NAMES).toEqual([...Object.keys(ACTIVATIONS), 'softmax']);
    expect(RUN_CONFIG.outputActivation.options).toBe(ACTIVATION_NAMES);
    expect(RUN_CONFIG.hiddenActivation.options).toEqual(Object.keys(ACTIVATIONS));
    expect(LOSS_NAMES).toEqual(Object.keys(LOSSES));
    expect(REGULARIZATION_NAMES).toEqual(['none', 'l1', 'l2']);
    expect(RUN_CONFIG.dataset.options).toBe(DATASETS);
    expect(RUN_CONFIG.features.options).toBe(FEATURES);
  });

  it('keeps within the bounds the engine enforces', () => {
    expect(RUN_CONFIG.hiddenSizes).toMatchObject({
      maxLayers: LIMITS.hiddenLayers.max,
      min: LIMITS.neurons.min,
      max: LIMITS.neurons.max,
    });
    expect(RUN_CONFIG.pointCount.max).toBe(LIMITS.points.max);
    expect(RUN_CONFIG.noise).toMatchObject(LIMITS.noise);
    expect(RUN_CONFIG.trainFraction).toMatchObject(LIMITS.trainFraction);
  });
});

describe('layerSizesOf / specOf', () => {
  it('puts one input per feature before the hidden layers and one output after', () => {
    const config = { ...DEFAULT_RUN_CONFIG, features: FEATURES, hiddenSizes: [8, 4] };
    expect(layerSizesOf(config)).toEqual([7, 8, 4, 1]);
    expect(layerSizesOf({ ...config, hiddenSizes: [] })).toEqual([7, 1]);
    expect(specOf({ ...config, hiddenActivation: 'tanh', loss: 'bce' })).toEqual({
      layerSizes: [7, 8, 4, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'bce',
    });
  });

  it('takes a saved network’s own shape when given one', () => {
    expect(specOf(DEFAULT_RUN_CONFIG, [3, 5, 1]).layerSizes).toEqual([3, 5, 1]);
  });
});
