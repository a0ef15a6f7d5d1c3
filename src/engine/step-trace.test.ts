import { describe, expect, it } from 'vitest';
// The tutorial's first step from np.random.seed(0): its variables as NumPy computes them
// (scripts/fixtures/first_step.py; regenerate with scripts/fixtures/generate.sh).
import NUMPY from '../../scripts/fixtures/numpy-first-step-seed0.json';
import { xorDataset } from './datasets.ts';
import { Network } from './network.ts';
import { paramLayout } from './param-layout.ts';
import { NumpyRandom } from './random.ts';
import { chainRule, traceStep } from './step-trace.ts';
import { trainEpoch } from './train.ts';
import { tutorialSpec } from './tutorial.ts';
import type { NetworkSpec } from './types.ts';

/** A NumPy matrix (nested lists, row-major) as one row-major list. */
const flat = (m: readonly (readonly number[])[]) => m.flat();

/** NumPy's BLAS may sum in another order: allow a few ulps (1e-13 relative, as tutorial-parity). */
function expectClose(actual: ArrayLike<number>, expected: readonly number[], rel = 1e-13): void {
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
    expectClose(trace.preActivations[1]!, flat(NUMPY.hidden_input));
    expectClose(trace.activations[1]!, flat(NUMPY.hidden_output));
    expectClose(trace.preActivations[2]!, flat(NUMPY.final_input));
    expectClose(trace.activations[2]!, flat(NUMPY.final_output));
    // Our dE/da, δ and dE/dθ are the tutorial's error_*, gradient_* and update terms (η = 1)
    // with the sign flipped.
    expectClose(negate(trace.upstream[2]!), flat(NUMPY.error_output));
    expectClose(negate(trace.deltas[2]!), flat(NUMPY.gradient_output));
    expectClose(negate(trace.upstream[1]!), flat(NUMPY.error_hidden));
    expectClose(negate(trace.deltas[1]!), flat(NUMPY.gradient_hidden));
    expectClose(negate(trace.grads.subarray(9, 12)), flat(NUMPY.delta_weights_hidden_output));
    expectClose(negate(trace.grads.subarray(12, 13)), flat(NUMPY.delta_bias_output));
    expectClose(negate(trace.grads.subarray(0, 6)), flat(NUMPY.delta_weights_input_hidden));
    expectClose(negate(trace.grads.subarray(6, 9)), flat(NUMPY.delta_bias_hidden));
    expect(trace.loss).toBe(NUMPY.loss);
  });

  it('traces one row alone', () => {
    const trace = traceStep(tutorialNet(), xorDataset(), 1, { learningRate: 1 });
    expect(trace.samples).toEqual([1]);
    expectClose(trace.activations[2]!, NUMPY.final_output[1]!);
    expectClose(negate(trace.grads.subarray(9, 12)), flat(NUMPY.row1.delta_weights_hidden_output));
    expectClose([trace.sampleLosses[0]!], [NUMPY.row1.loss]);
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
    // Row [0, 0]: upstream y − t = 0.8514 (−error_output), σ'(z) = y(1 − y), input h1 = 0.6077.
    const y = NUMPY.final_output[0]![0]!;
    expectClose([first.upstream], [-NUMPY.error_output[0]![0]!]);
    expectClose([first.derivative], [y * (1 - y)]);
    expectClose([first.input], [NUMPY.hidden_output[0]![0]!]);
    for (const t of terms) {
      expect(t.product).toBeCloseTo(t.upstream * t.derivative * t.input, 15);
    }
    const sum = terms.reduce((acc, t) => acc + t.product, 0);
    expect(sum).toBe(trace.grads[9]);
    expectClose([sum], [-NUMPY.delta_weights_hidden_output[0]![0]!]);
  });

  it('uses input 1 for a bias and upstream Σ_j w·δ_j for a hidden neuron', () => {
    const trace = traceStep(tutorialNet(), xorDataset(), 0, { learningRate: 1 });
    const [bias] = chainRule(trace, 6); // b1[0], hidden neuron h1
    expect(bias!.input).toBe(1);
    // error_hidden[0, 0] of the tutorial is −upstream; gradient_hidden[0, 0] is −δ.
    expectClose([-bias!.upstream], [NUMPY.error_hidden[0]![0]!]);
    expectClose([-bias!.product], [NUMPY.gradient_hidden[0]![0]!]);
    // W1[1, 1] (x2 → h2) is term for term upstream × derivative × x2.
    const layout = paramLayout([2, 3, 1]);
    const [weight] = chainRule(trace, layout.weightIndex(1, 1, 1));
    expect(weight!.input).toBe(0); // x2 of row [0, 0]
    expect(weight!.upstream).toBe(trace.upstream[1]![1]);
  });
});

describe('a softmax output in the trace', () => {
  it('shows δ = p − t as its upstream with derivative 1, so the chain rule still multiplies out', () => {
    const spec: NetworkSpec = {
      layerSizes: [2, 3, 3],
      hiddenActivation: 'tanh',
      outputActivation: 'softmax',
      loss: 'ce',
    };
    const net = Network.create(spec, new NumpyRandom(2), 'glorot');
    const data = {
      inputs: Float64Array.from([0.5, -1, 2, 0.3]),
      targets: Float64Array.from([0, 0, 1, 1, 0, 0]),
      count: 2,
      inputSize: 2,
      outputSize: 3,
    };
    const trace = traceStep(net, data, 'batch', { learningRate: 1 });
    const p = trace.activations[2]!;
    for (let k = 0; k < 6; k++) {
      expect(trace.upstream[2]![k]).toBe(p[k]! - data.targets[k]!);
      expect(trace.derivatives[2]![k]).toBe(1);
    }
    // W2[0, 1] (h1 → ŷ2): each sample's term is upstream × 1 × h1, the engine's own gradient.
    for (const term of chainRule(trace, paramLayout([2, 3, 3]).weightIndex(2, 0, 1))) {
      expect(term.product).toBeCloseTo(term.upstream * term.derivative * term.input, 15);
    }
    // The loss is per sample: −ln p of the true class, averaged over the two samples.
    expect(trace.loss).toBeCloseTo(-(Math.log(p[2]!) + Math.log(p[3]!)) / 2, 14);
  });
});

/** The tutorial's sign convention from ours (negation is exact). */
function negate(a: ArrayLike<number>): number[] {
  return Array.from(a, (x) => -x);
}
