import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import type { NetworkSpec } from './types.ts';

const SPEC: NetworkSpec = {
  layerSizes: [2, 4, 3, 1],
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'bce',
};

describe('zero initialisation', () => {
  it('sets every weight and bias to 0 and draws as many random numbers as Glorot', () => {
    const zeroRng = new NumpyRandom(9);
    const glorotRng = new NumpyRandom(9);
    const zero = Network.create(SPEC, zeroRng, 'zero');
    Network.create(SPEC, glorotRng, 'glorot');
    expect(zero.params).toHaveLength(2 * 4 + 4 + 4 * 3 + 3 + 3 + 1);
    expect([...zero.params].every((p) => Object.is(p, 0))).toBe(true);
    // The streams after it (weights grown later, shuffles) are the same whichever init.
    expect(zeroRng.rand()).toBe(glorotRng.rand());
  });
});
