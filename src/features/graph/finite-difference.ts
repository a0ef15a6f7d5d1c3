/**
 * The two losses of one step and a finite-difference check of their gradients.
 *
 * The tutorial prints the mean squared error, MSE = mean((t − y)²), but its update follows
 * E = ½·Σ(t − y)² (no 1/N, no factor 2): the engine's dE/dθ. So ∂MSE/∂w = ∂E/∂w × 2/N, with N
 * the rows × outputs the step uses. Under cross-entropy E = Σ BCE and the printed loss its mean.
 */
import { LOSSES } from '@/engine/losses';
import type { StepTrace } from '@/engine/step-trace';
import { forwardSample } from '@/engine/textbook';
import type { NetworkSpec } from '@/engine/types';

/** The printed loss (a mean) and E (the sum the engine differentiates), at some parameters. */
export interface StepLosses {
  readonly printed: number;
  readonly e: number;
}

/** E's factor on the summed per-output loss: ½ for squared error (its derivative is y − t). */
export function eFactor(spec: NetworkSpec): number {
  return spec.loss === 'mse' ? 0.5 : 1;
}

/** ∂printed/∂θ = ∂E/∂θ × this: 2/N for squared error, 1/N for cross-entropy. */
export function printedPerE(spec: NetworkSpec, trace: StepTrace): number {
  const outputs = trace.layerSizes[trace.layerSizes.length - 1] ?? 1;
  return 1 / (eFactor(spec) * trace.samples.length * outputs);
}

/** Both losses of `params` on the rows the step traced (a fresh forward pass per row). */
export function stepLosses(
  spec: NetworkSpec,
  trace: StepTrace,
  params: ArrayLike<number>,
): StepLosses {
  const sizes = trace.layerSizes;
  const n0 = sizes[0] ?? 0;
  const nL = sizes[sizes.length - 1] ?? 0;
  const loss = LOSSES[spec.loss];
  const inputs = trace.activations[0] ?? new Float64Array(0);
  let sum = 0;
  trace.samples.forEach((_, r) => {
    const { a } = forwardSample(spec, params, inputs.subarray(r * n0, (r + 1) * n0));
    const output = a[a.length - 1] ?? [];
    for (let j = 0; j < nL; j++)
      sum += loss.value(output[j] ?? NaN, trace.targets[r * nL + j] ?? NaN);
  });
  return { printed: sum / (trace.samples.length * nL), e: eFactor(spec) * sum };
}

/** Step for the central difference: its O(h²) error stays far below the 4 digits shown. */
export const FD_STEP = 1e-5;

/**
 * ∂printed/∂θ and ∂E/∂θ for parameter `index` by central difference: nudge it by ±h, run the
 * forward pass again, divide the change by 2h. Backprop plays no part.
 */
export function finiteDifference(
  spec: NetworkSpec,
  trace: StepTrace,
  index: number,
  h = FD_STEP,
): StepLosses {
  const nudged = (by: number) => {
    const params = Float64Array.from(trace.params);
    params[index] = (params[index] ?? 0) + by;
    return stepLosses(spec, trace, params);
  };
  const up = nudged(h);
  const down = nudged(-h);
  return { printed: (up.printed - down.printed) / (2 * h), e: (up.e - down.e) / (2 * h) };
}
