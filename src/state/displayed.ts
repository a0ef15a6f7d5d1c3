/**
 * What the views show: the live snapshot, or a moment of the run that the trainer rebuilt
 * exactly for time travel (Moment). The moment's maps over the plane are computed here from
 * its weights (the store may use the engine; views may not), so the worker sends numbers only.
 */
import { heatmapNeuronCount, neuronHeatmaps, outputHeatmap } from '@/engine/heatmap';
import { Network } from '@/engine/network';
import { specOf } from '@/engine/run-config';
import type { Heatmaps, Moment } from '@/training/protocol';
import { domainOf } from '@/training/session-data';
import type { TrainingMoment } from './training-store';

/** Same sizes as the worker's painter, so a past map looks like a live one. */
const RESOLUTION = 100;
const NEURON_RESOLUTION = 24;

/** The figures of the viewed moment: what headers, readouts and tables print. */
export interface ViewedMetrics {
  /** Updates so far at that moment: the weights are those after this many. */
  readonly epoch: number;
  /** Loss and accuracies of those weights: the history's row for this epoch. */
  readonly loss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
  /** Test points by (true class, predicted class), classes × classes row-major. */
  readonly testConfusion: Int32Array;
  /** Network output per training sample, matching inputs and targets. */
  readonly predictions: Float64Array;
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  /** True when the views show a past moment, not the live run. */
  readonly past: boolean;
}

export interface Displayed extends ViewedMetrics {
  readonly layerSizes: readonly number[];
  readonly params: Float64Array;
  /** Null for the live view until the worker's first maps; the past always has its own. */
  readonly heatmaps: Heatmaps | null;
}

/** The figures of the live run. */
export function liveMetrics(snapshot: TrainingMoment): ViewedMetrics {
  const { epoch, loss, testLoss, trainAccuracy, testAccuracy, testConfusion } = snapshot;
  const { predictions, inputs, targets } = snapshot;
  return {
    epoch,
    loss,
    testLoss,
    trainAccuracy,
    testAccuracy,
    testConfusion,
    predictions,
    inputs,
    targets,
    past: false,
  };
}

/** The live run as the views show it, with the worker's latest maps. */
export function liveDisplayed(snapshot: TrainingMoment, heatmaps: Heatmaps | null): Displayed {
  const { layerSizes, params } = snapshot;
  return { ...liveMetrics(snapshot), layerSizes, params, heatmaps };
}

/** A past moment with its own samples and outputs, and its maps over the plane. */
export function pastDisplayed(moment: Moment): Displayed {
  const { trainedWith: config, layerSizes, params } = moment;
  const net = Network.fromParams(specOf(config, layerSizes), params);
  const request = { domain: domainOf(config), features: config.features };
  const outputSlices = layerSizes.at(-1)!;
  const output = new Float64Array(outputSlices * RESOLUTION ** 2);
  outputHeatmap(net, { ...request, resolution: RESOLUTION }, output);
  const neurons = new Float64Array(heatmapNeuronCount(net) * NEURON_RESOLUTION ** 2);
  neuronHeatmaps(net, { ...request, resolution: NEURON_RESOLUTION }, neurons);
  const heatmaps: Heatmaps = {
    domain: request.domain,
    resolution: RESOLUTION,
    output: Float32Array.from(output),
    outputSlices,
    neuronResolution: NEURON_RESOLUTION,
    neurons: Float32Array.from(neurons),
  };
  return {
    epoch: moment.epoch,
    loss: moment.loss,
    testLoss: moment.testLoss,
    trainAccuracy: moment.trainAccuracy,
    testAccuracy: moment.testAccuracy,
    testConfusion: moment.testConfusion,
    predictions: moment.predictions,
    inputs: moment.inputs,
    targets: moment.targets,
    past: true,
    layerSizes,
    params,
    heatmaps,
  };
}
