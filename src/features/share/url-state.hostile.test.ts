/** Links as an attacker or a damaged copy-paste makes them: parsing must never let one through. */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from '@/engine/activations';
import { DATASETS } from '@/engine/datasets';
import { FEATURES } from '@/engine/features';
import { LIMITS } from '@/engine/limits';
import { LOSSES } from '@/engine/losses';
import { paramCount } from '@/engine/network';
import type { TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import {
  CONFIG_PROPS,
  DEFAULT_VIEW,
  HIDEABLE_CONTROLS,
  MAX_QUERY_LENGTH,
  VIEW_PROPS,
  encodeParams,
  parseUrlState,
  serializeUrlState,
} from './url-state';

function parse(query: string) {
  return parseUrlState(query);
}

/** The fields outside their limits or not a valid name: what the worker must never receive. */
function configProblems(c: TrainerConfig): string[] {
  const within = (x: number, r: { min: number; max: number }) =>
    Number.isFinite(x) && x >= r.min && x <= r.max;
  const whole = (x: number, r: { min: number; max: number }) => Number.isInteger(x) && within(x, r);
  const checks: Record<string, boolean> = {
    hiddenSizes:
      c.hiddenSizes.length <= LIMITS.hiddenLayers.max &&
      c.hiddenSizes.every((n) => whole(n, LIMITS.neurons)),
    hiddenActivation: Object.hasOwn(ACTIVATIONS, c.hiddenActivation),
    outputActivation: Object.hasOwn(ACTIVATIONS, c.outputActivation),
    loss: Object.hasOwn(LOSSES, c.loss),
    learningRate: within(c.learningRate, { min: 1e-5, max: 10 }),
    epochTarget: whole(c.epochTarget, { min: 1, max: 1_000_000 }),
    seed: whole(c.seed, { min: 0, max: 2 ** 32 - 1 }),
    speed: within(c.speed, { min: 0, max: 1e6 }),
    dataset: DATASETS.includes(c.dataset),
    pointCount: whole(c.pointCount, { min: 4, max: LIMITS.points.max }),
    noise: within(c.noise, LIMITS.noise),
    trainFraction: within(c.trainFraction, LIMITS.trainFraction),
    batchSize: whole(c.batchSize, { min: 0, max: 500 }),
    reduction: c.reduction === 'sum' || c.reduction === 'mean',
    features:
      c.features.length > 0 &&
      FEATURES.filter((f) => c.features.includes(f)).join() === c.features.join(),
    regularization: ['none', 'l1', 'l2'].includes(c.regularization),
    regularizationRate: within(c.regularizationRate, { min: 0, max: 10 }),
    init: c.init === 'tutorial' || c.init === 'glorot',
  };
  const problems = Object.keys(checks).filter((field) => !checks[field]);
  // A field added to TrainerConfig must be checked here too.
  const unchecked = Object.keys(c).filter((field) => !(field in checks));
  return [...problems, ...unchecked.map((field) => `${field} (unchecked)`)];
}

describe('hostile links', () => {
  it('clamps an out-of-range learning rate and says so', () => {
    const { config, notices } = parse('?lr=50');
    expect(config.learningRate).toBe(10);
    expect(notices).toEqual(['Learning rate 50 is above the maximum 10; using 10.']);
  });

  it('falls back on malformed and non-finite numbers', () => {
    const { config, notices } = parse('?lr=abc&epochs=Infinity&seed=1e999&noise=NaN&speed=0x10');
    expect(config.learningRate).toBe(1);
    expect(config.epochTarget).toBe(1000);
    expect(config.seed).toBe(0);
    expect(config.noise).toBe(0);
    expect(config.speed).toBe(300);
    expect(notices).toHaveLength(5);
    expect(notices[0]).toBe('Learning rate “abc” is not a number; using the default 1.');
    expect(notices).toContain('Seed “1e999” is too large; using the default 0.');
  });

  it('rounds whole-number settings and clamps negatives', () => {
    const { config, notices } = parse('?epochs=150.6&seed=-3&batch=7.5');
    expect(config.epochTarget).toBe(151);
    expect(config.seed).toBe(0);
    expect(config.batchSize).toBe(8);
    expect(notices).toContain('Epochs 150.6 is not a whole number; using 151.');
    expect(notices).toContain('Seed -3 is below the minimum 0; using 0.');
  });

  it('rejects wrong enum names, case included', () => {
    const { config, notices } = parse('?act=Sigmoid&loss=hinge&data=mnist&init=zeros');
    expect(config.hiddenActivation).toBe('sigmoid');
    expect(config.loss).toBe('mse');
    expect(config.dataset).toBe('xor');
    expect(config.init).toBe('tutorial');
    expect(notices[1]).toBe(
      'Hidden activation “Sigmoid” is not one of sigmoid, tanh, relu, linear; using the default sigmoid.',
    );
    expect(notices).toHaveLength(4);
  });

  it('keeps at most the allowed number of hidden layers and clamps their sizes', () => {
    const { config, notices } = parse('?h=1,2,3,4,5,6,7,8,9');
    expect(config.hiddenSizes).toEqual([1, 2, 3, 4, 5, 6]);
    expect(notices[0]).toMatch(/9 hidden layers, more than the maximum 6/);
    const big = parse('?h=0,99');
    expect(big.config.hiddenSizes).toEqual([1, 8]);
    expect(big.notices).toEqual([
      'A hidden layer needs 1 to 8 neurons; using 1,8 instead of 0,99.',
    ]);
    expect(parse('?h=3,,2').config.hiddenSizes).toEqual([3]);
    expect(parse('?h=-1').notices).toHaveLength(1);
  });

  it('reports unknown and duplicate keys, and uses the first of a duplicate', () => {
    const { config, notices } = parse('?lr=0.5&lr=2&bogus=1&lr=3');
    expect(config.learningRate).toBe(0.5);
    expect(notices).toEqual([
      '“lr” appears more than once in the link; using the first value.',
      'Ignored “bogus”: the app has no such setting.',
    ]);
  });

  it('drops unknown and repeated features but keeps the valid ones in order', () => {
    const { config, notices } = parse('?in=sinx1,x9,x1,x1');
    expect(config.features).toEqual(['x1', 'sinx1']);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/“x9”/);
    const none = parse('?in=');
    expect(none.config.features).toEqual(['x1', 'x2']);
    expect(none.notices[0]).toMatch(/at least 1 needed/);
  });

  it('ignores everything past the length cap, without reading a value half-way', () => {
    const query = `?lr=0.5&junk=${'x'.repeat(MAX_QUERY_LENGTH)}&seed=5`;
    const { config, notices } = parse(query);
    expect(config.learningRate).toBe(0.5);
    expect(config.seed).toBe(0);
    expect(notices).toHaveLength(1);
    expect(notices[0]).toMatch(/too long/);
  });

  it('drops weights that do not fit the network or are not finite', () => {
    const nine = new Float64Array(9).fill(0.5);
    const wrongCount = parse(
      serializeUrlState(TUTORIAL_CONFIG, DEFAULT_VIEW, { epoch: 5, params: nine }),
    );
    expect(wrongCount.weights).toBeNull();
    expect(wrongCount.notices).toEqual([
      "The link's weights don't match its network: expected 13 numbers, found 9; starting from fresh weights.",
    ]);
    const withNaN = new Float64Array(13).fill(0.5);
    withNaN[4] = NaN;
    const bad = parse(
      serializeUrlState(TUTORIAL_CONFIG, DEFAULT_VIEW, { epoch: 5, params: withNaN }),
    );
    expect(bad.weights).toBeNull();
    expect(bad.notices[0]).toMatch(/not finite/);
    expect(parse('?w=@@@').notices[0]).toMatch(/damaged/);
    expect(parse('?w=AAAAAAA').notices[0]).toMatch(/cut short/);
    expect(parse('?we=3').notices).toEqual([
      "The link gives the weights' epoch but no weights; ignored.",
    ]);
    // Refused weights are a fresh start: the link's epoch was theirs, not a fresh run's.
    expect(parse('?w=@@@&e=500').epoch).toBe(0);
  });

  it('refuses names the menus do not offer and snaps speeds to the nearest on the menu', () => {
    const relu = parse('?out=relu&speed=150');
    expect(relu.config.outputActivation).toBe('sigmoid');
    expect(relu.config.speed).toBe(300);
    expect(relu.notices).toHaveLength(2);
    expect(relu.notices[0]).toMatch(/^Output activation “relu” is not offered by its menu \(/);
    expect(relu.notices[1]).toBe('Speed 150 is not on its menu; using the nearest, 300 epochs/s.');
    expect(parse('?act=relu&out=linear&speed=0').notices).toEqual([]);
    // Nearest in log terms; between 0 and 1 epochs/s is 1, never "full speed".
    const snapped = (speed: string) => parse(`?speed=${speed}`).config.speed;
    expect(['0.001', '1e-9', '7', '1e6', '1e7', '-0'].map(snapped)).toEqual([
      1, 1, 10, 3000, 3000, 0,
    ]);
  });

  it('survives percent signs, plus signs, unicode and lone surrogates', () => {
    for (const query of [
      '?lr=%',
      '?lr=%E0%A4%A',
      '?%zz=1',
      '?lr=1+2',
      '?data=✗&act=\ud800',
      '&&&=&',
    ]) {
      const parsed = parse(query);
      expect(configProblems(parsed.config)).toEqual([]);
      expect(parsed.notices.length).toBeLessThanOrEqual(12);
    }
  });

  it('sums up a flood of problems in one last notice', () => {
    const query = Array.from({ length: 50 }, (_, i) => `k${i}=1`).join('&');
    const { notices } = parse(query);
    expect(notices).toHaveLength(12);
    expect(notices[11]).toBe('…and 39 more problems with the link.');
  });

  it('shortens long hostile values quoted in notices', () => {
    const { notices } = parse(`?act=${'a'.repeat(500)}`);
    expect(notices[0]!.length).toBeLessThan(120);
  });
});

describe('parseUrlState on generated links', () => {
  const keys = [
    ...Object.values(CONFIG_PROPS).map((c) => c.key),
    ...Object.values(VIEW_PROPS).map((c) => c.key),
    'w',
    'e',
    'we',
    'edits',
  ];
  const value = fc.oneof(
    fc.string(),
    fc.string({ unit: 'grapheme' }),
    fc.double().map(String),
    fc.integer().map(String),
    fc.constantFrom('', '%', '%%', '1e308', '-1e308', '1e-400', 'NaN', 'Infinity', '-0', '+5'),
    fc.constantFrom(
      ...DATASETS,
      ...FEATURES,
      'sigmoid',
      'relu',
      'none',
      'l1',
      ...HIDEABLE_CONTROLS,
    ),
    fc.array(fc.integer({ min: -2, max: 12 }), { maxLength: 9 }).map((a) => a.join(',')),
    fc.array(fc.constantFrom(...FEATURES, 'zz'), { maxLength: 9 }).map((a) => a.join(',')),
    fc
      .uint8Array({ maxLength: 200 })
      .map((b) => encodeParams(new Float64Array(b.buffer, 0, b.length >> 3))),
    // Logs of edits, well-formed or nearly so.
    fc
      .array(
        fc.tuple(
          fc.oneof(fc.nat(2000).map(String), fc.constantFrom('-1', '1.5', '', 'x')),
          fc.constantFrom(
            'c_lr_0.5',
            'c_h_4',
            'c_out_relu',
            'p_3_0.25',
            'a_1_2_1',
            'x_0_0_1',
            'r',
            'q',
          ),
        ),
        { maxLength: 8 },
      )
      .map((edits) => edits.map(([epoch, edit]) => `${epoch}_${edit}`).join('~')),
  );
  const key = fc.oneof(fc.constantFrom(...keys), fc.string());
  const pair = fc
    .tuple(key, value, fc.boolean())
    .map(([k, v, encode]) =>
      encode ? `${encodeURIComponent(k)}=${encodeURIComponent(v)}` : `${k}=${v}`,
    );
  const query = fc
    .tuple(fc.boolean(), fc.array(pair, { maxLength: 30 }))
    .map(([mark, pairs]) => (mark ? '?' : '') + pairs.join('&'));

  it('has a validity check that catches a bad config', () => {
    expect(configProblems(TUTORIAL_CONFIG)).toEqual([]);
    const bad = { ...TUTORIAL_CONFIG, learningRate: 50, features: ['x2', 'x1'] } as const;
    expect(configProblems(bad)).toEqual(['learningRate', 'features']);
  });

  it('never throws and always yields a config within the limits', () => {
    fc.assert(
      fc.property(query, (q) => {
        const parsed = parseUrlState(q);
        expect(configProblems(parsed.config)).toEqual([]);
        expect(typeof parsed.view.logScale).toBe('boolean');
        expect(parsed.view.hide.every((id) => HIDEABLE_CONTROLS.includes(id))).toBe(true);
        if (parsed.weights !== null) {
          const sizes = [parsed.config.features.length, ...parsed.config.hiddenSizes, 1];
          expect(parsed.weights.params.length).toBe(paramCount(sizes));
          expect(parsed.weights.params.every(Number.isFinite)).toBe(true);
        }
        expect(parsed.notices.length).toBeLessThanOrEqual(12);
        // The edits are in order, from the start's epoch on, and the link opens after them all
        // or before some: any epoch from the start's.
        const from = parsed.weights?.epoch ?? 0;
        expect(parsed.epoch).toBeGreaterThanOrEqual(from);
        let last = from;
        for (const edit of parsed.edits) {
          expect(edit.epoch).toBeGreaterThanOrEqual(last);
          last = edit.epoch;
        }
      }),
      { seed: 20240611, numRuns: 3000 },
    );
  }, 120_000);
});
