import { describe, expect, it } from 'vitest';
import { xorDataset } from './datasets.ts';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { chainRule, locateParam, traceStep } from './step-trace.ts';
import { trainEpoch } from './train.ts';
import { tutorialSpec } from './tutorial.ts';
import type { NetworkSpec } from './types.ts';

/**
 * The tutorial's first step from np.random.seed(0), printed by NumPy 2.4 (repr) with the code of
 * scripts/fixtures/tutorial.py: forward on the four XOR rows, then backpropagation's variables.
 */
const NUMPY = {
  hiddenOutput: [
    0.6076839615563493, 0.709255922132063, 0.723854551148741, 0.7275981214514212,
    0.7884200058200067, 0.8333498550578307, 0.7283764102958825, 0.8329892238228985,
    0.8272735287873959, 0.822194086184929, 0.8839743917912417, 0.9013504305996562,
  ],
  finalOutput: [0.8513760318230125, 0.8712439235769709, 0.8748318332003012, 0.8869433640542395],
  errorOutput: [-0.8513760318230125, 0.1287560764230291, 0.12516816679969878, -0.8869433640542395],
  gradientOutput: [
    -0.10772876764872973, 0.014443592601097855, 0.01370605155147837, -0.08893809772375867,
  ],
  gradientHidden: [
    -0.009847923480252563, -0.01758814022869682, -0.011389123087980709, 0.0010976807137834169,
    0.0019075759850750013, 0.00106090790527645, 0.0010397641842377172, 0.0015096303487106687,
    0.0010358331002662871, -0.004985486247773083, -0.007221971220091154, -0.004182597717512126,
  ],
  /** hidden_output.T.dot(gradient_output): the tutorial adds it, so dE/dW2 is its negative. */
  hiddenTDotGradientOutput: [-0.11809712681141066, -0.13222165667511818, -0.13476913199882973],
  inputsTDotGradientHidden: [
    -0.003945722063535366, -0.005712340871380486, -0.0031467646172458385, -0.003887805533989666,
    -0.005314395235016153, -0.003121689812235676,
  ],
  biasOutput: [-0.16851722121991217],
  /** Row [0, 1] alone: hidden_output[1:2].T.dot(gradient_output[1:2]). */
  row1HiddenTDotGradientOutput: [0.010509130843568446, 0.011387617362619376, 0.012036565800639254],
};

/** NumPy's BLAS may sum in another order: allow a few ulps. */
function expectClose(actual: ArrayLike<number>, expected: readonly number[], rel = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  Array.from(actual).forEach((value, i) => {
    const want = expected[i]!;
    expect(Math.abs(value - want)).toBeLessThanOrEqual(rel * Math.abs(want));
  });
}

function tutorialNet(): Network {
  return Network.create(tutorialSpec(), new NumpyRandom(0), 'tutorial');
}

describe('traceStep', () => {
  it('reproduces the tutorial’s first forward pass and backpropagation (NumPy, seed 0)', () => {
    const trace = traceStep(tutorialNet(), xorDataset(), 'batch', { learningRate: 1 });
    expect(trace.samples).toEqual([0, 1, 2, 3]);
    expectClose(trace.activations[1]!, NUMPY.hiddenOutput);
    expectClose(trace.activations[2]!, NUMPY.finalOutput);
    // Our δ and dE/dθ are the tutorial's gradient_* and update terms with the sign flipped.
    expectClose(negate(trace.upstream[2]!), NUMPY.errorOutput);
    expectClose(negate(trace.deltas[2]!), NUMPY.gradientOutput);
    expectClose(negate(trace.deltas[1]!), NUMPY.gradientHidden);
    expectClose(negate(trace.grads.subarray(9, 12)), NUMPY.hiddenTDotGradientOutput);
    expectClose(negate(trace.grads.subarray(0, 6)), NUMPY.inputsTDotGradientHidden);
    expectClose(negate(trace.grads.subarray(12, 13)), NUMPY.biasOutput);
    expect(trace.loss).toBe(0.3859387189496001);
  });

  it('traces one row alone', () => {
    const trace = traceStep(tutorialNet(), xorDataset(), 1, { learningRate: 1 });
    expect(trace.samples).toEqual([1]);
    expectClose(trace.activations[2]!, [NUMPY.finalOutput[1]!]);
    expectClose(negate(trace.grads.subarray(9, 12)), NUMPY.row1HiddenTDotGradientOutput);
    expect(trace.sampleLosses[0]).toBeCloseTo(0.1287560764230291 ** 2, 15);
  });

  it.each([
    ['the tutorial net', tutorialSpec(), 'tutorial' as const, 0],
    [
      'a 2-layer tanh net',
      {
        layerSizes: [2, 4, 3, 1],
        hiddenActivation: 'tanh',
        outputActivation: 'tanh',
        loss: 'mse',
      } satisfies NetworkSpec,
      'glorot' as const,
      7,
    ],
  ])('updatedParams equal one trainEpoch bit for bit: %s', (_, spec, init, seed) => {
    const net = Network.create(spec, new NumpyRandom(seed), init);
    const data = xorDataset();
    const trace = traceStep(net, data, 'batch', { learningRate: 0.7 });
    const trained = net.clone();
    trainEpoch(trained, data, { learningRate: 0.7 });
    expect(Array.from(trace.updatedParams)).toEqual(Array.from(trained.params));
    // Tracing leaves the original untouched.
    expect(Array.from(trace.params)).toEqual(Array.from(net.params));
    expect(Array.from(trace.params)).not.toEqual(Array.from(trace.updatedParams));
  });

  it('matches trainEpoch with the mean reduction', () => {
    const net = tutorialNet();
    const trace = traceStep(net, xorDataset(), 'batch', { learningRate: 2, reduction: 'mean' });
    trainEpoch(net, xorDataset(), { learningRate: 2, reduction: 'mean' });
    expect(trace.step).toBe(0.5);
    expect(Array.from(trace.updatedParams)).toEqual(Array.from(net.params));
  });

  it('rejects a row outside the dataset', () => {
    expect(() => traceStep(tutorialNet(), xorDataset(), 4, { learningRate: 1 })).toThrow(
      RangeError,
    );
  });
});

describe('chainRule', () => {
  it('splits dE/dw of h1 → ŷ into upstream × derivative × input, per sample', () => {
    const trace = traceStep(tutorialNet(), xorDataset(), 'batch', { learningRate: 1 });
    const terms = chainRule(trace, 9);
    expect(terms.map((t) => t.sample)).toEqual([0, 1, 2, 3]);
    const first = terms[0]!;
    // Row [0, 0]: upstream y − t = 0.8514, σ'(z) = y(1 − y), input h1 = 0.6077.
    expect(first.upstream).toBeCloseTo(0.8513760318230125, 15);
    expect(first.derivative).toBeCloseTo(0.8513760318230125 * (1 - 0.8513760318230125), 15);
    expect(first.input).toBeCloseTo(0.6076839615563493, 15);
    for (const t of terms) {
      expect(t.product).toBeCloseTo(t.upstream * t.derivative * t.input, 15);
    }
    const sum = terms.reduce((acc, t) => acc + t.product, 0);
    expect(sum).toBe(trace.grads[9]);
    expect(sum).toBeCloseTo(0.11809712681141066, 15);
  });

  it('uses input 1 for a bias and upstream Σ_j w·δ_j for a hidden neuron', () => {
    const trace = traceStep(tutorialNet(), xorDataset(), 0, { learningRate: 1 });
    const [bias] = chainRule(trace, 6); // b1[0], hidden neuron h1
    expect(bias!.input).toBe(1);
    // error_hidden[0, 0] of the tutorial is −upstream.
    expect(-bias!.upstream).toBeCloseTo(-0.041307682288458235, 15);
    expect(bias!.product).toBeCloseTo(0.009847923480252563, 15);
    expect(locateParam([2, 3, 1], 4)).toEqual({ layer: 1, kind: 'weight', from: 1, to: 1 });
    expect(locateParam([2, 3, 1], 12)).toEqual({ layer: 2, kind: 'bias', from: -1, to: 0 });
    expect(locateParam([2, 3, 1], 13)).toBeNull();
  });
});

/** The tutorial's sign convention from ours (negation is exact). */
function negate(a: ArrayLike<number>): number[] {
  return Array.from(a, (x) => -x);
}
