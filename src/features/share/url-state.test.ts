import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DATASETS } from '@/engine/datasets';
import { FEATURES } from '@/engine/features';
import { paramCount } from '@/engine/network';
import type { TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import {
  CONFIG_PROPS,
  DEFAULT_VIEW,
  VIEW_PROPS,
  encodeParams,
  parseUrlState,
  serializeUrlState,
  type ViewOptions,
} from './url-state';
import { RUN_KEYS } from './url-run';

const VARIANTS: TrainerConfig[] = [
  {
    ...TUTORIAL_CONFIG,
    hiddenSizes: [8, 4],
    hiddenActivation: 'tanh',
    loss: 'bce',
    learningRate: 0.03,
    epochTarget: 300,
    dataset: 'xor-quadrants',
    batchSize: 10,
    reduction: 'mean',
    init: 'glorot',
    noise: 0.15,
    trainFraction: 0.7,
  },
  {
    ...TUTORIAL_CONFIG,
    hiddenSizes: [],
    outputActivation: 'linear',
    dataset: 'plane',
    learningRate: 1e-5,
    seed: 4294967295,
    speed: 0,
    pointCount: 2000,
  },
  {
    ...TUTORIAL_CONFIG,
    hiddenSizes: [8, 8, 8, 8, 8, 1],
    hiddenActivation: 'relu',
    dataset: 'spiral',
    features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
    regularization: 'l1',
    regularizationRate: 0.003,
    epochTarget: 1_000_000,
  },
  {
    ...TUTORIAL_CONFIG,
    features: ['x1x2'],
    regularization: 'l2',
    regularizationRate: 10,
    noise: 0.5,
    trainFraction: 0.1,
    learningRate: 0.1 + 0.2, // not a short decimal: must still survive exactly
  },
];

const VIEW: ViewOptions = {
  logScale: true,
  discretize: true,
  showTestData: true,
  presenter: true,
  hide: ['features', 'seed'],
  lessonNotes: [{ epoch: 300, text: 'Watch | the plateau', pause: true }],
};

function parse(query: string) {
  return parseUrlState(query);
}

describe('serializeUrlState', () => {
  it('writes nothing for the tutorial run with the default view', () => {
    expect(serializeUrlState(TUTORIAL_CONFIG, DEFAULT_VIEW)).toBe('');
  });

  it('writes only what differs from the defaults, with short keys', () => {
    const query = serializeUrlState(
      { ...TUTORIAL_CONFIG, learningRate: 0.5, seed: 7 },
      DEFAULT_VIEW,
    );
    expect(query).toBe('?lr=0.5&seed=7');
    expect(serializeUrlState(TUTORIAL_CONFIG, { ...DEFAULT_VIEW, hide: ['seed'] })).toBe(
      '?hide=seed',
    );
    expect(serializeUrlState({ ...TUTORIAL_CONFIG, hiddenSizes: [] }, DEFAULT_VIEW)).toBe(
      '?h=none',
    );
  });

  it('uses distinct keys for every setting', () => {
    const keys = [
      ...Object.values(CONFIG_PROPS).map((c) => c.key),
      ...Object.values(VIEW_PROPS).map((c) => c.key),
      ...RUN_KEYS,
    ];
    expect(RUN_KEYS).toEqual(['e', 'we', 'edits', 'w']);
    expect(new Set(keys).size).toBe(keys.length);
  });
});

describe('round trip', () => {
  it.each([TUTORIAL_CONFIG, ...VARIANTS].map((config, i) => ({ i, config })))(
    'config #$i comes back identical, without notices',
    ({ config }) => {
      const parsed = parse(serializeUrlState(config, DEFAULT_VIEW));
      expect(parsed.config).toEqual(config);
      expect(parsed.view).toEqual(DEFAULT_VIEW);
      expect(parsed.weights).toBeNull();
      expect(parsed.notices).toEqual([]);
    },
  );

  it('keeps the view options', () => {
    const parsed = parse(serializeUrlState(VARIANTS[0]!, VIEW));
    expect(parsed.view).toEqual(VIEW);
    expect(parsed.config).toEqual(VARIANTS[0]);
  });

  it('keeps the weights bit for bit, including awkward doubles', () => {
    const config = { ...TUTORIAL_CONFIG, hiddenSizes: [2] }; // 2-2-1: 9 parameters
    const params = Float64Array.from([
      0.1,
      -0,
      5e-324,
      -1.7976931348623157e308,
      1 / 3,
      -2.5,
      0,
      123456.789,
      -1e-300,
    ]);
    const parsed = parse(serializeUrlState(config, DEFAULT_VIEW, { epoch: 420, params }));
    expect(parsed.notices).toEqual([]);
    expect(parsed.weights?.epoch).toBe(420);
    expect(new Uint8Array(parsed.weights!.params.buffer)).toEqual(new Uint8Array(params.buffer));
  });

  it('encodes weights compactly in URL-safe characters', () => {
    const params = new Float64Array(paramCount([2, 3, 1])).map((_, i) => Math.sin(i));
    const w = encodeParams(params);
    expect(w).toMatch(/^[A-Za-z0-9_-]+$/);
    expect(w.length).toBe(Math.ceil((13 * 8 * 4) / 3));
  });
});

describe('parseUrlState on generated valid configs', () => {
  it('reads back what it writes for generated valid configs', () => {
    const config = fc.record({
      hiddenSizes: fc.array(fc.integer({ min: 1, max: 8 }), { maxLength: 6 }),
      learningRate: fc.double({ min: 1e-5, max: 10, noNaN: true }),
      seed: fc.integer({ min: 0, max: 2 ** 32 - 1 }),
      features: fc.subarray([...FEATURES], { minLength: 1 }),
      dataset: fc.constantFrom(...DATASETS),
      noise: fc.double({ min: 0, max: 0.5, noNaN: true }),
    });
    fc.assert(
      fc.property(config, (patch) => {
        const full = { ...TUTORIAL_CONFIG, ...patch };
        const parsed = parseUrlState(serializeUrlState(full, DEFAULT_VIEW));
        expect(parsed.notices).toEqual([]);
        expect(parsed.config).toEqual({ ...full, noise: full.noise === 0 ? 0 : full.noise });
      }),
      { seed: 7, numRuns: 500 },
    );
  }, 120_000);
});
