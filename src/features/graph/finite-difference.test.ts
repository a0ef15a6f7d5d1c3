import { describe, expect, it } from 'vitest';
import { xorDataset } from '@/engine/datasets';
import { Network } from '@/engine/network';
import { NumpyRandom } from '@/engine/random';
import { traceStep } from '@/engine/step-trace';
import { tutorialSpec } from '@/engine/tutorial';
import { finiteDifference, printedPerE, stepLosses } from './finite-difference';

const spec = tutorialSpec();
const net = Network.create(spec, new NumpyRandom(0), 'tutorial');
const batch = traceStep(net, xorDataset(), 'batch', { learningRate: 1 });

describe('the step’s two losses', () => {
  it('prints the MSE the tutorial prints, and E = ½·Σ(t − y)² = N/2 × MSE', () => {
    const { printed, e } = stepLosses(spec, batch, batch.params);
    expect(printed).toBe(batch.loss);
    expect(e).toBeCloseTo(2 * batch.loss, 15);
    expect(printedPerE(spec, batch)).toBe(0.5);
  });

  it('finite differences of E equal backprop’s ∂E/∂w, of the MSE half of it (every parameter)', () => {
    batch.grads.forEach((grad, k) => {
      const fd = finiteDifference(spec, batch, k);
      expect(Math.abs(fd.e - grad)).toBeLessThan(1e-9);
      expect(Math.abs(fd.printed - grad * 0.5)).toBeLessThan(1e-9);
    });
    // The numbers for weights_hidden_output[0, 0]: 0.1181 and 0.05905.
    const index = 9;
    expect(batch.grads[index]).toBeCloseTo(0.11809712681141066, 15);
    expect(finiteDifference(spec, batch, index).printed).toBeCloseTo(0.05905, 5);
  });

  it('one row alone: N = 1, so ∂MSE/∂w = 2 × ∂E/∂w', () => {
    const row = traceStep(net, xorDataset(), 1, { learningRate: 1 });
    expect(printedPerE(spec, row)).toBe(2);
    const fd = finiteDifference(spec, row, 9);
    expect(Math.abs(fd.e - row.grads[9]!)).toBeLessThan(1e-9);
    expect(Math.abs(fd.printed - 2 * row.grads[9]!)).toBeLessThan(1e-9);
  });
});
