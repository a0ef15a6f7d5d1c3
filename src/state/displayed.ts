/**
 * What the network views show: the live snapshot, or a kept moment of the run recomputed from
 * its parameters. Recomputing here (the store may use the engine; views may not) costs a few
 * milliseconds per scrub position and needs no round trip to the busy trainer worker, so a
 * scrubbed view appears in the same frame as the slider moves.
 */
import { heatmapNeuronCount, neuronHeatmaps, outputHeatmap } from '@/engine/heatmap';
import { Network } from '@/engine/network';
import type { Heatmaps } from '@/training/protocol';
import type { TrainingMoment } from './training-store';
import { domainOf } from '@/training/session-data';
import type { TimelineEntry } from './timeline';

/** Same sizes as the worker's painter, so a past map looks like a live one. */
const RESOLUTION = 100;
const NEURON_RESOLUTION = 24;

export interface Displayed {
  readonly epoch: number;
  readonly layerSizes: readonly number[];
  readonly params: Float64Array;
  /** Network output per training sample, matching inputs and targets. */
  readonly predictions: Float64Array;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** Null for the live view until the worker's first maps; the past always has its own. */
  readonly heatmaps: Heatmaps | null;
  /** True when the views show a past moment, not the live run. */
  readonly past: boolean;
}

export function liveDisplayed(snapshot: TrainingMoment, heatmaps: Heatmaps | null): Displayed {
  const { epoch, layerSizes, params, predictions, inputs, targets } = snapshot;
  return { epoch, layerSizes, params, predictions, inputs, targets, heatmaps, past: false };
}

/**
 * A kept moment's outputs on today's training samples (the points may have changed since; the
 * samples are those the predictions table lists now) and its maps over the plane.
 */
export function pastDisplayed(
  entry: TimelineEntry,
  inputs: Float64Array,
  targets: Float64Array,
): Displayed {
  const { config, layerSizes, params, epoch } = entry;
  const net = Network.fromParams(
    {
      layerSizes,
      hiddenActivation: config.hiddenActivation,
      outputActivation: config.outputActivation,
      loss: config.loss,
    },
    params,
  );
  const inputSize = layerSizes[0]!;
  const count = targets.length;
  const predictions = new Float64Array(count).fill(NaN);
  // Inputs of another width (features changed since) have no output at that moment.
  if (inputs.length === count * inputSize) {
    for (let i = 0; i < count; i++) predictions[i] = net.forward(inputs, i * inputSize)[0]!;
  }
  const request = { domain: domainOf(config), features: config.features };
  const output = new Float64Array(RESOLUTION ** 2);
  outputHeatmap(net, { ...request, resolution: RESOLUTION }, output);
  const neurons = new Float64Array(heatmapNeuronCount(net) * NEURON_RESOLUTION ** 2);
  neuronHeatmaps(net, { ...request, resolution: NEURON_RESOLUTION }, neurons);
  const heatmaps: Heatmaps = {
    domain: request.domain,
    resolution: RESOLUTION,
    output: Float32Array.from(output),
    neuronResolution: NEURON_RESOLUTION,
    neurons: Float32Array.from(neurons),
  };
  return { epoch, layerSizes, params, predictions, inputs, targets, heatmaps, past: true };
}
