/** The choices the controls offer, re-exported so that views need not reach into the engine. */
export { DATASETS, isRegression, type DatasetName } from '@/engine/datasets';
export { FEATURE_LABELS, FEATURES, type FeatureName } from '@/engine/features';
export { LIMITS } from '@/engine/limits';
export type { ActivationName, LossName } from '@/engine/types';

export const HIDDEN_ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'linear'] as const;
export const OUTPUT_ACTIVATIONS = ['sigmoid', 'tanh', 'linear'] as const;
export const LOSSES = [
  { value: 'mse', label: 'Squared error (MSE)' },
  { value: 'bce', label: 'Cross-entropy (BCE)' },
] as const;
export const REGULARIZATIONS = [
  { value: 'none', label: 'None' },
  { value: 'l1', label: 'L1' },
  { value: 'l2', label: 'L2' },
] as const;
