import { LOSSES, type Loss } from './losses.ts';
import type { Network } from './network.ts';
import type { Dataset } from './types.ts';

/** Plain gradient descent settings. */
export interface TrainOptions {
  /** η in θ ← θ − η · dE/dθ. */
  learningRate: number;
  /** Samples per update; default: the whole dataset (full batch, as the tutorial). */
  batchSize?: number;
  /** 'sum' (default, the tutorial): dE/dθ summed over the batch; 'mean': divided by its length. */
  reduction?: 'sum' | 'mean';
}

function checkShapes(net: Network, data: Dataset): void {
  const L = net.layerCount;
  if (data.inputSize !== net.layerSize(0) || data.outputSize !== net.layerSize(L)) {
    throw new RangeError(
      `dataset is ${data.inputSize}→${data.outputSize}, network ${net.layerSize(0)}→${net.layerSize(L)}`,
    );
  }
  if (
    data.inputs.length < data.count * data.inputSize ||
    data.targets.length < data.count * data.outputSize
  ) {
    throw new RangeError('dataset arrays are shorter than count × size');
  }
}

/** acc + Σ_j E(y[j], targets[offset + j]), added one output at a time (NumPy's np.mean order). */
function addLoss(acc: number, loss: Loss, y: Float64Array, targets: Float64Array, offset: number) {
  let sum = acc;
  for (let j = 0; j < y.length; j++) sum += loss.value(y[j]!, targets[offset + j]!);
  return sum;
}

/**
 * One epoch of mini-batch gradient descent over the samples in order. Per batch: zero
 * grads, forward + backward each sample (accumulating dE/dθ), then θ ← θ − η · dE/dθ.
 * Returns the mean loss over samples and outputs, each measured on the forward pass before
 * its batch's update; for full batch that is exactly the loss the tutorial prints.
 * NaN for an empty dataset.
 */
export function trainEpoch(net: Network, data: Dataset, options: TrainOptions): number {
  checkShapes(net, data);
  const { learningRate, reduction = 'sum' } = options;
  const batchSize = options.batchSize ?? data.count;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const { inputs, targets, count, inputSize, outputSize } = data;
  const params = net.params;
  const grads = net.grads;
  const nParams = params.length;
  const loss = LOSSES[net.spec.loss];
  let lossSum = 0;
  for (let start = 0; start < count; start += batchSize) {
    const end = Math.min(start + batchSize, count);
    net.zeroGrads();
    for (let s = start; s < end; s++) {
      const y = net.forward(inputs, s * inputSize);
      lossSum = addLoss(lossSum, loss, y, targets, s * outputSize);
      net.backward(targets, s * outputSize);
    }
    const step = reduction === 'mean' ? learningRate / (end - start) : learningRate;
    for (let k = 0; k < nParams; k++) params[k] = params[k]! - step * grads[k]!;
  }
  return lossSum / (count * outputSize);
}

/** Mean loss over samples and outputs at the current parameters (NaN for no samples). */
export function evaluateLoss(net: Network, data: Dataset): number {
  checkShapes(net, data);
  const loss = LOSSES[net.spec.loss];
  let lossSum = 0;
  for (let s = 0; s < data.count; s++) {
    const y = net.forward(data.inputs, s * data.inputSize);
    lossSum = addLoss(lossSum, loss, y, data.targets, s * data.outputSize);
  }
  return lossSum / (data.count * data.outputSize);
}

/** Writes every sample's outputs into `out` (row-major, count × outputSize). */
export function predictAll(net: Network, data: Dataset, out: Float64Array): void {
  checkShapes(net, data);
  const n = data.outputSize;
  if (out.length < data.count * n) throw new RangeError('out is shorter than count × outputSize');
  for (let s = 0; s < data.count; s++) {
    const y = net.forward(data.inputs, s * data.inputSize);
    for (let j = 0; j < n; j++) out[s * n + j] = y[j]!;
  }
}
