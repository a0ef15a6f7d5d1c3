/**
 * Wire format between the page and the trainer worker: data only, no logic.
 * Typed arrays travel by transferring their `.buffer`.
 */
import type { RunConfig } from '@/engine/run-config';
import type { HistoryRows } from './history-recorder';
import type { PointList, RunRecord } from './run-record';

export type { HistoryRows } from './history-recorder';
export type { RunEdit, RunRecord } from './run-record';

/**
 * What the trainer needs to build and train a network: one value per setting of the run-config
 * table (engine/run-config.ts), where each is documented with its range and default.
 */
export type TrainerConfig = RunConfig;

/** Commands from the page. */
export type ToWorker =
  | { readonly type: 'init'; readonly config: TrainerConfig }
  | { readonly type: 'play' }
  | { readonly type: 'pause' }
  | { readonly type: 'step' }
  /** Back to the same starting weights (same seed); the data stays. */
  | { readonly type: 'reset' }
  /** Any change of settings, applied live; what was learned is kept wherever it can be. */
  | { readonly type: 'configure'; readonly patch: Partial<TrainerConfig> }
  /** New points from a new data seed; the network stays. */
  | { readonly type: 'regenerate' }
  | { readonly type: 'addPoint'; readonly x: number; readonly y: number; readonly label: number }
  | { readonly type: 'erase'; readonly x: number; readonly y: number; readonly radius: number }
  | ({ readonly type: 'importPoints' } & PointList)
  /** Sets one weight or bias by hand (index into params). */
  | { readonly type: 'setParam'; readonly index: number; readonly value: number }
  /** Which neuron the big heatmap shows (index among hidden and output neurons), or the output. */
  | { readonly type: 'focusNeuron'; readonly neuron: number | null }
  /**
   * A new run from saved weights (a link too long for its record, an old model file), as if
   * `epoch` updates had been trained; ignored unless `params` fits the network and is finite.
   */
  | { readonly type: 'load'; readonly epoch: number; readonly params: Float64Array }
  /**
   * A recorded run played back to `epoch` and paused there (a shared link, a model file, a
   * replaced worker); its later edits happen when training reaches them.
   */
  | { readonly type: 'replay'; readonly record: RunRecord; readonly epoch: number }
  /** Time travel: the exact state after `epoch` updates, answered with a `moment` message. */
  | { readonly type: 'moment'; readonly epoch: number }
  /** Time travel's "continue from here": the run goes back to `epoch` and forks there. */
  | { readonly type: 'fork'; readonly epoch: number }
  /**
   * Epochs at which training pauses by itself when it reaches them (a lesson's "pause here"
   * notes), replacing the previous list; kept across resets and new runs.
   */
  | { readonly type: 'pauseAt'; readonly epochs: readonly number[] }
  /** The page drew the last snapshot: the next one may be sent. */
  | { readonly type: 'ack' };

/** Training and test points as drawn on the data plot. */
export interface DataPoints {
  readonly trainX: Float64Array;
  readonly trainY: Float64Array;
  readonly trainLabel: Float64Array;
  readonly testX: Float64Array;
  readonly testY: Float64Array;
  readonly testLabel: Float64Array;
}

/** The network's output over the input plane, and each neuron's own small map. */
export interface Heatmaps {
  readonly domain: readonly [number, number];
  readonly resolution: number;
  /**
   * resolution² values per slice, row 0 at the top (largest y): the focused neuron's map if one
   * is focused, else one slice per output neuron (outputHeatmap).
   */
  readonly output: Float32Array;
  /** Slices in `output`: 1, or the output neurons (a class each) when no neuron is focused. */
  readonly outputSlices: number;
  readonly neuronResolution: number;
  /** One map of neuronResolution² values per hidden and output neuron, in layer order. */
  readonly neurons: Float32Array;
}

/** The trainer's state at one moment. */
export interface Snapshot {
  /** Epochs trained so far: the weights are those after this many updates. */
  readonly epoch: number;
  /** Loss of the current weights on the training set. */
  readonly loss: number;
  readonly testLoss: number;
  /** Share of points on the right side of 0.5; NaN for regression. */
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** Test points by (true class, predicted class), classes × classes row-major (confusionMatrix). */
  readonly testConfusion: Int32Array;
  readonly layerSizes: readonly number[];
  /** All weights and biases, laid out as the engine's Network.params (W1, b1, W2, b2, …). */
  readonly params: Float64Array;
  /** Network output for each training sample (the tutorial's four for XOR). */
  readonly predictions: Float64Array;
  /** Training inputs (features) and targets, matching predictions. */
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly epochsPerSecond: number;
  readonly running: boolean;
  /** Set when training stopped because the loss or a weight stopped being a finite number. */
  readonly diverged: boolean;
  /**
   * The settings these weights were trained with (for exports and time travel). Views show the
   * store's `config`, which a change reaches first.
   */
  readonly trainedWith: TrainerConfig;
  /** Bumped whenever the points change; `points` is sent only then. */
  readonly dataVersion: number;
  readonly points: DataPoints | null;
  /** Sent on their own throttle, independent of the training rate; null between refreshes. */
  readonly heatmaps: Heatmaps | null;
  /**
   * History rows that became final since the previous snapshot (history-recorder.ts): every
   * epoch's losses and accuracies, the same whatever the speed. The current epoch's row is the
   * snapshot's own loss and accuracies until training moves on.
   */
  readonly rows: HistoryRows;
  /** True when the history starts again (a new run): the page drops what it had. */
  readonly historyRestarted: boolean;
  /** Set when the run went back (a fork, a rewind): rows from this epoch on are gone. */
  readonly historyTruncatedAt: number | null;
  /**
   * Settings that a replayed record changed by itself (an edit it made when training reached
   * its epoch) since the previous snapshot: the page's controls follow them.
   */
  readonly followed: Partial<TrainerConfig> | null;
  /** The run's record whenever it changed since the previous snapshot, else null. */
  readonly record: RunRecord | null;
}

/** The exact state after `epoch` updates, rebuilt by replay: what time travel shows. */
export interface Moment {
  readonly epoch: number;
  readonly params: Float64Array;
  readonly layerSizes: readonly number[];
  readonly trainedWith: TrainerConfig;
  readonly loss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  readonly testConfusion: Int32Array;
  /** Outputs, inputs and targets of the training samples of that moment. */
  readonly predictions: Float64Array;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
}

/** Messages from the worker. */
export type FromWorker =
  | { readonly type: 'snapshot'; readonly snapshot: Snapshot }
  /** The answer to a `moment` command; null if the run never reached that epoch. */
  | { readonly type: 'moment'; readonly epoch: number; readonly moment: Moment | null }
  /** fatal: the worker itself failed (an uncaught error), not one command; it must be replaced. */
  | { readonly type: 'error'; readonly message: string; readonly fatal?: boolean };
