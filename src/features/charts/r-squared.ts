import { useTraining, useViewedMetrics } from '@/state/hooks';
import type { Lane } from '@/state/lanes';
import { isRegression } from '@/state/options';
import { useHasTestSet } from './use-has-test-set';

/**
 * R² = 1 − MSE / Var(t): the share of the targets' variance the network explains (1 is a perfect
 * fit, 0 no better than always answering their mean, below 0 worse). NaN without targets or
 * when they do not vary.
 */
export function rSquared(meanSquaredError: number, targets: ArrayLike<number>): number {
  const n = targets.length;
  if (n === 0) return NaN;
  let mean = 0;
  for (let i = 0; i < n; i++) mean += targets[i]!;
  mean /= n;
  let variance = 0;
  for (let i = 0; i < n; i++) variance += (targets[i]! - mean) ** 2;
  variance /= n;
  return variance > 0 ? 1 - meanSquaredError / variance : NaN;
}

/**
 * The viewed moment's R² on the test points (the training points where there is no test set),
 * or null unless this is regression under the squared-error loss, whose loss is the MSE.
 */
export function useRSquared(lane: Lane): { readonly value: number; readonly set: string } | null {
  const regression = useTraining((s) => isRegression(s.config.dataset) && s.config.loss === 'mse');
  const points = useTraining((s) => s.points);
  const hasTestSet = useHasTestSet();
  const viewed = useViewedMetrics(lane);
  if (!regression || !points || !viewed) return null;
  return hasTestSet
    ? { value: rSquared(viewed.testLoss, points.testLabel), set: 'test' }
    : { value: rSquared(viewed.loss, points.trainLabel), set: 'training' };
}
