import { MAX_HIDDEN_LAYERS, MAX_NEURONS, MIN_NEURONS } from './resize.ts';

/**
 * The ranges the studio offers for every setting, in one place for the UI and validation.
 * Network shape caps come from resize.ts so the numbers live once.
 */
export const LIMITS = {
  hiddenLayers: { min: 0, max: MAX_HIDDEN_LAYERS },
  neurons: { min: MIN_NEURONS, max: MAX_NEURONS },
  learningRate: { min: 1e-5, max: 10 },
  epochs: { min: 1, max: 1_000_000 },
  batchSize: { min: 1, max: 500 },
  points: { max: 2000 },
  noise: { min: 0, max: 0.5 },
  trainFraction: { min: 0.1, max: 0.9 },
  regularizationRate: { min: 0, max: 10 },
} as const;
