import { describe, expect, it } from 'vitest';
import { xorDataset } from './datasets.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { evaluateLoss, predictAll, trainEpoch } from './train.ts';
import { tutorialSpec } from './tutorial.ts';

function tutorialNet(): Network {
  return Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
}

describe('trainEpoch', () => {
  it('returns the loss measured before the update (what the tutorial prints)', () => {
    const net = tutorialNet();
    const data = xorDataset();
    const before = evaluateLoss(net, data);
    expect(trainEpoch(net, data, { learningRate: 1 })).toBe(before);
    expect(evaluateLoss(net, data)).toBeLessThan(before);
  });

  it('learns XOR with the tutorial net: loss < 0.005 after 1000 epochs, < 0.001 after 2000', () => {
    const net = tutorialNet();
    const data = xorDataset();
    const predictions = new Float64Array(4);
    for (let epoch = 0; epoch < 1000; epoch++) trainEpoch(net, data, { learningRate: 1 });
    expect(evaluateLoss(net, data)).toBeLessThan(0.005);
    predictAll(net, data, predictions);
    expect(Array.from(predictions, Math.round)).toEqual([0, 1, 1, 0]);
    for (let epoch = 0; epoch < 1000; epoch++) trainEpoch(net, data, { learningRate: 1 });
    expect(evaluateLoss(net, data)).toBeLessThan(0.001);
    predictAll(net, data, predictions);
    predictions.forEach((p, s) =>
      expect(Math.abs(p - (data.targets[s] ?? NaN))).toBeLessThan(0.05),
    );
  });

  it("'mean' divides the summed gradient by the batch length", () => {
    const data = xorDataset();
    const summed = tutorialNet();
    const meaned = tutorialNet();
    trainEpoch(summed, data, { learningRate: 0.25 });
    trainEpoch(meaned, data, { learningRate: 1, reduction: 'mean' });
    expect(Array.from(meaned.params)).toEqual(Array.from(summed.params));
  });

  it('batchSize 1 updates after every sample, in sample order', () => {
    const data = xorDataset();
    const sgd = tutorialNet();
    const manual = tutorialNet();
    trainEpoch(sgd, data, { learningRate: 0.5, batchSize: 1 });
    for (let s = 0; s < data.count; s++) {
      manual.zeroGrads();
      manual.forward(data.inputs, s * 2);
      manual.backward(data.targets, s);
      manual.params.forEach((p, k) => (manual.params[k] = p - 0.5 * (manual.grads[k] ?? NaN)));
    }
    expect(Array.from(sgd.params)).toEqual(Array.from(manual.params));
  });

  it('rejects a dataset of the wrong shape and a bad batch size', () => {
    const net = Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
    const data = { ...xorDataset(), inputSize: 3 };
    expect(() => trainEpoch(net, data, { learningRate: 1 })).toThrow(RangeError);
    expect(() => trainEpoch(net, xorDataset(), { learningRate: 1, batchSize: 0 })).toThrow(
      RangeError,
    );
  });
});
