import { xorDataset } from '../src/engine/datasets.ts';
import type { Dataset } from '../src/engine/types.ts';
import { playgroundSpiral } from './spiral.ts';

/** One benchmark task; every peer trains the same net on the same samples in the same order. */
export interface Workload {
  readonly id: 'W1' | 'W2' | 'W3';
  readonly title: string;
  /** Neurons per layer, input first. */
  readonly layerSizes: readonly number[];
  /** Used by every layer, output included (W1: the tutorial; W2/W3: Playground's tanh output). */
  readonly activation: 'sigmoid' | 'tanh';
  readonly learningRate: number;
  readonly batchSize: number;
  /** How a batch's gradients combine: 'sum' (the tutorial) or 'mean' (Playground). */
  readonly reduction: 'sum' | 'mean';
  readonly data: Dataset;
  /** Throughput unit: W1 counts epochs, W2/W3 samples. */
  readonly unit: 'epochs/s' | 'samples/s';
}

const spiral = playgroundSpiral(500, 0, 1);

/** W1–W3 of the performance issue. Loss is ½(y − t)² everywhere (dE/dy = y − t). */
export const WORKLOADS: readonly Workload[] = [
  {
    id: 'W1',
    title: 'XOR 2-3-1 sigmoid, full batch, η 1',
    layerSizes: [2, 3, 1],
    activation: 'sigmoid',
    learningRate: 1,
    batchSize: 4,
    reduction: 'sum',
    data: xorDataset(),
    unit: 'epochs/s',
  },
  {
    id: 'W2',
    title: 'spiral 500, 2-8-8-8-1 tanh, batch 10, SGD 0.03',
    layerSizes: [2, 8, 8, 8, 1],
    activation: 'tanh',
    learningRate: 0.03,
    batchSize: 10,
    reduction: 'mean',
    data: spiral,
    unit: 'samples/s',
  },
  {
    id: 'W3',
    title: 'spiral 500, 2-(8×6)-1 tanh, batch 10, SGD 0.03',
    layerSizes: [2, 8, 8, 8, 8, 8, 8, 1],
    activation: 'tanh',
    learningRate: 0.03,
    batchSize: 10,
    reduction: 'mean',
    data: spiral,
    unit: 'samples/s',
  },
];

/** Per-sample learning rate that gives a summed batch the workload's step (for online peers). */
export function sumEquivalentRate(w: Workload): number {
  return w.reduction === 'sum' ? w.learningRate : w.learningRate / w.batchSize;
}

/** Mean ½(y − t)² over the workload's samples: the learning check printed in the table. */
export function halfSquaredError(w: Workload, outputs: ArrayLike<number>): number {
  let sum = 0;
  for (let s = 0; s < w.data.count; s++) {
    const d = outputs[s]! - w.data.targets[s]!;
    sum += 0.5 * d * d;
  }
  return sum / w.data.count;
}

/** The sample's inputs as a plain array (for peers that take arrays). */
export function sampleInputs(w: Workload, s: number): number[] {
  const n = w.data.inputSize;
  return Array.from(w.data.inputs.subarray(s * n, (s + 1) * n));
}
