/**
 * Wire format between the page and the trainer worker: data only, no logic.
 * Typed arrays travel by transferring their `.buffer`.
 */
import type { ActivationName, LossName } from '../engine/types';

/** What the trainer needs to build and train a network. */
export interface TrainerConfig {
  readonly hiddenSizes: readonly number[];
  readonly hiddenActivation: ActivationName;
  readonly outputActivation: ActivationName;
  readonly loss: LossName;
  readonly learningRate: number;
  /** Training stops by itself at this epoch. */
  readonly epochTarget: number;
  readonly seed: number;
  /** Epochs per second; 0 means as fast as the engine goes. */
  readonly speed: number;
}

/** Commands from the page. */
export type ToWorker =
  | { readonly type: 'init'; readonly config: TrainerConfig }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step' }
  | { readonly type: 'reset' }
  | { readonly type: 'reseed'; readonly seed: number }
  | { readonly type: 'setLearningRate'; readonly value: number }
  | { readonly type: 'setEpochTarget'; readonly value: number }
  | { readonly type: 'setHiddenSizes'; readonly sizes: readonly number[] }
  | { readonly type: 'setSpeed'; readonly epochsPerSecond: number }
  /** The page drew the last snapshot: the next one may be sent. */
  | { readonly type: 'ack' };

/** The trainer's state at one moment. */
export interface Snapshot {
  /** Epochs trained so far: the weights are those after this many updates. */
  readonly epoch: number;
  /** Loss of the current weights on the whole dataset. */
  readonly loss: number;
  readonly layerSizes: readonly number[];
  /** All weights and biases, laid out as the engine's Network.params (W1, b1, W2, b2, …). */
  readonly params: Float64Array;
  /** Network output for each sample of the dataset. */
  readonly predictions: Float64Array;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly epochsPerSecond: number;
  readonly running: boolean;
  readonly learningRate: number;
  readonly epochTarget: number;
  readonly seed: number;
  /**
   * Loss-curve points since the previous snapshot, decimated in the worker to a few per snapshot
   * (first, lowest, highest, last) so that a million epochs a second never floods the page.
   * lossEpochs[i] is the epoch whose pre-update loss is losses[i].
   */
  readonly lossEpochs: Float64Array;
  readonly losses: Float64Array;
  /** True when the curve starts again (reset, reseed): the page drops its history. */
  readonly historyRestarted: boolean;
}

/** Messages from the worker. */
export type FromWorker =
  | { readonly type: 'snapshot'; readonly snapshot: Snapshot }
  | { readonly type: 'error'; readonly message: string };
