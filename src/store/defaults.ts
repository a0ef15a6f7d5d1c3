import type { TrainerConfig } from '../worker/protocol';

/** The tutorial's run: 2-3-1 sigmoid, MSE, learning rate 1, 1000 epochs, seed 0. */
export const TUTORIAL_CONFIG: TrainerConfig = {
  hiddenSizes: [3],
  hiddenActivation: 'sigmoid',
  outputActivation: 'sigmoid',
  loss: 'mse',
  learningRate: 1,
  epochTarget: 1000,
  seed: 0,
  // About 3 s to the tutorial's 1000 epochs: fast enough to wait for, slow enough to watch.
  speed: 300,
  dataset: 'xor',
  pointCount: 500,
  noise: 0,
  trainFraction: 0.5,
  batchSize: 0,
  reduction: 'sum',
  features: ['x1', 'x2'],
  regularization: 'none',
  regularizationRate: 0,
  init: 'tutorial',
};

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
