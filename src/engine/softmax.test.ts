import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { softmaxInPlace } from './activations.ts';
import { toDataset } from './features.ts';
import { LOSSES } from './losses.ts';
import { confusionMatrix } from './metrics.ts';
import { Network } from './network.ts';
import { NumpyRandom, uniformSymmetric } from './random.ts';
import { forwardSample } from './textbook.ts';
import { evaluateLoss, trainEpoch } from './train.ts';
import type { LossName, NetworkSpec } from './types.ts';

/** What scripts/fixtures/softmax_ce.py prints: one NumPy step of a 2-4-3 tanh/softmax net. */
interface SoftmaxFixture {
  layerSizes: number[];
  learningRate: number;
  inputs: number[];
  labels: number[];
  params: number[];
  probabilities: number[];
  loss: number;
  grads: number[];
  updatedParams: number[];
}

const fixture = JSON.parse(
  readFileSync(new URL('../../scripts/fixtures/softmax-ce.json', import.meta.url), 'utf8'),
) as SoftmaxFixture;

const SPEC: NetworkSpec = {
  layerSizes: fixture.layerSizes,
  hiddenActivation: 'tanh',
  outputActivation: 'softmax',
  loss: 'ce',
};

function fixtureData() {
  const count = fixture.labels.length;
  const points = {
    x: Float64Array.from(fixture.labels, (_, s) => fixture.inputs[2 * s]!),
    y: Float64Array.from(fixture.labels, (_, s) => fixture.inputs[2 * s + 1]!),
    label: Float64Array.from(fixture.labels),
    count,
  };
  return toDataset(points, ['x1', 'x2'], 3);
}

function expectClose(actual: ArrayLike<number>, expected: readonly number[], tolerance: number) {
  expect(actual.length).toBe(expected.length);
  expected.forEach((e, k) => expect(Math.abs(actual[k]! - e)).toBeLessThan(tolerance));
}

describe('softmax with categorical cross-entropy against NumPy', () => {
  it('gives NumPy’s probabilities, loss, gradients and update', () => {
    const data = fixtureData();
    // One-hot targets: class c → 1 in column c.
    expect(Array.from(data.targets.subarray(0, 6))).toEqual([1, 0, 0, 0, 1, 0]);
    const net = Network.fromParams(SPEC, Float64Array.from(fixture.params));
    const probabilities = fixture.labels.flatMap((_, s) =>
      Array.from(net.forward(data.inputs, s * 2)),
    );
    expectClose(probabilities, fixture.probabilities, 1e-15);
    // The loss is per sample (−ln p of the true class), not per output.
    expect(evaluateLoss(net, data)).toBeCloseTo(fixture.loss, 14);
    const lossBefore = trainEpoch(net, data, { learningRate: fixture.learningRate });
    expect(lossBefore).toBeCloseTo(fixture.loss, 14);
    expectClose(net.grads, fixture.grads, 1e-14);
    expectClose(net.params, fixture.updatedParams, 1e-14);
  });

  it('starts an untrained net near ln 3 and learns the six points', () => {
    const data = fixtureData();
    const net = Network.create(SPEC, new NumpyRandom(1), 'glorot');
    expect(evaluateLoss(net, data)).toBeGreaterThan(0.5 * Math.log(3));
    for (let epoch = 0; epoch < 300; epoch++) trainEpoch(net, data, { learningRate: 0.3 });
    expect(evaluateLoss(net, data)).toBeLessThan(0.05);
  });
});

describe('softmax', () => {
  it('turns [1, 2, 3] into e^z / Σ e^z, even for huge z', () => {
    const e = [Math.exp(1), Math.exp(2), Math.exp(3)];
    const sum = e[0]! + e[1]! + e[2]!;
    const p = [1, 2, 3];
    softmaxInPlace(p, 0, 3, 1);
    expectClose(p, [e[0]! / sum, e[1]! / sum, e[2]! / sum], 1e-15);
    // Subtracting the largest z first: no overflow at 1000.
    const big = [1001, 1002, 1003];
    softmaxInPlace(big, 0, 3, 1);
    expectClose(big, p, 1e-15);
  });
});

/** E = Σ_s CE (or ½(y − t)², BCE) over the samples: what the engine's gradient is of. */
function objective(net: Network, inputs: Float64Array, targets: Float64Array, loss: LossName) {
  const k = net.layerSize(net.layerCount);
  let e = 0;
  for (let s = 0; s < targets.length / k; s++) {
    const y = net.forward(inputs, s * 2);
    for (let j = 0; j < k; j++) {
      const t = targets[s * k + j]!;
      e += loss === 'mse' ? 0.5 * (y[j]! - t) ** 2 : LOSSES[loss].value(y[j]!, t);
    }
  }
  return e;
}

describe('softmax gradients vs central finite differences', () => {
  const H = 1e-6;

  it('∂E/∂z = p − onehot for cross-entropy', () => {
    const z = [0.3, -1.2, 0.8];
    const target = [0, 0, 1];
    const ce = (zs: number[]) => {
      const p = [...zs];
      softmaxInPlace(p, 0, 3, 1);
      return p.reduce((sum, pj, j) => sum + LOSSES.ce.value(pj, target[j]!), 0);
    };
    const p = [...z];
    softmaxInPlace(p, 0, 3, 1);
    z.forEach((_, j) => {
      const plus = z.map((v, i) => (i === j ? v + H : v));
      const minus = z.map((v, i) => (i === j ? v - H : v));
      const numeric = (ce(plus) - ce(minus)) / (2 * H);
      expect(Math.abs(numeric - (p[j]! - target[j]!))).toBeLessThan(1e-8);
    });
  });

  it.each(['ce', 'mse', 'bce'] as const)('every weight of a 2-3-3 net, softmax + %s', (loss) => {
    const spec: NetworkSpec = { ...SPEC, layerSizes: [2, 3, 3], loss };
    const rng = new NumpyRandom(21);
    const net = Network.create(spec, rng, 'glorot');
    for (let k = 0; k < net.params.length; k++) net.params[k] = uniformSymmetric(rng, 1);
    const inputs = Float64Array.from({ length: 8 }, () => uniformSymmetric(rng, 2));
    const targets = Float64Array.from([1, 0, 0, 0, 0, 1, 0, 1, 0, 0, 0, 1]);
    net.zeroGrads();
    for (let s = 0; s < 4; s++) {
      net.forward(inputs, s * 2);
      net.backward(targets, s * 3);
    }
    const analytic = Float64Array.from(net.grads);
    for (let k = 0; k < net.params.length; k++) {
      const theta = net.params[k]!;
      net.params[k] = theta + H;
      const plus = objective(net, inputs, targets, loss);
      net.params[k] = theta - H;
      const minus = objective(net, inputs, targets, loss);
      net.params[k] = theta;
      expect(Math.abs((plus - minus) / (2 * H) - analytic[k]!)).toBeLessThan(1e-7);
    }
    // The textbook's forward pass gives the same probabilities, summing to 1.
    const pass = forwardSample(spec, net.params, inputs);
    const p = pass.a[2]!;
    expect(p[0]! + p[1]! + p[2]!).toBeCloseTo(1, 15);
  });
});

describe('confusionMatrix', () => {
  it('counts (true class, predicted class) for three classes and for one output', () => {
    const predictions = [0.7, 0.2, 0.1, 0.1, 0.3, 0.6, 0.2, 0.5, 0.3, 0.1, 0.1, 0.8];
    const targets = [1, 0, 0, 0, 1, 0, 0, 1, 0, 0, 0, 1];
    // Sample 2 (class 1) was called class 2; the others are right.
    expect(Array.from(confusionMatrix(predictions, targets, 3))).toEqual([
      1, 0, 0, 0, 1, 1, 0, 0, 1,
    ]);
    // One output: class 1 is y ≥ 0.5. Rows: true 0, true 1.
    expect(Array.from(confusionMatrix([0.2, 0.9, 0.6, 0.4], [0, 1, 0, 1], 1))).toEqual([
      1, 1, 1, 1,
    ]);
  });
});
