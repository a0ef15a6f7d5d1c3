import type { Workload } from '../workloads.ts';

/** A network being trained by one library on one workload. */
export interface Trainer {
  /** One pass over the workload's samples, in order, updating every `batchSize` samples. */
  epoch(): void;
  /** The net's output for every sample (to check that it learned). */
  predict(): Float64Array;
}

/** A library under test. */
export interface Peer {
  readonly name: string;
  /** Where its math differs from the workload's, in a few words. */
  readonly caveat: string;
  create(w: Workload): Trainer | Promise<Trainer>;
}
