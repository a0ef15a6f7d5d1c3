import { describe, expect, it } from 'vitest';
import { LOSSES } from './losses.ts';
import { Network } from './network.ts';
import { NumpyRandom, uniformSymmetric } from './random.ts';
import type { ActivationName, LossName, NetworkSpec } from './types.ts';

const SAMPLES = 5;
const H = 1e-6;

/** A 2-3-2-1 net with random weights and biases, plus random inputs and targets in (0, 1). */
function setup(hidden: ActivationName, output: ActivationName, loss: LossName, seed: number) {
  const spec: NetworkSpec = {
    layerSizes: [2, 3, 2, 1],
    hiddenActivation: hidden,
    outputActivation: output,
    loss,
  };
  const rng = new NumpyRandom(seed);
  const net = Network.create(spec, rng, 'glorot');
  for (let k = 0; k < net.params.length; k++) net.params[k] = uniformSymmetric(rng, 1);
  const inputs = Float64Array.from({ length: SAMPLES * 2 }, () => uniformSymmetric(rng, 1));
  const targets = Float64Array.from({ length: SAMPLES }, () => 0.05 + 0.9 * rng.rand());
  return { net, inputs, targets };
}

/** E = Σ_s ½(y − t)² for mse (the gradient the engine follows), Σ_s BCE(y, t) for bce. */
function objective(net: Network, inputs: Float64Array, targets: Float64Array): number {
  let e = 0;
  for (let s = 0; s < SAMPLES; s++) {
    const y = net.forward(inputs, s * 2)[0] ?? NaN;
    const t = targets[s] ?? NaN;
    e += net.spec.loss === 'mse' ? 0.5 * (y - t) ** 2 : LOSSES.bce.value(y, t);
  }
  return e;
}

const ACTS: ActivationName[] = ['sigmoid', 'tanh', 'linear', 'relu'];
const cases: [ActivationName, ActivationName, LossName][] = [
  ...ACTS.flatMap((h) =>
    (['sigmoid', 'tanh', 'linear'] as const).map(
      (o): [ActivationName, ActivationName, LossName] => [h, o, 'mse'],
    ),
  ),
  ...ACTS.map((h): [ActivationName, ActivationName, LossName] => [h, 'sigmoid', 'bce']),
];

describe('backprop vs central finite differences', () => {
  it.each(cases)('hidden %s, output %s, loss %s', (hidden, output, loss) => {
    const { net, inputs, targets } = setup(hidden, output, loss, 11);
    net.zeroGrads();
    for (let s = 0; s < SAMPLES; s++) {
      net.forward(inputs, s * 2);
      net.backward(targets, s);
    }
    const analytic = Float64Array.from(net.grads);
    let worst = 0;
    for (let k = 0; k < net.params.length; k++) {
      const theta = net.params[k] ?? NaN;
      net.params[k] = theta + H;
      const ePlus = objective(net, inputs, targets);
      net.params[k] = theta - H;
      const eMinus = objective(net, inputs, targets);
      net.params[k] = theta;
      const numeric = (ePlus - eMinus) / (2 * H);
      const g = analytic[k] ?? NaN;
      // Relative, with an absolute floor for gradients that are (near) zero, e.g. dead relus.
      const err = Math.abs(g - numeric) / Math.max(Math.abs(g), Math.abs(numeric), 1e-3);
      worst = Math.max(worst, err);
    }
    expect(worst).toBeLessThan(1e-6);
    // A sanity check that the objective is not flat: something has a real gradient.
    expect(Math.max(...analytic.map(Math.abs))).toBeGreaterThan(1e-3);
  });
});

describe('losses', () => {
  it('mse reports (t − p)² but differentiates ½(p − t)²', () => {
    expect(LOSSES.mse.value(0.25, 1)).toBe(0.5625);
    expect(LOSSES.mse.der(0.25, 1)).toBe(-0.75);
  });

  it('bce clamps p so value and derivative stay finite', () => {
    expect(LOSSES.bce.value(0, 1)).toBeCloseTo(-Math.log(1e-12), 6);
    expect(Number.isFinite(LOSSES.bce.der(1, 0))).toBe(true);
    expect(LOSSES.bce.value(0.5, 1)).toBeCloseTo(Math.LN2, 15);
  });

  it('uses the fused δ = p − t for sigmoid + bce (no blow-up at saturation)', () => {
    const spec: NetworkSpec = {
      layerSizes: [1, 1],
      hiddenActivation: 'sigmoid',
      outputActivation: 'sigmoid',
      loss: 'bce',
    };
    // z = 40 saturates the sigmoid to exactly 1 in doubles.
    const net = Network.fromParams(spec, Float64Array.from([0, 40]));
    const y = net.forward(Float64Array.of(0), 0)[0];
    expect(y).toBe(1);
    net.zeroGrads();
    net.backward(Float64Array.of(0), 0);
    expect(Array.from(net.grads)).toEqual([0, 1]);
  });
});
