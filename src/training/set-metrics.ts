/**
 * A set's loss and accuracy from one forward pass per sample. evaluateLoss, accuracy and
 * predictAll each run their own pass; a snapshot needs all three for the training set and
 * two for the test set, so sharing the predictions cuts its forward passes from 5 to 2 per
 * sample. The sums are those of evaluateLoss and accuracy, in the same order: same bits.
 */
import { LOSSES, lossTermsPerSample } from '@/engine/losses';
import { classOf } from '@/engine/metrics';
import type { Network } from '@/engine/network';
import { predictAll } from '@/engine/train';
import type { Dataset } from '@/engine/types';

export interface SetMetrics {
  /** Mean loss over samples and outputs (CE: samples), as evaluateLoss (NaN for no samples). */
  readonly loss: number;
  /** Share classified right, as accuracy()'s default (NaN for no samples). */
  readonly accuracy: number;
}

/** Fills `predictions` (count × outputSize) and returns the loss and accuracy they give. */
export function setMetrics(net: Network, data: Dataset, predictions: Float64Array): SetMetrics {
  predictAll(net, data, predictions);
  return metricsOf(net, data, predictions);
}

/** The loss and accuracy of `predictions`, the outputs of `net` on every sample of `data`. */
export function metricsOf(net: Network, data: Dataset, predictions: Float64Array): SetMetrics {
  const value = LOSSES[net.spec.loss].value;
  const total = data.count * data.outputSize;
  let lossSum = 0;
  for (let k = 0; k < total; k++) lossSum += value(predictions[k]!, data.targets[k]!);
  const n = data.outputSize;
  let right = 0;
  for (let at = 0; at < total; at += n) {
    if (classOf(predictions, at, n) === classOf(data.targets, at, n)) right++;
  }
  const terms = data.count * lossTermsPerSample(net.spec.loss, n);
  return { loss: lossSum / terms, accuracy: right / data.count };
}
