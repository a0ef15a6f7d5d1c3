import { describe, expect, it } from 'vitest';
import { Network, paramCount } from './network.ts';
import { NumpyRandom } from './random.ts';
import { tutorialSpec } from './tutorial.ts';
import type { NetworkSpec } from './types.ts';

const deep: NetworkSpec = {
  layerSizes: [2, 3, 2, 1],
  hiddenActivation: 'tanh',
  outputActivation: 'linear',
  loss: 'mse',
};

describe('Network layout', () => {
  it('stores W1, b1, W2, b2 contiguously', () => {
    const net = Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
    expect(net.params.length).toBe(13);
    expect(net.grads.length).toBe(13);
    expect(paramCount([2, 3, 2, 1])).toBe(9 + 8 + 3);
    expect([
      net.weightOffset(1),
      net.biasOffset(1),
      net.weightOffset(2),
      net.biasOffset(2),
    ]).toEqual([0, 6, 9, 12]);
    expect(net.layerCount).toBe(2);
    expect(() => net.weightOffset(0)).toThrow(RangeError);
    expect(() => net.biasOffset(3)).toThrow(RangeError);
  });

  it("'tutorial' init is np.random.rand() in parameter order", () => {
    const net = Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
    const rng = new NumpyRandom(0);
    expect(Array.from(net.params)).toEqual(Array.from({ length: 13 }, () => rng.rand()));
    expect(net.params[0]).toBe(0.5488135039273248);
  });

  it("'glorot' init bounds weights by √(6/(fanIn+fanOut)), zeroes biases, draws every slot", () => {
    const rng = new NumpyRandom(5);
    const net = Network.create(deep, rng, 'glorot');
    const limits: [number, number, number][] = [
      [1, 2, 3],
      [2, 3, 2],
      [3, 2, 1],
    ];
    for (const [l, fanIn, fanOut] of limits) {
      const a = Math.sqrt(6 / (fanIn + fanOut));
      const w = net.params.subarray(net.weightOffset(l), net.biasOffset(l));
      expect(w.every((x) => Math.abs(x) < a && x !== 0)).toBe(true);
      const b = net.params.subarray(net.biasOffset(l), net.biasOffset(l) + fanOut);
      expect(Array.from(b)).toEqual(new Array(fanOut).fill(0));
    }
    const reference = new NumpyRandom(5);
    for (let k = 0; k < net.params.length; k++) reference.rand();
    expect(rng.rand()).toBe(reference.rand());
  });

  it('rejects malformed specs and parameter vectors', () => {
    expect(() => Network.fromParams({ ...deep, layerSizes: [2] }, new Float64Array(0))).toThrow(
      RangeError,
    );
    expect(() =>
      Network.fromParams({ ...deep, layerSizes: [2, 0, 1] }, new Float64Array(1)),
    ).toThrow(RangeError);
    expect(() => Network.fromParams(deep, new Float64Array(3))).toThrow(RangeError);
  });

  it('fromParams and clone copy the parameters', () => {
    const params = new Float64Array(paramCount(deep.layerSizes)).fill(0.5);
    const net = Network.fromParams(deep, params);
    params[0] = 9;
    expect(net.params[0]).toBe(0.5);
    const twin = net.clone();
    twin.params[1] = 7;
    expect(net.params[1]).toBe(0.5);
    expect(twin.spec).toEqual(net.spec);
  });
});

describe('Network.forward', () => {
  it('computes a_l = f(a_{l−1}·W_l + b_l) into reused buffers', () => {
    const spec: NetworkSpec = {
      layerSizes: [2, 2, 1],
      hiddenActivation: 'relu',
      outputActivation: 'linear',
      loss: 'mse',
    };
    // W1 = [[1, -1], [2, 3]], b1 = [0.5, -10], W2 = [[4], [5]], b2 = [0.25]
    const net = Network.fromParams(spec, Float64Array.from([1, -1, 2, 3, 0.5, -10, 4, 5, 0.25]));
    const inputs = Float64Array.from([9, 9, 1, 2]);
    const y = net.forward(inputs, 2);
    // hidden: relu(1·1 + 2·2 + 0.5) = 5.5, relu(−1 + 6 − 10) = 0; output 4·5.5 + 0.25
    expect(Array.from(net.activation(0))).toEqual([1, 2]);
    expect(Array.from(net.activation(1))).toEqual([5.5, 0]);
    expect(Array.from(y)).toEqual([22.25]);
    expect(net.forward(inputs, 0)).toBe(y);
    expect(net.activation(2)).toBe(y);
  });
});
