import type { TrainerConfig } from './protocol';

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
