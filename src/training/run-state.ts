/**
 * Everything that decides a run's numbers: settings, points, network, random streams and
 * epoch. Deterministic: the same edits at the same epochs give the same state, bit for bit,
 * which is what replay, checkpoints and shared links rely on. Clone it to branch off.
 */
import { changeInputs } from '@/engine/features';
import { LIMITS } from '@/engine/limits';
import { Network } from '@/engine/network';
import { confusionMatrix } from '@/engine/metrics';
import { changeOutputs } from '@/engine/outputs';
import { NumpyRandom } from '@/engine/random';
import { resizeHidden } from '@/engine/resize';
import { outputCountOf, specOf } from '@/engine/run-config';
import { fullBatchEpoch, isFullBatch, trainEpoch, type TrainOptions } from '@/engine/train';
import type { HistoryRow } from './history-recorder';
import type { Moment, TrainerConfig } from './protocol';
import type { RunEdit, RunOrigin } from './run-record';
import { SessionData } from './session-data';
import { metricsOf, setMetrics, type SetMetrics } from './set-metrics';

/** Seeds derived from the run's seed, one per purpose, so that each stream is repeatable. */
export const SEED_OFFSET = { growth: 1, shuffle: 2, data: 3 } as const;

/** A seed for one purpose; wraps at 2³² like NumPy's seed range. */
export function derivedSeed(seed: number, offset: number): number {
  return (seed + offset) >>> 0;
}

type MutableRow = { -readonly [K in keyof HistoryRow]: HistoryRow[K] };

const emptyRow = (): MutableRow => ({
  epoch: 0,
  trainLoss: NaN,
  testLoss: NaN,
  trainAccuracy: NaN,
  testAccuracy: NaN,
});

export class RunState {
  config: TrainerConfig;
  data: SessionData;
  dataSeed: number;
  net: Network;
  /** Draws the incoming weights of neurons and inputs added while training. */
  growthRng: NumpyRandom;
  shuffleRng: NumpyRandom;
  epoch = 0;
  /** Outputs of the last measure(), per training and test sample (one array if the sets are one). */
  trainPredictions = new Float64Array(0);
  testPredictions = new Float64Array(0);
  private options: { config: TrainerConfig; set: unknown; value: TrainOptions } | null = null;
  /** beginEpoch left a full-batch epoch's gradients for finishEpoch's update. */
  private gradientsReady = false;
  /** The row beginEpoch fills and returns each time: no object per epoch. */
  private epochRow: MutableRow = emptyRow();

  /** The run's start: fresh points and weights from the config's seed (or saved weights). */
  constructor(config: TrainerConfig, origin: RunOrigin | null = null) {
    this.config = config;
    this.dataSeed = derivedSeed(config.seed, SEED_OFFSET.data);
    this.data = new SessionData(config, this.dataSeed);
    this.net = Network.create(specOf(config), new NumpyRandom(config.seed), config.init);
    this.growthRng = new NumpyRandom(derivedSeed(config.seed, SEED_OFFSET.growth));
    this.shuffleRng = new NumpyRandom(derivedSeed(config.seed, SEED_OFFSET.shuffle));
    if (origin && origin.params.length === this.net.params.length) {
      this.net.params.set(origin.params);
      this.epoch = origin.epoch;
    }
  }

  /** An independent copy: training one does not move the other. */
  clone(): RunState {
    const copy = Object.create(RunState.prototype) as RunState;
    Object.assign(copy, this);
    copy.data = this.data.clone();
    copy.net = Network.fromParams(this.net.spec, this.net.params.slice());
    copy.growthRng = this.growthRng.clone();
    copy.shuffleRng = this.shuffleRng.clone();
    copy.trainPredictions = this.trainPredictions.slice();
    copy.testPredictions =
      this.testPredictions === this.trainPredictions
        ? copy.trainPredictions
        : this.testPredictions.slice();
    copy.options = null;
    copy.gradientsReady = false;
    copy.epochRow = emptyRow();
    return copy;
  }

  /** Loss and accuracy of the current weights on both sets: the history's row for this epoch. */
  measure(): HistoryRow {
    const train = setMetrics(this.net, this.data.trainSet, this.trainOutputs());
    return this.rowWith(train, emptyRow());
  }

  /**
   * An epoch's first half: its history row (as measure() gives it). A full-batch epoch also
   * computes its gradients here, from the very forward pass that gives the training outputs,
   * so the row costs no pass of its own; the weights change only in finishEpoch. The row is
   * overwritten by the next call: copy what you keep.
   */
  beginEpoch(): HistoryRow {
    const set = this.data.trainSet;
    const options = this.trainOptions();
    if (!isFullBatch(set, options)) return this.measure();
    const outputs = this.trainOutputs();
    fullBatchEpoch.gradients(this.net, set, options, outputs);
    this.gradientsReady = true;
    return this.rowWith(metricsOf(this.net, set, outputs), this.epochRow);
  }

  /** The epoch's second half: the update (or, after a measure() only, the whole epoch). */
  finishEpoch(): void {
    if (!this.gradientsReady) return this.train();
    this.gradientsReady = false;
    fullBatchEpoch.update(this.net, this.data.trainSet, this.trainOptions());
    this.epoch++;
  }

  private trainOutputs(): Float64Array {
    const { trainSet } = this.data;
    const size = trainSet.count * trainSet.outputSize;
    if (this.trainPredictions.length !== size) this.trainPredictions = new Float64Array(size);
    return this.trainPredictions;
  }

  /** `row` filled for the weights now, given the training set's metrics (test: measured here). */
  private rowWith(train: SetMetrics, row: MutableRow): HistoryRow {
    // The tutorial's XOR tests on its training points: one pass says both, one array holds both.
    let test = train;
    if (this.data.test === this.data.train) {
      this.testPredictions = this.trainPredictions;
    } else {
      const { testSet } = this.data;
      const size = testSet.count * testSet.outputSize;
      if (this.testPredictions.length !== size || this.testPredictions === this.trainPredictions) {
        this.testPredictions = new Float64Array(size);
      }
      test = setMetrics(this.net, testSet, this.testPredictions);
    }
    const regression = this.data.regression;
    row.epoch = this.epoch;
    row.trainLoss = train.loss;
    row.testLoss = test.loss;
    row.trainAccuracy = regression ? NaN : train.accuracy;
    row.testAccuracy = regression ? NaN : test.accuracy;
    return row;
  }

  /** The test points by (true class, predicted class) at the last measure(). */
  testConfusion(): Int32Array {
    const { testSet } = this.data;
    return confusionMatrix(this.testPredictions, testSet.targets, testSet.outputSize);
  }

  /** This state as time travel shows it: weights, settings, metrics and outputs. */
  moment(): Moment {
    const row = this.measure();
    return {
      epoch: this.epoch,
      params: this.net.params.slice(),
      layerSizes: [...this.net.spec.layerSizes],
      trainedWith: this.config,
      loss: row.trainLoss,
      testLoss: row.testLoss,
      trainAccuracy: row.trainAccuracy,
      testAccuracy: row.testAccuracy,
      testConfusion: this.testConfusion(),
      predictions: this.trainPredictions.slice(),
      inputs: this.data.trainSet.inputs.slice(),
      targets: this.data.trainSet.targets.slice(),
    };
  }

  /** One epoch of training: one pass over the training set, `epoch` + 1. */
  train(): void {
    this.gradientsReady = false;
    trainEpoch(this.net, this.data.trainSet, this.trainOptions());
    this.epoch++;
  }

  /** Applies an edit as it was made live; returns whether the network or points changed. */
  apply(edit: RunEdit): boolean {
    switch (edit.kind) {
      case 'configure':
        return this.configure(edit.patch);
      case 'setParam':
        if (!Number.isInteger(edit.index) || edit.index < 0) return false;
        if (edit.index >= this.net.params.length || !Number.isFinite(edit.value)) return false;
        if (Math.abs(edit.value) > LIMITS.typedWeight.max) return false;
        this.net.params[edit.index] = edit.value;
        return true;
      case 'addPoint':
        this.data.addPoint(edit.x, edit.y, edit.label);
        return true;
      case 'erase':
        this.data.erase(edit.x, edit.y, edit.radius);
        return true;
      case 'points':
        this.data.importPoints(edit);
        return true;
      case 'regenerate':
        this.dataSeed = (this.dataSeed + 1) >>> 0;
        this.data.regenerate(this.config, this.dataSeed, true);
        return true;
    }
  }

  /**
   * A change of settings, keeping the learned weights wherever the change allows. A new seed
   * is a new run: callers start one (see Trainer.configure) rather than apply it here.
   */
  configure(patch: Partial<TrainerConfig>): boolean {
    const old = this.config;
    const next = { ...old, ...patch };
    this.config = next;
    const changed = (key: keyof TrainerConfig) =>
      key in patch && JSON.stringify(old[key]) !== JSON.stringify(next[key]);
    let reshaped = false;
    if (
      changed('dataset') ||
      changed('noise') ||
      changed('trainFraction') ||
      changed('pointCount')
    ) {
      // The learner's drawing belongs to its dataset; new noise, split or count keep it.
      this.data.regenerate(next, this.dataSeed, changed('dataset'));
      reshaped = true;
    }
    if (changed('features')) {
      this.net = changeInputs(this.net, old.features, next.features, this.growthRng);
      this.data.rebuildFor(next);
      reshaped = true;
    }
    const outputs = outputCountOf(next);
    if (outputs !== this.net.layerSize(this.net.layerCount)) {
      this.net = changeOutputs(this.net, outputs, this.growthRng);
      this.data.rebuildFor(next);
      reshaped = true;
    }
    if (changed('hiddenSizes')) {
      this.net = resizeHidden(this.net, next.hiddenSizes, this.growthRng);
      reshaped = true;
    }
    if (changed('hiddenActivation') || changed('outputActivation') || changed('loss')) {
      this.net = Network.fromParams(specOf(next, this.net.spec.layerSizes), this.net.params);
      reshaped = true;
    }
    return reshaped;
  }

  private trainOptions(): TrainOptions {
    const set = this.data.trainSet;
    const cached = this.options;
    if (cached?.config === this.config && cached.set === set) return cached.value;
    const { learningRate, batchSize, reduction, regularization, regularizationRate } = this.config;
    const value: TrainOptions = {
      learningRate,
      batchSize: batchSize > 0 ? Math.min(batchSize, set.count) : undefined,
      reduction,
      regularization,
      regularizationRate,
      shuffle: batchSize > 0 ? this.shuffleRng : undefined,
    };
    this.options = { config: this.config, set, value };
    return value;
  }
}

/**
 * Trains `state` to `epoch`, applying each of `edits` (those not yet in the state, in order)
 * when the run reaches its epoch; edits at `epoch` itself too. The live run never trained past
 * a point where the loss blew up, so a replay of its edits never does either.
 */
export function advance(state: RunState, epoch: number, edits: readonly RunEdit[]): void {
  let next = 0;
  for (;;) {
    while (next < edits.length && edits[next]!.epoch <= state.epoch) state.apply(edits[next++]!);
    if (state.epoch >= epoch) return;
    state.train();
  }
}
