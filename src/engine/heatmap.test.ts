import { describe, expect, it } from 'vitest';
import type { FeatureName } from './features.ts';
import {
  featureHeatmaps,
  heatmapNeuronCount,
  neuronHeatmap,
  neuronHeatmaps,
  outputHeatmap,
  type HeatmapRequest,
} from './heatmap.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';

/** out = w₁x₁ + w₂x₂: a net without hidden layers and a linear output. */
function linear(w1: number, w2: number): Network {
  const spec = {
    layerSizes: [2, 1],
    hiddenActivation: 'linear',
    outputActivation: 'linear',
    loss: 'mse',
  } as const;
  return Network.fromParams(spec, Float64Array.from([w1, w2, 0]));
}

/** 4 × 4 pixels of 3 × 3 on [−6, 6]²: centres at −4.5, −1.5, 1.5, 4.5. */
const grid: HeatmapRequest = { resolution: 4, domain: [-6, 6], features: ['x1', 'x2'] };
const centres = [-4.5, -1.5, 1.5, 4.5];

describe('outputHeatmap', () => {
  it('puts x = domain min in column 0: w = (1, 0) grows left to right', () => {
    const out = new Float64Array(16);
    outputHeatmap(linear(1, 0), grid, out);
    for (let row = 0; row < 4; row++) {
      expect(Array.from(out.subarray(4 * row, 4 * row + 4))).toEqual(centres);
    }
  });

  it('puts y = domain max in row 0: w = (0, 1) shrinks top to bottom', () => {
    const out = new Float64Array(16);
    outputHeatmap(linear(0, 1), grid, out);
    for (let row = 0; row < 4; row++) {
      for (let col = 0; col < 4; col++) expect(out[4 * row + col]).toBe(centres[3 - row]);
    }
  });

  it('respects any domain and computes the features per pixel centre', () => {
    const out = new Float64Array(4);
    // The tutorial's domain: centres at 0 and 1. Input is x₁x₂, so only the top-right is 1.
    const net = Network.fromParams(
      { layerSizes: [1, 1], hiddenActivation: 'linear', outputActivation: 'linear', loss: 'mse' },
      Float64Array.from([1, 0]),
    );
    outputHeatmap(net, { resolution: 2, domain: [-0.5, 1.5], features: ['x1x2'] }, out);
    expect(Array.from(out)).toEqual([0, 1, 0, 0]);
  });

  it('rejects a short buffer and features that do not match the inputs', () => {
    expect(() => outputHeatmap(linear(1, 0), grid, new Float64Array(15))).toThrow(RangeError);
    const threeFeatures = { ...grid, features: ['x1', 'x2', 'x1x2'] as FeatureName[] };
    expect(() => outputHeatmap(linear(1, 0), threeFeatures, new Float64Array(16))).toThrow(
      RangeError,
    );
  });
});

describe('neuronHeatmaps', () => {
  const spec = {
    layerSizes: [3, 3, 2, 1],
    hiddenActivation: 'tanh',
    outputActivation: 'sigmoid',
    loss: 'bce',
  } as const;
  const net = Network.create(spec, new NumpyRandom(2), 'glorot');
  const request: HeatmapRequest = {
    resolution: 5,
    domain: [-6, 6],
    features: ['x1', 'x2', 'x1sq'],
  };

  it('stores hidden neurons in layer order, then the output, which equals outputHeatmap', () => {
    expect(heatmapNeuronCount(net)).toBe(6);
    const all = new Float64Array(6 * 25);
    neuronHeatmaps(net, request, all);
    const output = new Float64Array(25);
    outputHeatmap(net, request, output);
    expect(Array.from(all.subarray(5 * 25))).toEqual(Array.from(output));
    // Pixel (row 1, col 3) is the point (2.4, 2.4): check hidden neuron 2 of layer 1 by hand.
    const p = net.params;
    const z = 2.4 * p[2]! + 2.4 * p[5]! + 2.4 * 2.4 * p[8]! + p[9 + 2]!;
    expect(all[2 * 25 + 1 * 5 + 3]).toBeCloseTo(Math.tanh(z), 14);
  });

  it('neuronHeatmap gives one neuron’s slice alone', () => {
    const all = new Float64Array(6 * 25);
    neuronHeatmaps(net, request, all);
    const one = new Float64Array(25);
    for (const n of [0, 3, 4, 5]) {
      neuronHeatmap(net, request, n, one);
      expect(Array.from(one)).toEqual(Array.from(all.subarray(n * 25, (n + 1) * 25)));
    }
    expect(() => neuronHeatmap(net, request, 6, one)).toThrow(RangeError);
    expect(() => neuronHeatmap(net, request, -1, one)).toThrow(RangeError);
  });

  it('rejects a buffer shorter than neurons × resolution²', () => {
    expect(() => neuronHeatmaps(net, request, new Float64Array(6 * 25 - 1))).toThrow(RangeError);
  });
});

describe('featureHeatmaps', () => {
  it('stores each feature at every pixel centre, one slice per feature', () => {
    const out = new Float64Array(2 * 16);
    featureHeatmaps({ ...grid, features: ['x2sq', 'sinx1'] }, out);
    expect(out[0]).toBe(4.5 * 4.5); // top-left: y = 4.5
    expect(out[15]).toBe(4.5 * 4.5); // bottom-right: y = −4.5
    expect(out[4 + 1]).toBe(1.5 * 1.5);
    expect(out[16 + 2]).toBe(Math.sin(1.5));
  });
});
