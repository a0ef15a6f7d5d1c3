import { describe, expect, it } from 'vitest';
import { accuracy } from '@/engine/metrics';
import { Network } from '@/engine/network';
import { NumpyRandom } from '@/engine/random';
import { evaluateLoss } from '@/engine/train';
import type { Dataset, LossName } from '@/engine/types';
import { setMetrics } from './set-metrics';

describe('setMetrics', () => {
  for (const loss of ['mse', 'bce'] as LossName[]) {
    it(`gives evaluateLoss's and accuracy's exact values (${loss})`, () => {
      const rng = new NumpyRandom(6);
      const count = 40;
      const data: Dataset = {
        inputs: Float64Array.from({ length: 2 * count }, () => rng.rand() * 2 - 1),
        targets: Float64Array.from({ length: count }, () => (rng.rand() < 0.5 ? 0 : 1)),
        count,
        inputSize: 2,
        outputSize: 1,
      };
      const net = Network.create(
        { layerSizes: [2, 5, 1], hiddenActivation: 'tanh', outputActivation: 'sigmoid', loss },
        new NumpyRandom(3),
        'glorot',
      );
      const predictions = new Float64Array(count);
      const { loss: value, accuracy: share } = setMetrics(net, data, predictions);
      expect(value).toBe(evaluateLoss(net, data));
      expect(share).toBe(accuracy(net, data));
      expect(predictions[7]).toBe(net.forward(data.inputs, 14)[0]);
    });
  }
});
