import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { backwardSample, forwardSample, textbookBatch } from './textbook.ts';
import type { ActivationName, LossName, NetworkSpec } from './types.ts';

/** The one-sample loops of textbook.ts over the given samples: trainBatch's oracle. */
function reference(
  net: Network,
  inputs: Float64Array,
  targets: Float64Array,
  order: number[],
  lossStart: number,
) {
  return textbookBatch(net.spec, net.params, inputs, targets, order, lossStart);
}

describe('Network.trainBatch', () => {
  // Widths below, at and above the 4-wide blocks, with remainders, and several outputs.
  const shapes = [
    [2, 3, 1],
    [3, 6, 5, 4, 2],
    [7, 8, 8, 1],
    [2, 9, 1, 4],
  ];
  const cases: [ActivationName, ActivationName, LossName][] = [
    ['tanh', 'tanh', 'mse'],
    ['relu', 'sigmoid', 'bce'],
    ['sigmoid', 'linear', 'mse'],
    ['linear', 'relu', 'mse'],
    ['tanh', 'softmax', 'ce'],
    ['relu', 'softmax', 'mse'],
  ];
  for (const layerSizes of shapes) {
    for (const [hiddenActivation, outputActivation, loss] of cases) {
      it(`matches the textbook loops bit for bit: ${layerSizes.join('-')} ${hiddenActivation}/${outputActivation}/${loss}`, () => {
        const spec: NetworkSpec = { layerSizes, hiddenActivation, outputActivation, loss };
        const net = Network.create(spec, new NumpyRandom(4), 'glorot');
        const rng = new NumpyRandom(8);
        const count = 12;
        const nIn = layerSizes[0]!;
        const nOut = layerSizes.at(-1)!;
        const inputs = Float64Array.from({ length: count * nIn }, () => rng.rand() * 4 - 2);
        const targets = Float64Array.from({ length: count * nOut }, () =>
          rng.rand() < 0.5 ? 0 : 1,
        );
        const order = Int32Array.from([5, 0, 11, 3, 7, 1, 9, 2, 10, 4, 8, 6]);
        const lossSum = net.trainBatch(inputs, targets, order, 2, 9, 0.125);
        const expected = reference(net, inputs, targets, [...order.subarray(2, 9)], 0.125);
        expect(lossSum).toBe(expected.lossSum);
        expect(Array.from(net.grads)).toEqual(Array.from(expected.grads));
        // In dataset order when no order is given.
        const again = net.trainBatch(inputs, targets, null, 0, count, 0);
        const inOrder = reference(net, inputs, targets, [...Array(count).keys()], 0);
        expect(again).toBe(inOrder.lossSum);
        expect(Array.from(net.grads)).toEqual(Array.from(inOrder.grads));
      });
    }
  }

  it('matches them across chunks of samples (more samples than one chunk holds)', () => {
    const spec: NetworkSpec = {
      layerSizes: [3, 5, 4, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'mse',
    };
    const net = Network.create(spec, new NumpyRandom(2), 'glorot');
    const rng = new NumpyRandom(3);
    const count = 75;
    const inputs = Float64Array.from({ length: count * 3 }, () => rng.rand() * 2 - 1);
    const targets = Float64Array.from({ length: count }, () => rng.rand());
    const lossSum = net.trainBatch(inputs, targets, null, 1, count, 0);
    const expected = reference(net, inputs, targets, [...Array(count).keys()].slice(1), 0);
    expect(lossSum).toBe(expected.lossSum);
    expect(Array.from(net.grads)).toEqual(Array.from(expected.grads));
  });
});

describe('Network.forward and backward (one sample)', () => {
  it.each([
    [[2, 3, 1], 'sigmoid', 'sigmoid', 'mse'],
    [[3, 6, 5, 4, 2], 'relu', 'sigmoid', 'bce'],
    [[2, 9, 1, 4], 'tanh', 'linear', 'mse'],
    [[3, 6, 5, 4, 3], 'tanh', 'softmax', 'ce'],
    [[2, 9, 1, 4], 'relu', 'softmax', 'bce'],
  ] as const)(
    'match the textbook loops bit for bit: %j %s/%s/%s',
    (sizes, hidden, output, loss) => {
      const spec: NetworkSpec = {
        layerSizes: sizes,
        hiddenActivation: hidden,
        outputActivation: output,
        loss,
      };
      const net = Network.create(spec, new NumpyRandom(6), 'glorot');
      const rng = new NumpyRandom(9);
      const nIn = sizes[0];
      const nOut = sizes.at(-1)!;
      const inputs = Float64Array.from({ length: 3 * nIn }, () => rng.rand() * 4 - 2);
      const targets = Float64Array.from({ length: 3 * nOut }, () => (rng.rand() < 0.5 ? 0 : 1));
      const grads = new Float64Array(net.params.length);
      net.zeroGrads();
      for (const s of [2, 0, 1]) {
        net.forward(inputs, s * nIn);
        const pass = forwardSample(spec, net.params, inputs.subarray(s * nIn));
        for (let l = 0; l < sizes.length; l++) {
          expect(Array.from(net.activation(l))).toEqual(pass.a[l]);
        }
        // backward reads the targets at the offset it is given: row s starts at s · n_L.
        net.backward(targets, s * nOut);
        backwardSample(spec, net.params, pass, targets.subarray(s * nOut), grads);
        expect(Array.from(net.grads)).toEqual(Array.from(grads));
      }
    },
  );
});
