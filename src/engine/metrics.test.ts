import { describe, expect, it } from 'vitest';
import { accuracy } from './metrics.ts';
import { Network } from './network.ts';
import type { Dataset } from './types.ts';

/** y = x: a 1→1 linear net with w = 1, b = 0. */
const identity = Network.fromParams(
  { layerSizes: [1, 1], hiddenActivation: 'linear', outputActivation: 'linear', loss: 'mse' },
  Float64Array.from([1, 0]),
);

function data(inputs: number[], targets: number[]): Dataset {
  return {
    inputs: Float64Array.from(inputs),
    targets: Float64Array.from(targets),
    count: inputs.length,
    inputSize: 1,
    outputSize: 1,
  };
}

describe('accuracy', () => {
  it('counts outputs on the same side of 0.5 as their 0/1 target', () => {
    // Outputs −1, 0.2, 0.7, 3 → classes 0, 0, 1, 1 against targets 0, 1, 1, 0: 2 of 4.
    expect(accuracy(identity, data([-1, 0.2, 0.7, 3], [0, 1, 1, 0]))).toBe(0.5);
    // An output exactly at the threshold counts as class 1.
    expect(accuracy(identity, data([0.5], [1]))).toBe(1);
  });

  it('takes another threshold, e.g. 0 for tanh outputs against ±1 targets', () => {
    expect(accuracy(identity, data([-1, 0.2, 0.7, 3], [-1, 1, 1, -1]), 0)).toBe(0.75);
  });

  it('is NaN without samples and rejects a mismatched dataset', () => {
    expect(accuracy(identity, data([], []))).toBeNaN();
    expect(() => accuracy(identity, { ...data([1, 2], [1]), inputSize: 2, count: 1 })).toThrow(
      RangeError,
    );
  });
});
