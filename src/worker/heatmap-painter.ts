/**
 * Computes the decision-boundary maps on their own throttle: often enough to watch the boundary
 * move, never once per epoch, whatever the training speed.
 */
import {
  heatmapNeuronCount,
  neuronHeatmap,
  neuronHeatmaps,
  outputHeatmap,
} from '../engine/heatmap';
import type { Network } from '../engine/network';
import type { Heatmaps, TrainerConfig } from './protocol';
import { domainOf } from './session-data';

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

  /** The network changed in a way that must show at once (step, edit, new data). */
  invalidate(): void {
    this.stale = true;
  }

  focus(neuron: number | null): void {
    this.focused = neuron;
    this.stale = true;
  }

  /** New maps if they are due, else null (the page keeps the last ones). */
  paint(net: Network, config: TrainerConfig, now: number): Heatmaps | null {
    const due = now - this.lastPaint >= MIN_INTERVAL_MS;
    if (!this.stale && !due) return null;
    this.stale = false;
    this.lastPaint = now;
    const domain = domainOf(config);
    const features = config.features;
    const neuronCount = heatmapNeuronCount(net);
    const neurons = new Float64Array(neuronCount * NEURON_RESOLUTION ** 2);
    neuronHeatmaps(net, { resolution: NEURON_RESOLUTION, domain, features }, neurons);
    const output = new Float64Array(RESOLUTION ** 2);
    if (this.focused !== null && this.focused >= 0 && this.focused < neuronCount) {
      neuronHeatmap(net, { resolution: RESOLUTION, domain, features }, this.focused, output);
    } else {
      outputHeatmap(net, { resolution: RESOLUTION, domain, features }, output);
    }
    return {
      domain,
      resolution: RESOLUTION,
      output: Float32Array.from(output),
      neuronResolution: NEURON_RESOLUTION,
      neurons: Float32Array.from(neurons),
    };
  }
}
