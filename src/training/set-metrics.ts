/**
 * A set's loss and accuracy from one forward pass per sample. evaluateLoss, accuracy and
 * predictAll each run their own pass; a snapshot needs all three for the training set and
 * two for the test set, so sharing the predictions cuts its forward passes from 5 to 2 per
 * sample. The sums are those of evaluateLoss and accuracy, in the same order: same bits.
 */
import { LOSSES } from '@/engine/losses';
import type { Network } from '@/engine/network';
import { predictAll } from '@/engine/train';
import type { Dataset } from '@/engine/types';

export interface SetMetrics {
  /** Mean loss over samples and outputs, as evaluateLoss (NaN for no samples). */
  readonly loss: number;
  /** Share of outputs on the right side of 0.5, as accuracy()'s default (NaN for no samples). */
  readonly accuracy: number;
}

/** Fills `predictions` (count × outputSize) and returns the loss and accuracy they give. */
export function setMetrics(net: Network, data: Dataset, predictions: Float64Array): SetMetrics {
  predictAll(net, data, predictions);
  const value = LOSSES[net.spec.loss].value;
  const total = data.count * data.outputSize;
  let lossSum = 0;
  let right = 0;
  for (let k = 0; k < total; k++) {
    const y = predictions[k]!;
    const t = data.targets[k]!;
    lossSum += value(y, t);
    if (y >= 0.5 === t >= 0.5) right++;
  }
  return { loss: lossSum / total, accuracy: right / total };
}
