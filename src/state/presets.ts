/**
 * One documented starting point per dataset: an architecture, features and rate that solve it.
 * Choosing a dataset with "Apply the preset" ticked, or a link naming only its dataset, applies
 * its preset; each one's accuracy is checked by a test.
 */
import type { DatasetName } from '@/engine/datasets';
import type { TrainerConfig } from '@/training/protocol';
import { TUTORIAL_CONFIG } from './defaults';

export interface Preset {
  readonly label: string;
  /** One sentence for the learner: what the dataset is and why this network suits it. */
  readonly description: string;
  readonly config: Partial<TrainerConfig>;
}

/** Playground-style training: small batches, averaged gradients, Glorot weights, cross-entropy. */
const PLAYGROUND_STYLE: Partial<TrainerConfig> = {
  batchSize: 10,
  reduction: 'mean',
  init: 'glorot',
  hiddenActivation: 'tanh',
  outputActivation: 'sigmoid',
  loss: 'bce',
  noise: 0,
  trainFraction: 0.5,
  pointCount: 500,
  regularization: 'none',
  regularizationRate: 0,
};

export const PRESETS: Record<DatasetName, Preset> = {
  xor: {
    label: 'XOR (the tutorial)',
    description:
      "The tutorial's four points: 2-3-1 sigmoid network, squared error, full batch, learning rate 1.",
    config: withoutSpeed(TUTORIAL_CONFIG),
  },
  'xor-quadrants': {
    label: 'XOR quadrants',
    description:
      'Noisy XOR on the plane: two hidden layers of tanh neurons carve the four quadrants.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [8, 4],
      features: ['x1', 'x2'],
      learningRate: 0.1,
      epochTarget: 300,
    },
  },
  circle: {
    label: 'Circle',
    description:
      'A disc inside a ring: one layer of tanh neurons bends a line into a closed curve.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [6],
      features: ['x1', 'x2'],
      learningRate: 0.1,
      epochTarget: 300,
    },
  },
  gaussians: {
    label: 'Two Gaussians',
    description: 'Two blobs: almost a straight line separates them, so two neurons are plenty.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [2],
      features: ['x1', 'x2'],
      learningRate: 0.1,
      epochTarget: 100,
    },
  },
  spiral: {
    label: 'Spiral',
    description:
      'Two interleaved arms: the hardest set. Extra features (sin, squares) and depth help.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [8, 8, 6],
      features: ['x1', 'x2', 'x1sq', 'x2sq', 'x1x2', 'sinx1', 'sinx2'],
      learningRate: 0.03,
      epochTarget: 2000,
    },
  },
  'spiral-3': {
    label: 'Three-arm spiral (3 classes)',
    description:
      'Three interleaved arms: three output neurons under a softmax give each class a probability.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [8, 8],
      features: ['x1', 'x2', 'sinx1', 'sinx2'],
      outputActivation: 'softmax',
      loss: 'ce',
      learningRate: 0.03,
      epochTarget: 300,
    },
  },
  'blobs-3': {
    label: 'Three blobs (3 classes)',
    description:
      'Three clusters: with a softmax output, straight boundaries between them are enough.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [3],
      features: ['x1', 'x2'],
      outputActivation: 'softmax',
      loss: 'ce',
      learningRate: 0.1,
      epochTarget: 100,
    },
  },
  plane: {
    label: 'Plane (regression)',
    description: 'A tilted plane: a single linear output with no hidden layer fits it exactly.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [],
      features: ['x1', 'x2'],
      outputActivation: 'linear',
      loss: 'mse',
      learningRate: 0.01,
      epochTarget: 200,
    },
  },
  'multi-gaussian': {
    label: 'Multi-Gaussian (regression)',
    description: 'Bumps and dips: tanh hidden layers with a linear output shape the surface.',
    config: {
      ...PLAYGROUND_STYLE,
      hiddenSizes: [8, 6],
      features: ['x1', 'x2'],
      outputActivation: 'linear',
      loss: 'mse',
      learningRate: 0.3,
      epochTarget: 1000,
    },
  },
};

/** The preset's settings as a patch for the store. */
export function presetPatch(dataset: DatasetName): Partial<TrainerConfig> {
  return { ...PRESETS[dataset].config, dataset };
}

/** A preset keeps the learner's chosen speed. */
function withoutSpeed(config: TrainerConfig): Partial<TrainerConfig> {
  const patch: { -readonly [K in keyof TrainerConfig]?: TrainerConfig[K] } = { ...config };
  delete patch.speed;
  return patch;
}
