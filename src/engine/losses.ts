import type { LossName } from './types.ts';

/** A per-output loss E(pred, target) with its derivative dE/dpred. */
export interface Loss {
  /** The value reported to the user. */
  value(pred: number, target: number): number;
  /** dE/dpred, the gradient backprop starts from. */
  der(pred: number, target: number): number;
}

/** Probabilities are clamped to [EPS, 1 − EPS] so BCE and its derivative stay finite. */
const EPS = 1e-12;

function clampProbability(p: number): number {
  return p < EPS ? EPS : p > 1 - EPS ? 1 - EPS : p;
}

/*
 * Each formula is written once, here: the table LOSSES (the readable path: textbook.ts,
 * step-trace.ts, train.ts) and the batched kernels of fast-kernels.ts call these functions.
 */

/** E = (t − y)², the tutorial's printed loss per output (np.mean of it over the outputs). */
export function mseValue(pred: number, target: number): number {
  return (target - pred) * (target - pred);
}

/**
 * dE/dy = y − t: the derivative of ½(y − t)², not of the printed (t − y)², since the
 * tutorial's update has no factor 2 (and no 1/N).
 */
export function mseDerivative(pred: number, target: number): number {
  return pred - target;
}

/**
 * δ = dE/dz = p − t where the output's derivative and the cross-entropy's cancel, computed directly
 * (no division by p or p(1 − p) near 0 or 1):
 * - a sigmoid output p = σ(z) under BCE: dE/dp = (p − t) / (p(1 − p)) times σ'(z) = p(1 − p);
 * - a softmax output under CE with one-hot (or any summing-to-1) targets: the Jacobian product
 *   p_j(g_j − Σ g_i p_i) with g = −t/p gives −t_j + p_j Σ t_i = p_j − t_j.
 */
export function crossEntropyDelta(p: number, target: number): number {
  return p - target;
}

/** E = −(t · ln p + (1 − t) · ln(1 − p)), p = y clamped to [EPS, 1 − EPS]. */
export function bceValue(pred: number, target: number): number {
  const p = clampProbability(pred);
  return -(target * Math.log(p) + (1 - target) * Math.log(1 - p));
}

/** dE/dy = (p − t) / (p(1 − p)), p = y clamped to [EPS, 1 − EPS]. */
export function bceDerivative(pred: number, target: number): number {
  const p = clampProbability(pred);
  return (p - target) / (p * (1 - p));
}

/** One output's term of categorical cross-entropy: −t · ln p, p = y clamped to [EPS, 1 − EPS]. */
export function ceValue(pred: number, target: number): number {
  return -(target * Math.log(clampProbability(pred)));
}

/** dE/dy = −t / p, p = y clamped to [EPS, 1 − EPS]. */
export function ceDerivative(pred: number, target: number): number {
  return -target / clampProbability(pred);
}

/** The built-in losses. */
export const LOSSES: Record<LossName, Loss> = {
  mse: { value: mseValue, der: mseDerivative },
  bce: { value: bceValue, der: bceDerivative },
  ce: { value: ceValue, der: ceDerivative },
};

/**
 * What a sample's summed loss is divided by for the mean the app reports: its outputs for MSE and
 * BCE (one loss per output, np.mean's convention), 1 for CE, whose terms together are one loss
 * (−ln p of the true class): so an untrained 3-class net shows ln 3 ≈ 1.10, as textbooks do.
 */
export function lossTermsPerSample(loss: LossName, outputs: number): number {
  return loss === 'ce' ? 1 : outputs;
}
