import { describe, expect, it } from 'vitest';
import { ACTIVATIONS } from './activations.ts';
import { LOSSES } from './losses.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import type { ActivationName, LossName, NetworkSpec } from './types.ts';

/**
 * The textbook loops, one sample at a time, with every sum taken in index order from 0:
 * the arithmetic trainBatch's blocked loops must reproduce bit for bit.
 */
function reference(
  net: Network,
  inputs: Float64Array,
  targets: Float64Array,
  order: number[],
  lossStart: number,
) {
  const { layerSizes, hiddenActivation, outputActivation, loss } = net.spec;
  const L = layerSizes.length - 1;
  const p = net.params;
  const grads = new Float64Array(p.length);
  let lossSum = lossStart;
  for (const s of order) {
    const a: number[][] = [
      Array.from(inputs.subarray(s * layerSizes[0]!, (s + 1) * layerSizes[0]!)),
    ];
    for (let l = 1; l <= L; l++) {
      const f = ACTIVATIONS[l === L ? outputActivation : hiddenActivation];
      const [nIn, nOut, w, b] = [
        layerSizes[l - 1]!,
        layerSizes[l]!,
        net.weightOffset(l),
        net.biasOffset(l),
      ];
      a.push(
        Array.from({ length: nOut }, (_, j) => {
          let z = 0;
          for (let i = 0; i < nIn; i++) z += a[l - 1]![i]! * p[w + i * nOut + j]!;
          return f.output(z + p[b + j]!);
        }),
      );
    }
    const nOutL = layerSizes[L]!;
    const y = a[L]!;
    const t = (j: number) => targets[s * nOutL + j]!;
    for (let j = 0; j < nOutL; j++) lossSum += LOSSES[loss].value(y[j]!, t(j));
    let delta = y.map((yj, j) =>
      outputActivation === 'sigmoid' && loss === 'bce'
        ? yj - t(j)
        : LOSSES[loss].der(yj, t(j)) * ACTIVATIONS[outputActivation].derFromOutput(yj),
    );
    for (let l = L; l >= 1; l--) {
      const [nIn, nOut, w, b] = [
        layerSizes[l - 1]!,
        layerSizes[l]!,
        net.weightOffset(l),
        net.biasOffset(l),
      ];
      for (let j = 0; j < nOut; j++) grads[b + j] = grads[b + j]! + delta[j]!;
      for (let i = 0; i < nIn; i++) {
        for (let j = 0; j < nOut; j++)
          grads[w + i * nOut + j] = grads[w + i * nOut + j]! + a[l - 1]![i]! * delta[j]!;
      }
      delta = Array.from({ length: nIn }, (_, i) => {
        let sum = 0;
        for (let j = 0; j < nOut; j++) sum += delta[j]! * p[w + i * nOut + j]!;
        return sum * ACTIVATIONS[hiddenActivation].derFromOutput(a[l - 1]![i]!);
      });
    }
  }
  return { grads, lossSum };
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
});
