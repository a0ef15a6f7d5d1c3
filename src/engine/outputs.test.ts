import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';
import { changeOutputs } from './outputs.ts';
import { NumpyRandom } from './random.ts';

describe('changeOutputs', () => {
  const net = Network.create(
    { layerSizes: [2, 3, 1], hiddenActivation: 'tanh', outputActivation: 'sigmoid', loss: 'bce' },
    new NumpyRandom(5),
    'tutorial',
  );

  it('keeps every weight below the output layer and the kept outputs’ own', () => {
    const grown = changeOutputs(net, 3, new NumpyRandom(1));
    expect(grown.spec.layerSizes).toEqual([2, 3, 3]);
    // W1 and b1 (9 numbers) as they were.
    expect(Array.from(grown.params.subarray(0, 9))).toEqual(Array.from(net.params.subarray(0, 9)));
    for (let i = 0; i < 3; i++) {
      // Output 0 keeps its weights; outputs 1 and 2 get small new ones.
      expect(grown.params[9 + i * 3]).toBe(net.params[9 + i]);
      expect(Math.abs(grown.params[9 + i * 3 + 1]!)).toBeLessThan(0.1);
    }
    expect(Array.from(grown.params.subarray(18))).toEqual([net.params[12], 0, 0]);
    // And back: one output with its old weights and bias.
    expect(Array.from(changeOutputs(grown, 1, new NumpyRandom(1)).params)).toEqual(
      Array.from(net.params),
    );
  });

  it('refuses no outputs', () => {
    expect(() => changeOutputs(net, 0, new NumpyRandom(1))).toThrow(RangeError);
  });
});
