import { describe, expect, it } from 'vitest';
import { generatePoints } from './datasets.ts';
import {
  changeInputs,
  FEATURE_LABELS,
  FEATURES,
  featureVector,
  toDataset,
  type FeatureName,
} from './features.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { predictAll } from './train.ts';
import type { NetworkSpec } from './types.ts';

function spec(layerSizes: number[]): NetworkSpec {
  return { layerSizes, hiddenActivation: 'tanh', outputActivation: 'sigmoid', loss: 'bce' };
}

/** W₁[i, j]. */
function w1(net: Network, i: number, j: number): number {
  return net.params[net.weightOffset(1) + i * net.layerSize(1) + j] ?? NaN;
}

describe('features', () => {
  it('lists the seven features in order, each with a label', () => {
    expect(FEATURES).toEqual(['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2']);
    expect(FEATURES.map((f) => FEATURE_LABELS[f])).toEqual([
      'x₁',
      'x₂',
      'x₁²',
      'x₂²',
      'x₁x₂',
      'sin x₁',
      'sin x₂',
    ]);
  });

  it('computes every feature at (2, 3), written at the offset in the order asked', () => {
    const out = new Float64Array(9).fill(-1);
    featureVector(2, 3, FEATURES, out, 1);
    expect(Array.from(out)).toEqual([-1, 2, 3, 4, 9, 6, Math.sin(2), Math.sin(3), -1]);
    featureVector(2, 3, ['x1x2', 'x2'], out, 0);
    expect([out[0], out[1]]).toEqual([6, 3]);
  });

  it('toDataset lays out count × features row-major with the labels as targets', () => {
    const points = generatePoints('xor', 4, 0, new NumpyRandom(0));
    const data = toDataset(points, ['x2', 'x1x2', 'x1']);
    expect([data.count, data.inputSize, data.outputSize]).toEqual([4, 3, 1]);
    expect(Array.from(data.inputs)).toEqual([0, 0, 0, 1, 0, 0, 0, 0, 1, 1, 1, 1]);
    expect(Array.from(data.targets)).toEqual([0, 1, 1, 0]);
    expect(() => toDataset(points, [])).toThrow(RangeError);
    expect(() => toDataset(points, ['x1', 'x1'])).toThrow(RangeError);
  });
});

describe('changeInputs', () => {
  const oldFeatures: FeatureName[] = ['x1', 'x2', 'x1sq'];

  it('keeps kept rows of W₁ and every other parameter exactly, by feature name', () => {
    const net = Network.create(spec([3, 4, 2, 1]), new NumpyRandom(4), 'glorot');
    const next = changeInputs(net, oldFeatures, ['x1sq', 'sinx1', 'x1'], new NumpyRandom(1));
    expect(next.spec.layerSizes).toEqual([3, 4, 2, 1]);
    for (let j = 0; j < 4; j++) {
      expect(w1(next, 0, j)).toBe(w1(net, 2, j)); // x1sq
      expect(w1(next, 2, j)).toBe(w1(net, 0, j)); // x1
      expect(Math.abs(w1(next, 1, j))).toBeLessThanOrEqual(0.1); // sinx1 is new
    }
    const rest = net.params.subarray(net.biasOffset(1));
    expect(Array.from(next.params.subarray(next.biasOffset(1)))).toEqual(Array.from(rest));
  });

  it('draws new rows U(±0.1) from rng in row order', () => {
    const net = Network.create(spec([2, 3, 1]), new NumpyRandom(0), 'glorot');
    const next = changeInputs(net, ['x1', 'x2'], ['x1', 'x2', 'x1x2'], new NumpyRandom(2));
    const rng = new NumpyRandom(2);
    for (let j = 0; j < 3; j++) expect(w1(next, 2, j)).toBe(0.1 * (2 * rng.rand() - 1));
  });

  it('leaves the output unchanged when a new feature gets zero weights', () => {
    const net = Network.create(spec([2, 5, 1]), new NumpyRandom(3), 'glorot');
    const points = generatePoints('circle', 50, 0.1, new NumpyRandom(8));
    const before = new Float64Array(50);
    predictAll(net, toDataset(points, ['x1', 'x2']), before);
    const features: FeatureName[] = ['x1', 'x1x2', 'x2'];
    const next = changeInputs(net, ['x1', 'x2'], features, new NumpyRandom(0));
    for (let j = 0; j < 5; j++) next.params[next.weightOffset(1) + 5 + j] = 0;
    const after = new Float64Array(50);
    predictAll(next, toDataset(points, features), after);
    expect(Array.from(after)).toEqual(Array.from(before));
  });

  it('shrinks a net without hidden layers (inputs feed the output directly)', () => {
    const net = Network.create(spec([3, 1]), new NumpyRandom(6), 'glorot');
    const next = changeInputs(net, oldFeatures, ['x2'], new NumpyRandom(0));
    expect(next.spec.layerSizes).toEqual([1, 1]);
    expect(Array.from(next.params)).toEqual([w1(net, 1, 0), net.params[net.biasOffset(1)]]);
  });

  it('rejects no features, repeats and a mismatched old list', () => {
    const net = Network.create(spec([2, 1]), new NumpyRandom(0), 'glorot');
    const rng = new NumpyRandom(0);
    expect(() => changeInputs(net, ['x1', 'x2'], [], rng)).toThrow(RangeError);
    expect(() => changeInputs(net, ['x1', 'x2'], ['x2', 'x2'], rng)).toThrow(RangeError);
    expect(() => changeInputs(net, ['x1'], ['x1'], rng)).toThrow(RangeError);
  });
});
