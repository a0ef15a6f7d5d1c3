import { MAX_HIDDEN_LAYERS, MAX_NEURONS, MIN_NEURONS } from './resize.ts';

/**
 * The bounds the engine itself enforces: resizeHidden, generatePoints and splitTrainTest throw a
 * RangeError past them. Every setting's range, these included, is in run-config.ts, which takes
 * these numbers from here; the network shape caps come from resize.ts so they live once too.
 */
export const LIMITS = {
  hiddenLayers: { min: 0, max: MAX_HIDDEN_LAYERS },
  neurons: { min: MIN_NEURONS, max: MAX_NEURONS },
  points: { max: 2000 },
  noise: { min: 0, max: 0.5 },
  trainFraction: { min: 0.1, max: 0.9 },
  /**
   * Largest size of a weight or bias typed in (the editor, or an edit in a link's or file's
   * record): far beyond trained ones, and small enough that outputs stay finite numbers.
   */
  typedWeight: { max: 1e6 },
} as const;
