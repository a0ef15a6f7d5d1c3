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

/** The built-in losses. */
export const LOSSES: Record<LossName, Loss> = {
  mse: {
    // The value is the tutorial's printed (target − pred)², but the derivative is that of
    // ½(pred − target)²: the tutorial's update has no factor 2 (and no 1/N).
    value: (pred, target) => (target - pred) * (target - pred),
    der: (pred, target) => pred - target,
  },
  bce: {
    value: (pred, target) => {
      const p = clampProbability(pred);
      return -(target * Math.log(p) + (1 - target) * Math.log(1 - p));
    },
    der: (pred, target) => {
      const p = clampProbability(pred);
      return (p - target) / (p * (1 - p));
    },
  },
};
