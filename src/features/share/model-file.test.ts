import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { paramCount } from '@/engine/network';
import type { TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { MAX_MODEL_FILE_CHARS, modelToJson, parseModelJson } from './model-file';
import { edited, errorOf, TUTORIAL_PARAMS, tutorialFile } from './model-file.test-kit';

describe('modelToJson / parseModelJson round trip', () => {
  it('reads back the tutorial model with bit-exact weights', () => {
    const result = parseModelJson(tutorialFile());
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.model.config).toEqual(TUTORIAL_CONFIG);
    expect(result.model.epoch).toBe(1000);
    expect(new Uint8Array(result.model.params.buffer)).toEqual(
      new Uint8Array(TUTORIAL_PARAMS.buffer),
    );
  });

  it('keeps a three-class softmax run: its settings and three outputs', () => {
    const config: TrainerConfig = {
      ...TUTORIAL_CONFIG,
      dataset: 'spiral-3',
      outputActivation: 'softmax',
      loss: 'ce',
    };
    const params = Float64Array.from({ length: paramCount([2, 3, 3]) }, (_, k) => k / 7);
    const result = parseModelJson(modelToJson(config, 5, [2, 3, 3], params));
    expect(result.ok && result.model.config).toEqual(config);
    expect(result.ok && Array.from(result.model.params)).toEqual(Array.from(params));
    // The settings fix the outputs: one output neuron does not fit a 3-class softmax.
    const one = modelToJson(config, 5, [2, 3, 1], new Float64Array(paramCount([2, 3, 1])));
    expect(parseModelJson(one)).toMatchObject({ ok: false });
  });

  it('keeps awkward doubles exactly, −0 and subnormals included', () => {
    const config: TrainerConfig = {
      ...TUTORIAL_CONFIG,
      hiddenSizes: [2],
      features: ['x1'],
      init: 'glorot',
    };
    const params = Float64Array.from([
      -0,
      5e-324,
      0.1 + 0.2,
      -1.7976931348623157e308,
      1e-300,
      7,
      -2.5,
    ]);
    expect(params.length).toBe(paramCount([1, 2, 1]));
    const result = parseModelJson(modelToJson(config, 3, [1, 2, 1], params));
    expect(result.ok && new Uint8Array(result.model.params.buffer)).toEqual(
      new Uint8Array(params.buffer),
    );
  });

  it('writes readable JSON in a stable key order', () => {
    const text = tutorialFile();
    expect(
      text.startsWith('{\n  "format": "backprop-studio-model",\n  "version": 2,\n  "config": {\n'),
    ).toBe(true);
    expect(text).toContain('"layerSizes": [2, 3, 1]');
    // Same config with its keys inserted in another order: same file.
    const shuffled = Object.fromEntries(Object.entries(TUTORIAL_CONFIG).reverse()) as TrainerConfig;
    expect(modelToJson(shuffled, 1000, [2, 3, 1], TUTORIAL_PARAMS)).toBe(text);
  });

  it('refuses to save weights that are not finite', () => {
    const params = TUTORIAL_PARAMS.slice();
    params[3] = NaN;
    expect(() => modelToJson(TUTORIAL_CONFIG, 5, [2, 3, 1], params)).toThrow(/not all finite/);
  });
});

describe('parseModelJson refuses malformed files', () => {
  it('too large', () => {
    expect(errorOf(' '.repeat(MAX_MODEL_FILE_CHARS + 1))).toBe(
      'The file is too large (2.0 MB); a model file is at most 2.0 MB.',
    );
  });

  it('megabytes of junk', () => {
    const junk = 'x'.repeat(1_500_000);
    expect(errorOf(junk)).toBe('The file is not valid JSON: unexpected “x” at line 1, column 1.');
  });

  it('truncated JSON, with the position', () => {
    const text = tutorialFile();
    const cut = text.slice(0, text.indexOf('"params"') + 20);
    const lines = cut.split('\n');
    expect(errorOf(cut)).toBe(
      `The file is not valid JSON: the text ends too early at line ${lines.length}, column ${lines.at(-1)!.length + 1}.`,
    );
    expect(errorOf('')).toBe(
      'The file is not valid JSON: the text ends too early at line 1, column 1.',
    );
  });

  it('NaN, a trailing comma or a stray token, with the position', () => {
    const text = tutorialFile().replace('"epoch": 1000', '"epoch": NaN');
    const line = text.split('\n').findIndex((l) => l.includes('NaN')) + 1;
    expect(errorOf(text)).toBe(
      `The file is not valid JSON: unexpected “N” at line ${line}, column 12.`,
    );
    expect(errorOf('{"a": 1,}')).toBe(
      'The file is not valid JSON: expected a property name in double quotes, found “}” at line 1, column 9.',
    );
    expect(errorOf('{"a": 1} 2')).toBe(
      'The file is not valid JSON: unexpected “2” after the end of the data at line 1, column 10.',
    );
  });

  it('not an object, or another file format', () => {
    expect(errorOf('42')).toBe(
      'This is not a Backprop Studio model file (expected a JSON object).',
    );
    expect(errorOf('[1, 2, 3]')).toBe('This is not a Backprop Studio model file.');
    expect(errorOf('{"modelTopology": {}, "weightsManifest": []}')).toMatch(
      /^This is not a Backprop Studio model file\./,
    );
    expect(errorOf(edited((f) => (f.version = 3)))).toBe(
      'This model file is version 3; this app opens versions 1 and 2.',
    );
  });

  it('wrong types', () => {
    expect(errorOf(edited((f) => (f.epoch = '1000')))).toBe('The epoch must be a number.');
    expect(errorOf(edited((f) => (f.config = 'tutorial')))).toBe(
      "The file's settings ('config') must be an object.",
    );
    expect(errorOf(edited((f) => delete f.config))).toBe("The file has no 'config'.");
    expect(errorOf(edited((f) => (f.params = {})))).toBe('The weights must be a list of numbers.');
  });

  it('strings, huge numbers and nulls among the weights', () => {
    const withString = edited((f) => ((f.params as unknown[])[4] = '0.5'));
    expect(errorOf(withString)).toBe('Every weight must be a number, not "0.5".');
    const huge = tutorialFile().replace(/"params": \[[^,]+/, '"params": [1e999');
    expect(errorOf(huge)).toBe('Every weight must be a finite number.');
    expect(errorOf(edited((f) => ((f.params as unknown[])[0] = null)))).toMatch(/^Every weight/);
  });

  it('weights or layers that do not match the network', () => {
    expect(errorOf(edited((f) => (f.params as unknown[]).pop()))).toBe(
      "The file's weights don't match its network: expected 13 numbers, found 12.",
    );
    expect(errorOf(edited((f) => (f.layerSizes = [2, 4, 1])))).toBe(
      "The file's layers (2-4-1) don't match its settings (2-3-1).",
    );
    expect(
      errorOf(
        edited((f) => ((f.config as Record<string, unknown>).features = ['x1', 'x2', 'x1x2'])),
      ),
    ).toBe("The file's layers (2-3-1) don't match its settings (3-3-1).");
  });

  it('settings out of range or unknown', () => {
    const config = (patch: Record<string, unknown>) =>
      edited((f) => Object.assign(f.config as object, patch));
    expect(errorOf(config({ learningRate: 50 }))).toBe(
      'Learning rate must be a number from 0.00001 to 10, not 50.',
    );
    expect(errorOf(config({ seed: 1.5 }))).toBe(
      'Seed must be a whole number from 0 to 4294967295, not 1.5.',
    );
    expect(errorOf(config({ hiddenActivation: 'swish' }))).toBe(
      'Hidden activation must be one of sigmoid, tanh, relu, linear, not "swish".',
    );
    expect(errorOf(config({ hiddenSizes: [3, 3, 3, 3, 3, 3, 3] }))).toBe(
      'At most 6 hidden layers.',
    );
    expect(errorOf(config({ hiddenSizes: [9] }))).toBe('A hidden layer has at most 8 neurons.');
    expect(errorOf(config({ features: ['x2', 'x1'] }))).toMatch(/each appear once, in the order/);
    expect(errorOf(config({ learningRate: 50, seed: -1 }))).toMatch(/^Learning rate/);
  });

  it('ignores unknown keys but still requires every known one', () => {
    const extra = parseModelJson(
      edited((f) => {
        f.note = 'trained in class';
        (f.config as Record<string, unknown>).colour = 'blue';
      }),
    );
    expect(extra.ok).toBe(true);
    expect(extra.ok && Object.keys(extra.model.config)).not.toContain('colour');
    const misspelt = edited((f) => {
      const c = f.config as Record<string, unknown>;
      c.learningrate = c.learningRate;
      delete c.learningRate;
    });
    expect(errorOf(misspelt)).toBe("The file's settings have no 'learningRate'.");
  });

  it.each(['__proto__', 'constructor', 'prototype'])(
    'refuses a “%s” key at any depth, and Object.prototype stays clean',
    (key) => {
      const text = tutorialFile();
      const top = text.replace('{\n', `{\n  "${key}": {"polluted": true},\n`);
      const deep = text.replace(
        '"config": {\n',
        `"config": {\n    "${key}": {"polluted": true},\n`,
      );
      for (const hostile of [top, deep]) {
        expect(errorOf(hostile)).toBe(`The file contains the key “${key}”, which is not allowed.`);
      }
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(Object.prototype).not.toHaveProperty('polluted');
    },
  );

  it('deeply nested junk', () => {
    const deep = '['.repeat(100_000) + ']'.repeat(100_000);
    expect(parseModelJson(deep).ok).toBe(false);
    expect(errorOf('['.repeat(100_000))).toMatch(/^The file is not valid JSON/);
  });
});

describe('parseModelJson on mutated files', () => {
  const valid = tutorialFile();
  const mutation = fc.oneof(
    // Overwrite a span with random text.
    fc
      .tuple(fc.nat(valid.length), fc.nat(20), fc.string({ maxLength: 20 }))
      .map(([at, length, insert]) => valid.slice(0, at) + insert + valid.slice(at + length)),
    // Cut the file.
    fc.nat(valid.length).map((at) => valid.slice(0, at)),
    // Replace one JSON value with another.
    fc
      .tuple(
        fc.constantFrom(
          'learningRate',
          'epoch',
          'seed',
          'hiddenSizes',
          'features',
          'version',
          'params',
          'layerSizes',
          'noise',
          'loss',
          'record',
          'edits',
        ),
        fc.jsonValue({ maxDepth: 2 }),
      )
      .map(([key, value]) => {
        const file = JSON.parse(valid) as Record<string, unknown>;
        const config = file.config as Record<string, unknown>;
        const record = file.record as Record<string, unknown>;
        if (key in config) config[key] = value;
        else if (key === 'edits') record.edits = value;
        else file[key] = value;
        return JSON.stringify(file);
      }),
  );

  it('never throws; whatever it accepts is a consistent model', () => {
    fc.assert(
      fc.property(mutation, (text) => {
        const result = parseModelJson(text);
        if (!result.ok) {
          expect(result.error.length).toBeGreaterThan(0);
          expect(result.error.length).toBeLessThan(300);
          return;
        }
        const { config, params, epoch } = result.model;
        const sizes = [config.features.length, ...config.hiddenSizes, 1];
        expect(params.length).toBe(paramCount(sizes));
        expect(params.every(Number.isFinite)).toBe(true);
        expect(Number.isInteger(epoch) && epoch >= 0).toBe(true);
        // An accepted file saves and reopens to the same model.
        const record = result.model.record ?? undefined;
        const again = parseModelJson(modelToJson(config, epoch, sizes, params, record));
        expect(again).toEqual(result);
      }),
      { seed: 4242, numRuns: 2000 },
    );
  }, 120_000);
});
