import { describe, expect, it } from 'vitest';
import { generatePoints, splitTrainTest } from './datasets.ts';
import { toDataset } from './features.ts';
import { accuracy } from './metrics.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { evaluateLoss, trainEpoch } from './train.ts';

describe('Playground-style training end to end', () => {
  it('a 2-8-8-1 tanh net learns the circle: ≥ 95 % test accuracy within 100 epochs', () => {
    // Seed 0 first passes 95 % at epoch 23 (seeds 0–7: 14–50), so 100 leaves a wide margin.
    const rng = new NumpyRandom(0);
    const { train, test } = splitTrainTest(generatePoints('circle', 500, 0, rng), 0.5, rng);
    const trainData = toDataset(train, ['x1', 'x2']);
    const testData = toDataset(test, ['x1', 'x2']);
    const spec = {
      layerSizes: [2, 8, 8, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'bce',
    } as const;
    const net = Network.create(spec, rng, 'glorot');
    const options = { learningRate: 0.03, batchSize: 10, reduction: 'mean', shuffle: rng } as const;
    const before = evaluateLoss(net, testData);
    expect(accuracy(net, testData)).toBeLessThan(0.8);
    for (let epoch = 0; epoch < 100; epoch++) trainEpoch(net, trainData, options);
    expect(accuracy(net, testData)).toBeGreaterThanOrEqual(0.95);
    expect(accuracy(net, trainData)).toBeGreaterThanOrEqual(0.95);
    expect(evaluateLoss(net, testData)).toBeLessThan(before / 2);
  });

  it('x₁x₂ alone separates xor-quadrants with no hidden layer', () => {
    const rng = new NumpyRandom(1);
    const { train, test } = splitTrainTest(generatePoints('xor-quadrants', 500, 0, rng), 0.5, rng);
    const spec = {
      layerSizes: [1, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'bce',
    } as const;
    const net = Network.create(spec, rng, 'glorot');
    const trainData = toDataset(train, ['x1x2']);
    const options = { learningRate: 0.03, batchSize: 10, reduction: 'mean', shuffle: rng } as const;
    for (let epoch = 0; epoch < 20; epoch++) trainEpoch(net, trainData, options);
    expect(accuracy(net, toDataset(test, ['x1x2']))).toBeGreaterThanOrEqual(0.98);
  });
});
