import { describe, expect, it } from 'vitest';
import { Network } from './network.ts';
import { NumpyRandom } from './random.ts';
import { regularizationPenalty, trainEpoch, type TrainOptions } from './train.ts';
import type { Dataset } from './types.ts';

/** y = w₁x₁ + w₂x₂ + b with w = (0.3, −0.3), b = 0.2; params are [w₁, w₂, b]. */
function linearNet(): Network {
  const spec = {
    layerSizes: [2, 1],
    hiddenActivation: 'linear',
    outputActivation: 'linear',
    loss: 'mse',
  } as const;
  return Network.fromParams(spec, Float64Array.from([0.3, -0.3, 0.2]));
}

/** One sample x = (1, 2), t = 0: y = −0.1, so dE/dy = −0.1, dE/dw = (−0.1, −0.2), dE/db = −0.1. */
const sample: Dataset = {
  inputs: Float64Array.from([1, 2]),
  targets: Float64Array.from([0]),
  count: 1,
  inputSize: 2,
  outputSize: 1,
};

function stepped(options: TrainOptions): { params: number[]; loss: number } {
  const net = linearNet();
  const loss = trainEpoch(net, sample, options);
  return { params: Array.from(net.params), loss };
}

describe('regularised training step (η = 1, λ = 0.1 unless stated)', () => {
  const base = { learningRate: 1, regularizationRate: 0.1 } as const;

  it('L2 adds λ·w to the weights’ gradient and leaves the bias alone', () => {
    const { params, loss } = stepped({ ...base, regularization: 'l2' });
    // w₁ = 0.3 + 0.1 − 0.03, w₂ = −0.3 + 0.2 + 0.03, b = 0.2 + 0.1.
    expect(params[0]).toBeCloseTo(0.37, 15);
    expect(params[1]).toBeCloseTo(-0.07, 15);
    expect(params[2]).toBeCloseTo(0.3, 15);
    expect(loss).toBeCloseTo(0.01, 15); // the data loss (0 − (−0.1))², no penalty
  });

  it('L1 moves weights η·λ toward zero and stops at zero instead of crossing it', () => {
    const { params } = stepped({ ...base, regularization: 'l1', regularizationRate: 0.15 });
    // w₁: 0.4 after the data step, then −0.15. w₂: −0.1 after the data step, would cross → 0.
    expect(params[0]).toBeCloseTo(0.25, 15);
    expect(params[1]).toBe(0);
    expect(params[2]).toBeCloseTo(0.3, 15);
  });

  it('an L1 weight clamped to zero moves again once the data gradient outweighs λ', () => {
    const net = linearNet();
    const options = { ...base, regularization: 'l1', regularizationRate: 0.15 } as const;
    trainEpoch(net, sample, options);
    expect(net.params[1]).toBe(0);
    // Now y = 0.25 + 0 + 0.3 = 0.55: dE/dw₂ = 0.55 · 2, so w₂ = −1.1 + 0.15 (not stuck at 0).
    trainEpoch(net, sample, options);
    expect(net.params[1]).toBeCloseTo(-0.95, 14);
  });

  it("'none', rate 0 and no option give bit-identical parameters", () => {
    const plain = stepped({ learningRate: 1 }).params;
    expect(stepped({ ...base, regularization: 'none' }).params).toEqual(plain);
    expect(
      stepped({ learningRate: 1, regularization: 'l2', regularizationRate: 0 }).params,
    ).toEqual(plain);
    expect(plain[0]).toBeCloseTo(0.4, 15);
  });

  it('penalises the weights of every layer of a deeper net, never a bias', () => {
    const spec = {
      layerSizes: [2, 3, 2, 1],
      hiddenActivation: 'tanh',
      outputActivation: 'sigmoid',
      loss: 'bce',
    } as const;
    const net = Network.create(spec, new NumpyRandom(5), 'tutorial');
    const manual = net.clone();
    const data: Dataset = {
      inputs: Float64Array.from([0.5, -1, 2, 0.25]),
      targets: Float64Array.from([1, 0]),
      count: 2,
      inputSize: 2,
      outputSize: 1,
    };
    const eta = 0.3;
    const lambda = 0.2;
    trainEpoch(net, data, {
      learningRate: eta,
      reduction: 'mean',
      regularization: 'l2',
      regularizationRate: lambda,
    });
    manual.zeroGrads();
    for (let s = 0; s < 2; s++) {
      manual.forward(data.inputs, 2 * s);
      manual.backward(data.targets, s);
    }
    const isWeight = new Array<boolean>(manual.params.length).fill(false);
    for (let l = 1; l <= 3; l++) {
      for (let k = manual.weightOffset(l); k < manual.biasOffset(l); k++) isWeight[k] = true;
    }
    manual.params.forEach((w, k) => {
      const g = manual.grads[k]! / 2 + (isWeight[k] ? lambda * w : 0);
      expect(net.params[k]).toBeCloseTo(w - eta * g, 14);
    });
  });

  it('regularizationPenalty is λ·Σ½w² (L2) or λ·Σ|w| (L1) over weights only', () => {
    const net = linearNet();
    expect(regularizationPenalty(net, 'l2', 0.1)).toBeCloseTo(0.1 * 0.5 * (0.09 + 0.09), 15);
    expect(regularizationPenalty(net, 'l1', 0.1)).toBeCloseTo(0.1 * 0.6, 15);
    expect(regularizationPenalty(net, 'none', 0.1)).toBe(0);
  });

  it('rejects a negative or non-finite rate', () => {
    expect(() => stepped({ ...base, regularization: 'l2', regularizationRate: -1 })).toThrow(
      RangeError,
    );
    expect(() => stepped({ ...base, regularization: 'l1', regularizationRate: NaN })).toThrow(
      RangeError,
    );
  });
});
