import { LOSSES, lossTermsPerSample, type Loss } from './losses.ts';
import type { Network } from './network.ts';
import type { NumpyRandom } from './random.ts';
import { shuffleIndices } from './shuffle.ts';
import type { Dataset } from './types.ts';

/** Plain gradient descent settings. */
export interface TrainOptions {
  /** η in θ ← θ − η · dE/dθ. */
  learningRate: number;
  /** Samples per update; default: the whole dataset (full batch, as the tutorial). */
  batchSize?: number;
  /** 'sum' (default, the tutorial): dE/dθ summed over the batch; 'mean': divided by its length. */
  reduction?: 'sum' | 'mean';
  /** Weight penalty R(w) whose gradient joins every update (biases are never penalised). */
  regularization?: RegularizationName;
  /** λ ≥ 0, the penalty's weight: each step also moves w by −η·λ·R'(w). Default 0. */
  regularizationRate?: number;
  /**
   * If given, the samples are visited in a fresh Fisher–Yates order drawn from this
   * generator every epoch; otherwise in dataset order.
   */
  shuffle?: NumpyRandom;
}

/**
 * The weight penalty: 'l2' is R(w) = ½w² (R' = w), 'l1' is R(w) = |w| (R' = sign w).
 */
export type RegularizationName = 'none' | 'l1' | 'l2';

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
 * Sample order scratch for shuffled epochs. trainEpoch is synchronous and shuffleIndices
 * rewrites the whole prefix it uses, so sharing one buffer cannot leak between calls; it only
 * grows, so steady training allocates nothing.
 */
let orderScratch = new Int32Array(0);

function sampleOrder(count: number, rng: NumpyRandom): Int32Array {
  if (orderScratch.length < count) orderScratch = new Int32Array(count);
  shuffleIndices(orderScratch, count, rng);
  return orderScratch;
}

/** θ ← θ − step · dE/dθ for every parameter: the unregularised update. */
function plainStep(params: Float64Array, grads: Float64Array, step: number): void {
  for (let k = 0; k < params.length; k++) params[k] = params[k]! - step * grads[k]!;
}

/**
 * The update with a penalty on the weights of every layer (biases take the plain step).
 * L2: w ← w − step·g − η·λ·w. L1: w' = w − step·g, then w ← w' − η·λ·sign(w'), set to 0
 * if that would carry it across zero (soft thresholding, the proximal step of |w|; Playground
 * clamps the same way). Unlike Playground the weight is not marked dead: if the data
 * gradient pushes it off zero in a later step, it moves again.
 */
function regularizedStep(net: Network, step: number, kind: 'l1' | 'l2', shrink: number): void {
  const params = net.params;
  const grads = net.grads;
  for (let l = 1; l <= net.layerCount; l++) {
    const b = net.biasOffset(l);
    const end = b + net.layerSize(l);
    if (kind === 'l2') {
      for (let k = net.weightOffset(l); k < b; k++) {
        const w = params[k]!;
        params[k] = w - step * grads[k]! - shrink * w;
      }
    } else {
      for (let k = net.weightOffset(l); k < b; k++) {
        const w = params[k]! - step * grads[k]!;
        params[k] = w > shrink ? w - shrink : w < -shrink ? w + shrink : 0;
      }
    }
    for (let k = b; k < end; k++) params[k] = params[k]! - step * grads[k]!;
  }
}

/** The settings trainEpoch checks before it changes anything; throws on bad ones. */
function checkOptions(options: TrainOptions, count: number): void {
  const batchSize = options.batchSize ?? count;
  if (!Number.isInteger(batchSize) || batchSize < 1) {
    throw new RangeError(`batchSize must be a positive integer, got ${batchSize}`);
  }
  const rate = options.regularizationRate ?? 0;
  if (!(rate >= 0 && rate < Infinity)) {
    throw new RangeError(`regularizationRate must be finite and ≥ 0, got ${rate}`);
  }
}

/** θ ← θ − η · dE/dθ (plus the weight penalty, if any) after a batch of `length` samples. */
function updateAfterBatch(net: Network, options: TrainOptions, length: number): void {
  const { learningRate, reduction = 'sum', regularization = 'none' } = options;
  const rate = options.regularizationRate ?? 0;
  const step = reduction === 'mean' ? learningRate / length : learningRate;
  if (regularization === 'none' || rate === 0) plainStep(net.params, net.grads, step);
  else regularizedStep(net, step, regularization, learningRate * rate);
}

/**
 * One epoch of mini-batch gradient descent. Per batch: zero grads, forward + backward each
 * sample (accumulating dE/dθ; Network.trainBatch), then θ ← θ − η · dE/dθ (plus the weight penalty, if any).
 * Samples go in dataset order unless `shuffle` is given. Returns the mean data loss over
 * samples and outputs (without the penalty), each measured on the forward pass before its
 * batch's update; for full batch that is exactly the loss the tutorial prints. (CE is one loss
 * per sample, not per output: lossTermsPerSample.)
 * NaN for an empty dataset.
 */
export function trainEpoch(net: Network, data: Dataset, options: TrainOptions): number {
  checkShapes(net, data);
  const { inputs, targets, count, outputSize } = data;
  checkOptions(options, count);
  const batchSize = options.batchSize ?? count;
  const order = options.shuffle ? sampleOrder(count, options.shuffle) : null;
  let lossSum = 0;
  for (let start = 0; start < count; start += batchSize) {
    const end = Math.min(start + batchSize, count);
    lossSum = net.trainBatch(inputs, targets, order, start, end, lossSum);
    updateAfterBatch(net, options, end - start);
  }
  return lossSum / (count * lossTermsPerSample(net.spec.loss, outputSize));
}

/** Whether trainEpoch makes one update from the whole of `data`: what FullBatchEpoch splits. */
export function isFullBatch(data: Dataset, options: TrainOptions): boolean {
  return data.count > 0 && (options.batchSize ?? data.count) >= data.count;
}

/**
 * A full-batch trainEpoch in two halves, so that a caller can look at the weights' outputs
 * (which the gradient pass computes anyway) before the update changes them, without a
 * forward pass of its own: `gradients`, then `update`. Together they are trainEpoch, bit for
 * bit and draw for draw (the same batch loop, one iteration). Only for isFullBatch data.
 */
export const fullBatchEpoch = {
  /**
   * dE/dθ over every sample at the current weights, each sample's outputs into `outputs`
   * (count × outputSize); the weights stay as they are. Returns the mean loss, as trainEpoch.
   */
  gradients(net: Network, data: Dataset, options: TrainOptions, outputs: Float64Array): number {
    checkShapes(net, data);
    checkOptions(options, data.count);
    if (!isFullBatch(data, options)) throw new RangeError('not a full-batch epoch');
    const { inputs, targets, count, outputSize } = data;
    const order = options.shuffle ? sampleOrder(count, options.shuffle) : null;
    const lossSum = net.trainBatch(inputs, targets, order, 0, count, 0, outputs);
    return lossSum / (count * lossTermsPerSample(net.spec.loss, outputSize));
  },
  /** The update from the gradients `gradients` left: the epoch's end. */
  update(net: Network, data: Dataset, options: TrainOptions): void {
    updateAfterBatch(net, options, data.count);
  },
};

/**
 * λ · Σ R(w) over every weight (biases excluded): the penalty whose gradient the training
 * step adds, for display beside the data loss. 0 for 'none'.
 */
export function regularizationPenalty(
  net: Network,
  kind: RegularizationName,
  rate: number,
): number {
  if (kind === 'none') return 0;
  const p = net.params;
  let sum = 0;
  for (let l = 1; l <= net.layerCount; l++) {
    const end = net.biasOffset(l);
    for (let k = net.weightOffset(l); k < end; k++) {
      const w = p[k]!;
      sum += kind === 'l2' ? 0.5 * w * w : Math.abs(w);
    }
  }
  return rate * sum;
}

/** Mean loss over samples and outputs (CE: over samples) at the current parameters (NaN for no samples). */
export function evaluateLoss(net: Network, data: Dataset): number {
  checkShapes(net, data);
  const loss = LOSSES[net.spec.loss];
  let lossSum = 0;
  for (let s = 0; s < data.count; s++) {
    const y = net.forward(data.inputs, s * data.inputSize);
    lossSum = addLoss(lossSum, loss, y, data.targets, s * data.outputSize);
  }
  return lossSum / (data.count * lossTermsPerSample(net.spec.loss, data.outputSize));
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
