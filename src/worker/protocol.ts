/**
 * Wire format between the page and the trainer worker: data only, no logic.
 * Typed arrays travel by transferring their `.buffer`.
 */
import type { DatasetName } from '../engine/datasets';
import type { FeatureName } from '../engine/features';
import type { InitName } from '../engine/network';
import type { ActivationName, LossName } from '../engine/types';

export type RegularizationName = 'none' | 'l1' | 'l2';

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
  readonly dataset: DatasetName;
  /** 0–0.5: label flips, blob spread or jitter, depending on the dataset. */
  readonly noise: number;
  /** Share of the points used for training (0.1–0.9); the rest are the test set. */
  readonly trainFraction: number;
  /** Samples per update; 0 means the whole training set (full batch, as the tutorial). */
  readonly batchSize: number;
  /** Inputs computed from each point (x1, x2, x1², …), in FEATURES order. */
  readonly features: readonly FeatureName[];
  readonly regularization: RegularizationName;
  readonly regularizationRate: number;
  /** How fresh weights are drawn: the tutorial's U[0,1) or Glorot. */
  readonly init: InitName;
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
