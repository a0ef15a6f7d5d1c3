/**
 * Computes the decision-boundary maps on their own throttle: often enough to watch the boundary
 * move, never once per epoch, whatever the training speed.
 *
 * While training, a repaint is spread over several slices (paintFor): the big map of a 6 × 8
 * net is 10,000 forward passes, ~40 ms, which in one piece would hold every command (a slider
 * move) that long and take 40 % of the training time at one map per 100 ms.
 */
import { featureVector } from '@/engine/features';
import { heatmapNeuronCount, neuronHeatmaps } from '@/engine/heatmap';
import { Network } from '@/engine/network';
import type { Heatmaps, TrainerConfig } from './protocol';
import { domainOf } from './session-data';

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

/** Whether a change of settings can change the maps (settings that only steer training cannot). */
export function changesMaps(patch: Partial<TrainerConfig>): boolean {
  return Object.keys(patch).some((key) => !TRAINING_ONLY.has(key));
}

/** Big map: the output over the plane. */
const RESOLUTION = 100;
/** Thumbnails drawn inside each neuron of the graph. */
const NEURON_RESOLUTION = 24;
/** Refresh period while the network changes. */
const MIN_INTERVAL_MS = 100;

export class HeatmapPainter {
  private lastPaint = -Infinity;
  private stale = true;
  private focused: number | null = null;
  /** A repaint in progress while training, on a copy of the weights it started from. */
  private job: PaintJob | null = null;
  /** A finished repaint not yet sent. */
  private ready: Heatmaps | null = null;

  /** The network changed in a way that must show at once (step, edit, new data). */
  invalidate(): void {
    this.stale = true;
    this.job = null;
    this.ready = null;
  }

  focus(neuron: number | null): void {
    this.focused = neuron;
    this.invalidate();
  }

  /**
   * Maps for a snapshot, or null (the page keeps the last ones). After a change they are
   * painted at once. Otherwise, while `training`, the ones paintFor finished since the last
   * call; when not training, fresh ones if the throttle allows.
   */
  paint(net: Network, config: TrainerConfig, now: number, training: boolean): Heatmaps | null {
    if (!this.stale && training) {
      const done = this.ready;
      this.ready = null;
      return done;
    }
    if (!this.stale && now - this.lastPaint < MIN_INTERVAL_MS) return null;
    this.stale = false;
    this.lastPaint = now;
    this.job = null;
    this.ready = null;
    const job = new PaintJob(net, config, this.focused);
    job.run(() => 0, Infinity);
    return job.result();
  }

  /** While training: starts a repaint when one is due and works on it until `deadline`. */
  paintFor(net: Network, config: TrainerConfig, now: () => number, deadline: number): void {
    if (this.stale || this.ready) return; // the next snapshot paints or sends one anyway
    if (!this.job) {
      const start = now();
      if (start - this.lastPaint < MIN_INTERVAL_MS) return;
      this.lastPaint = start;
      this.job = new PaintJob(net, config, this.focused);
    }
    if (this.job.run(now, deadline)) {
      this.ready = this.job.result();
      this.job = null;
    }
  }
}

/** One set of maps, painted row by row so that it can stop at a deadline and resume. */
class PaintJob {
  private readonly net: Network;
  private readonly features: TrainerConfig['features'];
  private readonly domain: readonly [number, number];
  private readonly neurons: Float64Array;
  private readonly output: Float64Array;
  /** The big map's activations: `slices` of them from (layer, index), the outputs or the focused neuron. */
  private readonly layer: number;
  private readonly index: number;
  private readonly slices: number;
  private readonly inputs: Float64Array;
  private thumbnailsDone = false;
  private row = 0;

  constructor(net: Network, config: TrainerConfig, focused: number | null) {
    // Its own copy: training goes on between the pieces, and one map must show one moment.
    this.net = Network.fromParams(net.spec, net.params);
    this.features = config.features;
    this.domain = domainOf(config);
    this.neurons = new Float64Array(heatmapNeuronCount(net) * NEURON_RESOLUTION ** 2);
    this.inputs = new Float64Array(this.features.length);
    [this.layer, this.index] = locate(this.net, focused);
    this.slices = focused === null ? net.layerSize(net.layerCount) : 1;
    this.output = new Float64Array(this.slices * RESOLUTION ** 2);
  }

  /** Paints until done (true) or until the clock passes `deadline` (false). */
  run(now: () => number, deadline: number): boolean {
    if (!this.thumbnailsDone) {
      const request = {
        resolution: NEURON_RESOLUTION,
        domain: this.domain,
        features: this.features,
      };
      neuronHeatmaps(this.net, request, this.neurons);
      this.thumbnailsDone = true;
      if (now() >= deadline) return false;
    }
    // Pixel centres as engine/heatmap.ts's forEachPixel: row 0 at the top, same arithmetic.
    const [lo, hi] = this.domain;
    const cell = (hi - lo) / RESOLUTION;
    while (this.row < RESOLUTION) {
      const row = this.row++;
      const y = hi - (row + 0.5) * cell;
      for (let col = 0; col < RESOLUTION; col++) {
        featureVector(lo + (col + 0.5) * cell, y, this.features, this.inputs, 0);
        this.net.forward(this.inputs, 0);
        const a = this.net.activation(this.layer);
        for (let j = 0; j < this.slices; j++) {
          this.output[j * RESOLUTION ** 2 + row * RESOLUTION + col] = a[this.index + j]!;
        }
      }
      if (this.row < RESOLUTION && now() >= deadline) return false;
    }
    return true;
  }

  result(): Heatmaps {
    return {
      domain: this.domain,
      resolution: RESOLUTION,
      output: Float32Array.from(this.output),
      outputSlices: this.slices,
      neuronResolution: NEURON_RESOLUTION,
      neurons: Float32Array.from(this.neurons),
    };
  }
}

/**
 * (layer, index) of the big map's neuron: the focused one (numbered as neuronHeatmaps:
 * hidden in layer order, then outputs), else the first output.
 */
function locate(net: Network, focused: number | null): [number, number] {
  const L = net.layerCount;
  if (focused === null || !(focused >= 0 && focused < heatmapNeuronCount(net))) return [L, 0];
  let layer = 1;
  let index = focused;
  while (index >= net.layerSize(layer)) {
    index -= net.layerSize(layer);
    layer++;
  }
  return [layer, index];
}
