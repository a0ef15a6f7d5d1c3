import type { Network } from './network.ts';
import type { Dataset } from './types.ts';

/**
 * The fraction of outputs classified right: output y and target t agree when
 * (y ≥ threshold) = (t ≥ threshold). 0.5 suits sigmoid outputs with 0/1 targets; for tanh
 * outputs with ±1 targets pass 0. Counts every output of every sample; NaN for no samples.
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
    for (let j = 0; j < n; j++) {
      if (y[j]! >= threshold === data.targets[s * n + j]! >= threshold) right++;
    }
  }
  return right / (data.count * n);
}
