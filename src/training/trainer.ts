/**
 * The training session the worker owns: builds the network and data from a config, trains in
 * time slices, applies live changes while keeping what was learned, and produces snapshots.
 * Free of worker globals, so it runs (and is tested) in Node too.
 */
import { changeInputs } from '@/engine/features';
import { Network } from '@/engine/network';
import { NumpyRandom } from '@/engine/random';
import { resizeHidden } from '@/engine/resize';
import { trainEpoch, type TrainOptions } from '@/engine/train';
import { specOf } from '@/engine/run-config';
import { HeatmapPainter } from './heatmap-painter';
import { LossChunk } from './loss-chunk';
import type { Snapshot, TrainerConfig } from './protocol';
import { SessionData } from './session-data';
import { Pace } from './pace';
import { setMetrics } from './set-metrics';

/**
 * A loss past this (or NaN) means training has blown up: long before floats overflow, the
 * weights are useless and the picture says nothing. Far above any honest loss (BCE of a sure,
 * wrong answer is about 28).
 */
const EXPLODED_LOSS = 1e6;
/** Settings that change how training proceeds but not the network, the data or the maps. */
const TRAINING_ONLY: ReadonlySet<string> = new Set<keyof TrainerConfig>([
  'learningRate',
  'epochTarget',
  'speed',
  'batchSize',
  'reduction',
  'regularization',
  'regularizationRate',
]);

/** Seeds derived from the run's seed, one per purpose, so that each stream is repeatable. */
export const SEED_OFFSET = { growth: 1, shuffle: 2, data: 3 } as const;

export class Trainer {
  private config: TrainerConfig;
  private data: SessionData;
  private dataSeed: number;
  private net: Network;
  /** Draws the incoming weights of neurons and inputs added while training. */
  private growthRng: NumpyRandom;
  private shuffleRng: NumpyRandom;
  private epoch = 0;
  private running = false;
  private diverged = false;
  /** Parameters at the start of the last epoch whose loss was finite: where divergence rewinds to. */
  private lastGood: Float64Array;
  private lastGoodEpoch = 0;
  private scratch: Float64Array;
  /** Epochs between clock reads, adapted so that reads are about CLOCK_READ_MS apart. */
  /** trainEpoch's options, rebuilt only when the config, training set or shuffle stream changes. */
  private options: {
    config: TrainerConfig;
    set: unknown;
    rng: NumpyRandom;
    value: TrainOptions;
  } | null = null;
  /** Test-set predictions for the snapshot's metrics (kept: unlike the training set's, not sent). */
  private testPredictions = new Float64Array(0);
  private readonly chunk = new LossChunk();
  private historyRestarted = true;
  private historyTruncatedAt: number | null = null;
  private sentDataVersion = -1;
  /** Start of the current paced stretch, for slow-motion speeds. */
  private readonly pace = new Pace();
  private readonly painter = new HeatmapPainter();

  constructor(config: TrainerConfig) {
    this.config = config;
    this.dataSeed = derivedSeed(config.seed, SEED_OFFSET.data);
    this.data = new SessionData(config, this.dataSeed);
    this.net = this.freshNetwork();
    this.growthRng = new NumpyRandom(derivedSeed(config.seed, SEED_OFFSET.growth));
    this.shuffleRng = new NumpyRandom(derivedSeed(config.seed, SEED_OFFSET.shuffle));
    this.lastGood = this.net.params.slice();
    this.scratch = this.net.params.slice();
  }

  get isRunning(): boolean {
    return this.running;
  }

  get currentConfig(): TrainerConfig {
    return this.config;
  }

  play(now: number): void {
    if (this.epoch >= this.config.epochTarget) return;
    this.running = true;
    this.diverged = false;
    this.pace.restart(now, this.epoch);
  }

  pause(): void {
    this.running = false;
  }

  /** One epoch, whatever the target. */
  step(): void {
    this.running = false;
    this.diverged = false;
    this.trainOne();
    this.painter.invalidate();
  }

  /** Back to the starting weights of the same seed: the identical run again. */
  reset(): void {
    this.running = false;
    this.diverged = false;
    this.net = this.freshNetwork();
    this.growthRng = new NumpyRandom(derivedSeed(this.config.seed, SEED_OFFSET.growth));
    this.shuffleRng = new NumpyRandom(derivedSeed(this.config.seed, SEED_OFFSET.shuffle));
    this.epoch = 0;
    this.chunk.take();
    this.historyRestarted = true;
    this.afterNetworkChange();
  }

  /** New points from the next data seed; the network keeps its weights. */
  regenerate(): void {
    this.dataSeed = (this.dataSeed + 1) >>> 0;
    this.data.regenerate(this.config, this.dataSeed);
    this.painter.invalidate();
  }

  addPoint(x: number, y: number, label: number): void {
    this.data.addPoint(x, y, label);
    this.painter.invalidate();
  }

  erase(x: number, y: number, radius: number): void {
    this.data.erase(x, y, radius);
    this.painter.invalidate();
  }

  setParam(index: number, value: number): void {
    if (!Number.isInteger(index) || index < 0 || index >= this.net.params.length) return;
    if (!Number.isFinite(value)) return;
    this.net.params[index] = value;
    this.afterNetworkChange();
  }

  /**
   * Saved weights after `epoch` updates replace the current ones; the loss curve starts again
   * there. Anything that does not fit the network (length, non-finite values, epoch) is ignored:
   * the page validates first, this only keeps a bad message from breaking the session.
   */
  load(epoch: number, params: Float64Array): void {
    if (this.placeWeights(epoch, params)) this.historyRestarted = true;
  }

  /**
   * Time travel's "continue from here": the weights the page kept at `epoch` go back in place and
   * the loss curve is cut there, so the run forks. Ignored, as load, unless the params fit.
   */
  restore(epoch: number, params: Float64Array): void {
    if (this.placeWeights(epoch, params)) {
      this.historyTruncatedAt = Math.min(epoch, this.historyTruncatedAt ?? Infinity);
    }
  }

  /** Puts weights and epoch in place, paused; false (and nothing changed) if they do not fit. */
  private placeWeights(epoch: number, params: Float64Array): boolean {
    if (params.length !== this.net.params.length || !params.every(Number.isFinite)) return false;
    if (!Number.isInteger(epoch) || epoch < 0) return false;
    this.running = false;
    this.diverged = false;
    this.net.params.set(params);
    this.epoch = epoch;
    this.chunk.take();
    this.afterNetworkChange();
    return true;
  }

  focusNeuron(neuron: number | null): void {
    this.painter.focus(neuron);
  }

  setSpeed(now: number): void {
    this.pace.rebase(now, this.epoch);
  }

  /** Applies a change of settings live, keeping the learned weights wherever the change allows. */
  configure(patch: Partial<TrainerConfig>, now: number): void {
    const old = this.config;
    const next = { ...old, ...patch };
    this.config = next;
    const changed = <K extends keyof TrainerConfig>(key: K) =>
      key in patch && JSON.stringify(old[key]) !== JSON.stringify(next[key]);

    if (changed('seed')) {
      this.dataSeed = derivedSeed(next.seed, SEED_OFFSET.data);
      this.data.regenerate(next, this.dataSeed);
      this.reset();
      return;
    }
    if (
      changed('dataset') ||
      changed('noise') ||
      changed('trainFraction') ||
      changed('pointCount')
    ) {
      this.data.regenerate(next, this.dataSeed);
    }
    if (changed('features')) {
      this.net = changeInputs(this.net, old.features, next.features, this.growthRng);
      this.data.setFeatures(next);
    }
    if (changed('hiddenSizes')) {
      this.net = resizeHidden(this.net, next.hiddenSizes, this.growthRng);
    }
    if (changed('hiddenActivation') || changed('outputActivation') || changed('loss')) {
      this.net = Network.fromParams(specOf(next), this.net.params);
    }
    if (changed('speed')) this.setSpeed(now);
    if (this.epoch >= next.epochTarget) this.running = false;
    // Settings that only steer training leave the network and its maps as they are: a slider
    // drag must not repaint the maps (~40 ms for 6 × 8) on every move.
    if (Object.keys(patch).some((key) => !TRAINING_ONLY.has(key))) this.afterNetworkChange();
  }

  /** While training: works on the next decision-boundary maps until `deadline`. */
  paintSlice(now: () => number, deadline: number): void {
    if (this.running) this.painter.paintFor(this.net, this.config, now, deadline);
  }

  /**
   * Trains until `deadline` (a clock reading), the epoch target, or the paced epoch count for
   * slow-motion speeds, whichever comes first.
   */
  runSlice(now: () => number, deadline: number): void {
    if (!this.running) return;
    const { epochTarget, speed } = this.config;
    let allowed = Math.min(epochTarget - this.epoch, this.pace.due(now(), speed, this.epoch));
    let before = now();
    while (allowed > 0 && this.running) {
      const batch = Math.min(allowed, this.pace.epochsPerClockRead);
      for (let i = 0; i < batch && this.running; i++) this.trainOne();
      allowed -= batch;
      const after = now();
      this.pace.adapt(batch, after - before);
      before = after;
      if (after >= deadline) break;
    }
    if (this.epoch >= epochTarget) this.running = false;
    this.pace.record(now(), this.epoch);
  }

  /** The state now, with the loss points gathered since the previous snapshot. */
  snapshot(now: number): Snapshot {
    const { trainSet, testSet } = this.data;
    const predictions = new Float64Array(trainSet.count * trainSet.outputSize);
    const train = setMetrics(this.net, trainSet, predictions);
    const testSize = testSet.count * testSet.outputSize;
    if (this.testPredictions.length < testSize) this.testPredictions = new Float64Array(testSize);
    const test = setMetrics(this.net, testSet, this.testPredictions);
    const points = this.chunk.take();
    const restarted = this.historyRestarted;
    this.historyRestarted = false;
    const truncatedAt = this.historyTruncatedAt;
    this.historyTruncatedAt = null;
    const regression = this.data.regression;
    const sendPoints = this.sentDataVersion !== this.data.version;
    this.sentDataVersion = this.data.version;
    return {
      epoch: this.epoch,
      loss: train.loss,
      testLoss: test.loss,
      trainAccuracy: regression ? NaN : train.accuracy,
      testAccuracy: regression ? NaN : test.accuracy,
      layerSizes: [...this.net.spec.layerSizes],
      params: this.net.params.slice(),
      predictions,
      inputs: trainSet.inputs.slice(),
      targets: trainSet.targets.slice(),
      epochsPerSecond: this.running ? this.pace.perSecond() : 0,
      running: this.running,
      diverged: this.diverged,
      trainedWith: this.config,
      dataVersion: this.data.version,
      points: sendPoints ? this.data.points() : null,
      heatmaps: this.painter.paint(this.net, this.config, now, this.running),
      lossEpochs: points.epochs,
      losses: points.losses,
      historyRestarted: restarted,
      historyTruncatedAt: truncatedAt,
    };
  }

  private trainOne(): void {
    const params = this.net.params;
    this.scratch.set(params);
    const loss = trainEpoch(this.net, this.data.trainSet, this.trainOptions());
    if (!(loss <= EXPLODED_LOSS)) {
      // The weights this epoch started from are already broken: go back to the last good ones.
      params.set(this.lastGood);
      this.epoch = this.lastGoodEpoch;
      this.running = false;
      this.diverged = true;
      return;
    }
    const good = this.scratch;
    this.scratch = this.lastGood;
    this.lastGood = good;
    this.lastGoodEpoch = this.epoch;
    this.chunk.add(this.epoch, loss);
    this.epoch++;
  }

  private trainOptions(): TrainOptions {
    const set = this.data.trainSet;
    const cached = this.options;
    if (cached?.config === this.config && cached.set === set && cached.rng === this.shuffleRng) {
      return cached.value;
    }
    const { learningRate, batchSize, reduction, regularization, regularizationRate } = this.config;
    const value: TrainOptions = {
      learningRate,
      batchSize: batchSize > 0 ? Math.min(batchSize, set.count) : undefined,
      reduction,
      regularization,
      regularizationRate,
      shuffle: batchSize > 0 ? this.shuffleRng : undefined,
    };
    this.options = { config: this.config, set, rng: this.shuffleRng, value };
    return value;
  }

  /** Buffers and maps follow a network that was replaced or edited. */
  private afterNetworkChange(): void {
    this.lastGood = this.net.params.slice();
    this.lastGoodEpoch = this.epoch;
    this.scratch = this.net.params.slice();
    this.painter.invalidate();
  }

  private freshNetwork(): Network {
    return Network.create(specOf(this.config), new NumpyRandom(this.config.seed), this.config.init);
  }
}

/** A seed for one purpose; wraps at 2³² like NumPy's seed range. */
export function derivedSeed(seed: number, offset: number): number {
  return (seed + offset) >>> 0;
}
