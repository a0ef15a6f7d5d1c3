/**
 * The training session the worker owns: builds the network and data from a config, trains in
 * time slices, applies live changes while keeping what was learned, and produces snapshots.
 * Free of worker globals, so it runs (and is tested) in Node too.
 */
import { changeInputs } from '../engine/features';
import { accuracy } from '../engine/metrics';
import { Network } from '../engine/network';
import { NumpyRandom } from '../engine/random';
import { resizeHidden } from '../engine/resize';
import { evaluateLoss, predictAll, trainEpoch, type TrainOptions } from '../engine/train';
import type { NetworkSpec } from '../engine/types';
import { HeatmapPainter } from './heatmap-painter';
import { LossChunk } from './loss-chunk';
import type { Snapshot, TrainerConfig } from './protocol';
import { SessionData } from './session-data';

/** Epochs trained between two clock reads at full speed: keeps the clock off the hot path. */
const EPOCHS_PER_CLOCK_READ = 16;
/** How far back the epochs/s figure looks. */
const RATE_WINDOW_MS = 500;

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
  private readonly chunk = new LossChunk();
  private historyRestarted = true;
  private sentDataVersion = -1;
  private rateSamples: { time: number; epoch: number }[] = [];
  /** Start of the current paced stretch, for slow-motion speeds. */
  private paceStart = { time: 0, epoch: 0 };
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
    this.paceStart = { time: now, epoch: this.epoch };
    this.rateSamples = [{ time: now, epoch: this.epoch }];
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

  focusNeuron(neuron: number | null): void {
    this.painter.focus(neuron);
  }

  setSpeed(now: number): void {
    this.paceStart = { time: now, epoch: this.epoch };
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
    this.afterNetworkChange();
  }

  /**
   * Trains until `deadline` (a clock reading), the epoch target, or the paced epoch count for
   * slow-motion speeds, whichever comes first.
   */
  runSlice(now: () => number, deadline: number): void {
    if (!this.running) return;
    const { epochTarget, speed } = this.config;
    let allowed = epochTarget - this.epoch;
    if (speed > 0) {
      const due = Math.floor(((now() - this.paceStart.time) * speed) / 1000);
      allowed = Math.min(allowed, this.paceStart.epoch + due - this.epoch);
    }
    while (allowed > 0 && this.running) {
      const batch = Math.min(allowed, EPOCHS_PER_CLOCK_READ);
      for (let i = 0; i < batch && this.running; i++) this.trainOne();
      allowed -= batch;
      if (now() >= deadline) break;
    }
    if (this.epoch >= epochTarget) this.running = false;
    this.recordRate(now());
  }

  /** The state now, with the loss points gathered since the previous snapshot. */
  snapshot(now: number): Snapshot {
    const { trainSet, testSet } = this.data;
    const predictions = new Float64Array(trainSet.count * trainSet.outputSize);
    predictAll(this.net, trainSet, predictions);
    const points = this.chunk.take();
    const restarted = this.historyRestarted;
    this.historyRestarted = false;
    const regression = this.data.regression;
    const sendPoints = this.sentDataVersion !== this.data.version;
    this.sentDataVersion = this.data.version;
    return {
      epoch: this.epoch,
      loss: evaluateLoss(this.net, trainSet),
      testLoss: evaluateLoss(this.net, testSet),
      trainAccuracy: regression ? NaN : accuracy(this.net, trainSet),
      testAccuracy: regression ? NaN : accuracy(this.net, testSet),
      layerSizes: [...this.net.spec.layerSizes],
      params: this.net.params.slice(),
      predictions,
      inputs: trainSet.inputs.slice(),
      targets: trainSet.targets.slice(),
      epochsPerSecond: this.running ? this.epochsPerSecond() : 0,
      running: this.running,
      diverged: this.diverged,
      config: this.config,
      dataVersion: this.data.version,
      points: sendPoints ? this.data.points() : null,
      heatmaps: this.painter.paint(this.net, this.config, now),
      lossEpochs: points.epochs,
      losses: points.losses,
      historyRestarted: restarted,
    };
  }

  private trainOne(): void {
    const params = this.net.params;
    this.scratch.set(params);
    const loss = trainEpoch(this.net, this.data.trainSet, this.trainOptions());
    if (!Number.isFinite(loss)) {
      // The weights this epoch started from are already broken: go back to the last good ones.
      params.set(this.lastGood);
      this.epoch = this.lastGoodEpoch;
      this.running = false;
      this.diverged = true;
      return;
    }
    [this.lastGood, this.scratch] = [this.scratch, this.lastGood];
    this.lastGoodEpoch = this.epoch;
    this.chunk.add(this.epoch, loss);
    this.epoch++;
  }

  private trainOptions(): TrainOptions {
    const { learningRate, batchSize, reduction, regularization, regularizationRate } = this.config;
    return {
      learningRate,
      batchSize: batchSize > 0 ? Math.min(batchSize, this.data.trainSet.count) : undefined,
      reduction,
      regularization,
      regularizationRate,
      shuffle: batchSize > 0 ? this.shuffleRng : undefined,
    };
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

  private recordRate(time: number): void {
    this.rateSamples.push({ time, epoch: this.epoch });
    while (this.rateSamples.length > 2 && time - this.rateSamples[0]!.time > RATE_WINDOW_MS) {
      this.rateSamples.shift();
    }
  }

  private epochsPerSecond(): number {
    const first = this.rateSamples[0];
    const last = this.rateSamples[this.rateSamples.length - 1];
    if (!first || !last || last.time <= first.time) return 0;
    return ((last.epoch - first.epoch) * 1000) / (last.time - first.time);
  }
}

export function specOf(config: TrainerConfig): NetworkSpec {
  return {
    layerSizes: [config.features.length, ...config.hiddenSizes, 1],
    hiddenActivation: config.hiddenActivation,
    outputActivation: config.outputActivation,
    loss: config.loss,
  };
}

/** A seed for one purpose; wraps at 2³² like NumPy's seed range. */
export function derivedSeed(seed: number, offset: number): number {
  return (seed + offset) >>> 0;
}
