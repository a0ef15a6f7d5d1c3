import { describe, expect, it } from 'vitest';
import { xorDataset } from './datasets.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { MAX_HIDDEN_LAYERS, MAX_NEURONS, resizeHidden } from './resize.ts';
import { predictAll, trainEpoch } from './train.ts';
import { tutorialSpec } from './tutorial.ts';
import type { ActivationName, NetworkSpec } from './types.ts';

function trained(spec: NetworkSpec, epochs = 200): Network {
  const net = Network.create(spec, new NumpyRandom(0), 'glorot');
  for (let e = 0; e < epochs; e++) trainEpoch(net, xorDataset(), { learningRate: 0.5 });
  return net;
}

function outputs(net: Network): number[] {
  const out = new Float64Array(4);
  predictAll(net, xorDataset(), out);
  return Array.from(out);
}

function spec(layerSizes: number[], act: ActivationName = 'sigmoid'): NetworkSpec {
  return { layerSizes, hiddenActivation: act, outputActivation: 'sigmoid', loss: 'mse' };
}

/** W_l[i, j] of a network. */
function weight(net: Network, l: number, i: number, j: number): number {
  return net.params[net.weightOffset(l) + i * net.layerSize(l) + j] ?? NaN;
}

describe('resizeHidden: neurons', () => {
  it('adding neurons leaves the outputs bit-identical', () => {
    const small = trained(tutorialSpec(3));
    const bigger = resizeHidden(small, [5], new NumpyRandom(1));
    expect(bigger.spec.layerSizes).toEqual([2, 5, 1]);
    expect(outputs(bigger)).toEqual(outputs(small));
    // New neurons: zero outgoing, small incoming, zero bias.
    for (const j of [3, 4]) {
      expect(weight(bigger, 2, j, 0)).toBe(0);
      expect(Math.abs(weight(bigger, 1, 0, j))).toBeLessThan(0.1);
      expect(bigger.params[bigger.biasOffset(1) + j]).toBe(0);
    }
  });

  it('adding neurons to several layers at once is still bit-identical', () => {
    const net = trained(spec([2, 3, 2, 1], 'tanh'));
    expect(outputs(resizeHidden(net, [5, 4], new NumpyRandom(2)))).toEqual(outputs(net));
  });

  it('removing a neuron keeps every remaining weight and bias', () => {
    const net = trained(tutorialSpec(3));
    const smaller = resizeHidden(net, [2], new NumpyRandom(1));
    expect(smaller.spec.layerSizes).toEqual([2, 2, 1]);
    for (let i = 0; i < 2; i++) {
      for (let j = 0; j < 2; j++) expect(weight(smaller, 1, i, j)).toBe(weight(net, 1, i, j));
      expect(weight(smaller, 2, i, 0)).toBe(weight(net, 2, i, 0));
    }
    expect(Array.from(smaller.params.subarray(4, 6))).toEqual(
      Array.from(net.params.subarray(6, 8)),
    );
    expect(smaller.params[smaller.biasOffset(2)]).toBe(net.params[net.biasOffset(2)]);
  });
});

describe('resizeHidden: layers', () => {
  it.each(['relu', 'linear'] as const)('an inserted %s layer keeps outputs exactly', (act) => {
    const net = trained(spec([2, 3, 1], act));
    const deeper = resizeHidden(net, [3, 4], new NumpyRandom(3));
    expect(deeper.spec.layerSizes).toEqual([2, 3, 4, 1]);
    expect(deeper.spec.hiddenActivation).toBe(act);
    expect(outputs(deeper)).toEqual(outputs(net));
    expect(weight(deeper, 2, 0, 0)).toBe(1);
    expect(weight(deeper, 2, 0, 1)).toBe(0);
  });

  it('inserting a sigmoid layer has the right shape (output only approximately kept)', () => {
    const deeper = resizeHidden(trained(tutorialSpec(3)), [3, 2], new NumpyRandom(3));
    expect(deeper.spec.layerSizes).toEqual([2, 3, 2, 1]);
    expect(deeper.params.length).toBe(9 + 8 + 3);
  });

  it('removing the last hidden layer connects its predecessor to the output (pad/crop)', () => {
    const net = trained(spec([2, 3, 2, 1]));
    const shallower = resizeHidden(net, [3], new NumpyRandom(4));
    expect(shallower.spec.layerSizes).toEqual([2, 3, 1]);
    expect(Array.from(shallower.params.subarray(0, 9))).toEqual(
      Array.from(net.params.subarray(0, 9)),
    );
    expect(weight(shallower, 2, 0, 0)).toBe(weight(net, 3, 0, 0));
    expect(weight(shallower, 2, 1, 0)).toBe(weight(net, 3, 1, 0));
    expect(Math.abs(weight(shallower, 2, 2, 0))).toBeLessThan(0.1);
    expect(shallower.params[shallower.biasOffset(2)]).toBe(net.params[net.biasOffset(3)]);
  });

  it('can go down to no hidden layer and back up', () => {
    const net = trained(tutorialSpec(3));
    const direct = resizeHidden(net, [], new NumpyRandom(5));
    expect(direct.spec.layerSizes).toEqual([2, 1]);
    expect(weight(direct, 1, 1, 0)).toBe(weight(net, 2, 1, 0));
    const back = resizeHidden(direct, [2], new NumpyRandom(5));
    expect(back.spec.layerSizes).toEqual([2, 2, 1]);
  });

  it('validates the requested sizes', () => {
    const net = trained(tutorialSpec(3), 0);
    const rng = new NumpyRandom(0);
    expect(() => resizeHidden(net, new Array(MAX_HIDDEN_LAYERS + 1).fill(2), rng)).toThrow(
      RangeError,
    );
    for (const bad of [0, MAX_NEURONS + 1, 1.5, NaN]) {
      expect(() => resizeHidden(net, [bad], rng)).toThrow(RangeError);
    }
    expect(resizeHidden(net, new Array(MAX_HIDDEN_LAYERS).fill(MAX_NEURONS), rng).layerCount).toBe(
      MAX_HIDDEN_LAYERS + 1,
    );
  });
});
