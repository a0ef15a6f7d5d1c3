import { featureValue, featureVector, type FeatureName } from './features.ts';
import type { Network } from './network.ts';

/** A square grid of sample points over domain², for painting what the network computes. */
export interface HeatmapRequest {
  /** Pixels per side (100 for the output map, 20–30 for neuron thumbnails). */
  readonly resolution: number;
  /** [min, max] of both axes: [−6, 6] for Playground's sets, [−0.5, 1.5] for the tutorial XOR. */
  readonly domain: readonly [number, number];
  /** The features the network's inputs are computed from, in input order. */
  readonly features: readonly FeatureName[];
}

/** Hidden plus output neurons: the slices neuronHeatmaps writes. */
export function heatmapNeuronCount(net: Network): number {
  let n = 0;
  for (let l = 1; l <= net.layerCount; l++) n += net.layerSize(l);
  return n;
}

/**
 * Runs `visit(pixel, a_L)` after a forward pass at the centre of every pixel, row-major:
 * row 0 is the top (y near domain max), column 0 the left (x near domain min).
 */
function forEachPixel(
  net: Network,
  request: HeatmapRequest,
  visit: (pixel: number, output: Float64Array) => void,
): void {
  const { resolution: r, domain, features } = request;
  if (!Number.isInteger(r) || r < 1) throw new RangeError(`resolution must be ≥ 1, got ${r}`);
  if (features.length !== net.layerSize(0)) {
    throw new RangeError(`the net has ${net.layerSize(0)} inputs, not ${features.length}`);
  }
  const [lo, hi] = domain;
  const cell = (hi - lo) / r;
  const inputs = new Float64Array(features.length);
  for (let row = 0; row < r; row++) {
    const y = hi - (row + 0.5) * cell;
    for (let col = 0; col < r; col++) {
      featureVector(lo + (col + 0.5) * cell, y, features, inputs, 0);
      visit(row * r + col, net.forward(inputs, 0));
    }
  }
}

/**
 * out[j · r² + row · r + col] = the network's output j at the centre of that pixel, r =
 * resolution (one slice per output: a softmax's class probabilities side by side); row 0 = top
 * (y = domain max side), column 0 = left (x = domain min side).
 *
 * @throws RangeError if out is shorter than outputs · r² or the features do not match the inputs.
 */
export function outputHeatmap(net: Network, request: HeatmapRequest, out: Float64Array): void {
  const r2 = request.resolution * request.resolution;
  const outputs = net.layerSize(net.layerCount);
  if (out.length < outputs * r2) {
    throw new RangeError(`out needs ${outputs * r2} values, has ${out.length}`);
  }
  forEachPixel(net, request, (pixel, output) => {
    for (let j = 0; j < outputs; j++) out[j * r2 + pixel] = output[j]!;
  });
}

/**
 * The same grid for every neuron: slice n (out[n · r² …]) holds neuron n's activation, hidden
 * neurons in layer order, then the outputs (so the last slice equals outputHeatmap).
 *
 * @throws RangeError if out is shorter than heatmapNeuronCount(net) · r².
 */
export function neuronHeatmaps(net: Network, request: HeatmapRequest, out: Float64Array): void {
  const r2 = request.resolution * request.resolution;
  const neurons = heatmapNeuronCount(net);
  if (out.length < neurons * r2) {
    throw new RangeError(`out needs ${neurons * r2} values, has ${out.length}`);
  }
  const L = net.layerCount;
  forEachPixel(net, request, (pixel) => {
    let base = pixel;
    for (let l = 1; l <= L; l++) {
      const a = net.activation(l);
      for (let j = 0; j < a.length; j++) {
        out[base] = a[j]!;
        base += r2;
      }
    }
  });
}

/**
 * One neuron's map alone (numbering as neuronHeatmaps: hidden in layer order, then outputs),
 * for the big plot while a neuron is hovered: r² values instead of neurons × r².
 *
 * @throws RangeError for a neuron outside 0…heatmapNeuronCount(net) − 1 or a short buffer.
 */
export function neuronHeatmap(
  net: Network,
  request: HeatmapRequest,
  neuron: number,
  out: Float64Array,
): void {
  const r2 = request.resolution * request.resolution;
  if (out.length < r2) throw new RangeError(`out needs ${r2} values, has ${out.length}`);
  if (!Number.isInteger(neuron) || neuron < 0) throw new RangeError(`no neuron ${neuron}`);
  // Walk the layers to turn the flat number into (layer, index within it).
  let layer = 1;
  let index = neuron;
  while (layer <= net.layerCount && index >= net.layerSize(layer)) {
    index -= net.layerSize(layer);
    layer++;
  }
  if (layer > net.layerCount) throw new RangeError(`no neuron ${neuron}`);
  forEachPixel(net, request, (pixel) => {
    out[pixel] = net.activation(layer)[index]!;
  });
}

/**
 * The grid for each input itself: slice k holds features[k] at every pixel centre (same
 * orientation as outputHeatmap), for the input-neuron thumbnails. Needs no network.
 *
 * @throws RangeError if out is shorter than features.length · r².
 */
export function featureHeatmaps(request: HeatmapRequest, out: Float64Array): void {
  const { resolution: r, domain, features } = request;
  if (!Number.isInteger(r) || r < 1) throw new RangeError(`resolution must be ≥ 1, got ${r}`);
  const r2 = r * r;
  if (out.length < features.length * r2) {
    throw new RangeError(`out needs ${features.length * r2} values, has ${out.length}`);
  }
  const [lo, hi] = domain;
  const cell = (hi - lo) / r;
  for (let row = 0; row < r; row++) {
    const y = hi - (row + 0.5) * cell;
    for (let col = 0; col < r; col++) {
      // A stride of r² between features puts each one in its own slice.
      for (let k = 0; k < features.length; k++) {
        out[k * r2 + row * r + col] = featureValue(features[k]!, lo + (col + 0.5) * cell, y);
      }
    }
  }
}
