/** The tutorial's run; defined beside the worker so that its tests use the same one. */
export { TUTORIAL_CONFIG } from '@/training/tutorial-config';

export const LEARNING_RATE_RANGE = { min: 0.001, max: 10 } as const;
export const EPOCH_TARGET_RANGE = { min: 100, max: 100_000 } as const;
export const HIDDEN_NEURON_RANGE = { min: 1, max: 8 } as const;

/** Speeds offered, in epochs per second; 0 is as fast as the engine goes. */
export const SPEEDS = [
  { value: 1, label: '1 epoch/s' },
  { value: 10, label: '10 epochs/s' },
  { value: 60, label: '60 epochs/s' },
  { value: 300, label: '300 epochs/s' },
  { value: 3000, label: '3,000 epochs/s' },
  { value: 0, label: 'Full speed' },
] as const;
