import type { Network } from './network.ts';
import type { Dataset } from './types.ts';

/**
 * The class a row of k values stands for: for one output, 1 if it is ≥ threshold, else 0; for
 * k ≥ 2 outputs (one per class, softmax or one-hot), the index of the largest (the first on a
 * tie). NaN outputs never win, so a row of NaN reads as class 0.
 */
export function classOf(values: ArrayLike<number>, offset: number, k: number, threshold = 0.5) {
  if (k === 1) return values[offset]! >= threshold ? 1 : 0;
  let best = 0;
  for (let j = 1; j < k; j++) if (values[offset + j]! > values[offset + best]!) best = j;
  return best;
}

/** Classes a set with k outputs has: 2 for one output (below or above the threshold), else k. */
export function classCountOf(outputSize: number): number {
  return outputSize === 1 ? 2 : outputSize;
}

/**
 * Counts of (true class, predicted class) over the samples: row-major, classes × classes, row =
 * the target's class, column = the prediction's (classOf). `predictions` and `targets` are
 * row-major count × outputSize, as predictAll writes them.
 */
export function confusionMatrix(
  predictions: ArrayLike<number>,
  targets: ArrayLike<number>,
  outputSize: number,
  threshold = 0.5,
): Int32Array {
  const classes = classCountOf(outputSize);
  const counts = new Int32Array(classes * classes);
  const count = Math.floor(targets.length / outputSize);
  for (let s = 0, at = 0; s < count; s++, at += outputSize) {
    const truth = classOf(targets, at, outputSize, threshold);
    const predicted = classOf(predictions, at, outputSize, threshold);
    counts[truth * classes + predicted]!++;
  }
  return counts;
}

/**
 * The fraction classified right. One output: output y and target t agree when
 * (y ≥ threshold) = (t ≥ threshold), counted per output (0.5 suits sigmoid outputs with 0/1
 * targets; for tanh outputs with ±1 targets pass 0). Several outputs: a sample is right when its
 * largest output is its target's class. NaN for no samples.
 *
 * @throws RangeError if the dataset does not fit the network.
 */
export function accuracy(net: Network, data: Dataset, threshold = 0.5): number {
  const n = data.outputSize;
  if (data.inputSize !== net.layerSize(0) || n !== net.layerSize(net.layerCount)) {
    throw new RangeError('dataset and network sizes differ');
  }
  let right = 0;
  for (let s = 0; s < data.count; s++) {
    const y = net.forward(data.inputs, s * data.inputSize);
    if (n > 1) {
      if (classOf(y, 0, n) === classOf(data.targets, s * n, n)) right++;
      continue;
    }
    if (y[0]! >= threshold === data.targets[s]! >= threshold) right++;
  }
  return right / data.count;
}
