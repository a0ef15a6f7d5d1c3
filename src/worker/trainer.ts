/**
 * The training session the worker owns: builds the network, trains it in time slices, and
 * produces snapshots. Free of worker globals, so it runs (and is tested) in Node too.
 */
import { xorDataset } from '../engine/datasets';
import { Network } from '../engine/network';
import { NumpyRandom } from '../engine/random';
import { resizeHidden } from '../engine/resize';
import { evaluateLoss, predictAll, trainEpoch } from '../engine/train';
import type { Dataset, NetworkSpec } from '../engine/types';
import { LossChunk } from './loss-chunk';
import type { Snapshot, TrainerConfig } from './protocol';

/** Epochs trained between two clock reads at full speed: keeps the clock off the hot path. */
const EPOCHS_PER_CLOCK_READ = 64;
/** How far back the epochs/s figure looks. */
const RATE_WINDOW_MS = 500;

export class Trainer {
  private config: TrainerConfig;
  private readonly data: Dataset = xorDataset();
  private net: Network;
  /** Draws the incoming weights of neurons added while training; seeded for repeatable runs. */
  private growthRng: NumpyRandom;
  private epoch = 0;
  private running = false;
  private readonly chunk = new LossChunk();
  private historyRestarted = true;
  private rateSamples: { time: number; epoch: number }[] = [];
  /** Start of the current paced stretch, for slow-motion speeds. */
  private paceStart = { time: 0, epoch: 0 };

  constructor(config: TrainerConfig) {
    this.config = config;
    this.net = this.freshNetwork();
    this.growthRng = new NumpyRandom(config.seed + 1);
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
    this.paceStart = { time: now, epoch: this.epoch };
    this.rateSamples = [{ time: now, epoch: this.epoch }];
  }

  pause(): void {
    this.running = false;
  }

  /** One epoch, whatever the target. */
  step(): void {
    this.running = false;
    this.trainOne();
  }

  /** Back to the starting weights of the same seed: the identical run again. */
  reset(): void {
    this.running = false;
    this.net = this.freshNetwork();
    this.growthRng = new NumpyRandom(this.config.seed + 1);
    this.epoch = 0;
    this.chunk.take();
    this.historyRestarted = true;
  }

  reseed(seed: number): void {
    this.config = { ...this.config, seed };
    this.reset();
  }

  setLearningRate(value: number): void {
    this.config = { ...this.config, learningRate: value };
  }

  setEpochTarget(value: number): void {
    this.config = { ...this.config, epochTarget: value };
    if (this.epoch >= value) this.running = false;
  }

  setSpeed(epochsPerSecond: number, now: number): void {
    this.config = { ...this.config, speed: epochsPerSecond };
    this.paceStart = { time: now, epoch: this.epoch };
  }

  /** Changes the hidden layers live, keeping what the network has learned. */
  setHiddenSizes(sizes: readonly number[]): void {
    this.config = { ...this.config, hiddenSizes: [...sizes] };
    this.net = resizeHidden(this.net, sizes, this.growthRng);
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
    while (allowed > 0) {
      const batch = Math.min(allowed, EPOCHS_PER_CLOCK_READ);
      for (let i = 0; i < batch; i++) this.trainOne();
      allowed -= batch;
      if (now() >= deadline) break;
    }
    if (this.epoch >= epochTarget) this.running = false;
    this.recordRate(now());
  }

  /** The state now, with the loss points gathered since the previous snapshot. */
  snapshot(): Snapshot {
    const predictions = new Float64Array(this.data.count * this.data.outputSize);
    predictAll(this.net, this.data, predictions);
    const points = this.chunk.take();
    const restarted = this.historyRestarted;
    this.historyRestarted = false;
    return {
      epoch: this.epoch,
      loss: evaluateLoss(this.net, this.data),
      layerSizes: [...this.net.spec.layerSizes],
      params: this.net.params.slice(),
      predictions,
      inputs: this.data.inputs.slice(),
      targets: this.data.targets.slice(),
      epochsPerSecond: this.running ? this.epochsPerSecond() : 0,
      running: this.running,
      learningRate: this.config.learningRate,
      epochTarget: this.config.epochTarget,
      seed: this.config.seed,
      lossEpochs: points.epochs,
      losses: points.losses,
      historyRestarted: restarted,
    };
  }

  private trainOne(): void {
    const loss = trainEpoch(this.net, this.data, { learningRate: this.config.learningRate });
    this.chunk.add(this.epoch, loss);
    this.epoch++;
  }

  private freshNetwork(): Network {
    return Network.create(specOf(this.config), new NumpyRandom(this.config.seed), 'tutorial');
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

function specOf(config: TrainerConfig): NetworkSpec {
  return {
    layerSizes: [2, ...config.hiddenSizes, 1],
    hiddenActivation: config.hiddenActivation,
    outputActivation: config.outputActivation,
    loss: config.loss,
  };
}
