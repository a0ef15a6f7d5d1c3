import { describe, expect, it } from 'vitest';
import { generatePoints, xorDataset } from '@/engine/datasets.ts';
import { toDataset } from '@/engine/features.ts';
import { exportPython, type PythonRun } from './export-python.ts';
import {
  HAS_NUMPY,
  MUST_RUN,
  printedLosses,
  runPython,
  SUITE,
  WHY_MISSING,
} from './python-runner.ts';
import { Network } from '@/engine/network.ts';
import { NumpyRandom } from '@/engine/random.ts';
import { evaluateLoss, trainEpoch } from '@/engine/train.ts';
import type { Dataset } from '@/engine/types.ts';

const TUTORIAL_RUN: PythonRun = {
  hiddenSizes: [3],
  hiddenActivation: 'sigmoid',
  outputActivation: 'sigmoid',
  loss: 'mse',
  learningRate: 1,
  epochTarget: 1000,
  seed: 0,
  dataset: 'xor',
  batchSize: 0,
  reduction: 'sum',
  features: ['x1', 'x2'],
  regularization: 'none',
  regularizationRate: 0,
  init: 'tutorial',
};

/**
 * The run as the trainer performs it (same init, options and shuffle stream, seed + 2), and the
 * losses the app records: every 100 epochs and after the last update, the loss of the weights
 * at the start of that epoch over all the training points.
 */
function engineLosses(run: PythonRun, data: Dataset): Map<number, number> {
  const net = Network.create(
    {
      layerSizes: [run.features.length, ...run.hiddenSizes, 1],
      hiddenActivation: run.hiddenActivation,
      outputActivation: run.outputActivation,
      loss: run.loss,
    },
    new NumpyRandom(run.seed),
    run.init,
  );
  const shuffle = run.batchSize > 0 ? new NumpyRandom(run.seed + 2) : undefined;
  const losses = new Map<number, number>();
  for (let epoch = 0; epoch < run.epochTarget; epoch++) {
    if (epoch % 100 === 0) losses.set(epoch, evaluateLoss(net, data));
    trainEpoch(net, data, {
      learningRate: run.learningRate,
      batchSize: run.batchSize > 0 ? Math.min(run.batchSize, data.count) : undefined,
      reduction: run.reduction,
      regularization: run.regularization,
      regularizationRate: run.regularizationRate,
      shuffle,
    });
  }
  losses.set(run.epochTarget, evaluateLoss(net, data));
  return losses;
}

function points(run: PythonRun, count: number, noise: number): Dataset {
  return toDataset(generatePoints(run.dataset, count, noise, new NumpyRandom(11)), run.features);
}

const CASES: { name: string; run: PythonRun; data: () => Dataset }[] = [
  { name: 'the tutorial', run: TUTORIAL_RUN, data: xorDataset },
  {
    name: 'seed 7, learning rate 2.5, 4 hidden',
    run: { ...TUTORIAL_RUN, seed: 7, learningRate: 2.5, hiddenSizes: [4] },
    data: xorDataset,
  },
  {
    name: 'two tanh layers, glorot',
    run: {
      ...TUTORIAL_RUN,
      hiddenSizes: [4, 3],
      hiddenActivation: 'tanh',
      init: 'glorot',
      learningRate: 0.3,
      seed: 3,
    },
    data: xorDataset,
  },
  {
    name: 'relu, sigmoid + BCE (fused delta), L2',
    run: {
      ...TUTORIAL_RUN,
      dataset: 'circle',
      hiddenSizes: [6],
      hiddenActivation: 'relu',
      loss: 'bce',
      init: 'glorot',
      learningRate: 0.01,
      epochTarget: 400,
      features: ['x1', 'x2', 'x1sq'],
      regularization: 'l2',
      regularizationRate: 0.01,
      seed: 5,
    },
    data: () => points(CASES[3]!.run, 40, 0.1),
  },
  {
    name: 'tanh, shuffled mini-batches, mean reduction, L1',
    run: {
      ...TUTORIAL_RUN,
      dataset: 'xor-quadrants',
      hiddenSizes: [5, 4],
      hiddenActivation: 'tanh',
      loss: 'bce',
      init: 'glorot',
      learningRate: 0.05,
      epochTarget: 300,
      batchSize: 7,
      reduction: 'mean',
      features: ['x1', 'x2', 'x1x2', 'sinx1'],
      regularization: 'l1',
      regularizationRate: 0.003,
      seed: 42,
    },
    data: () => points(CASES[4]!.run, 30, 0),
  },
  {
    name: 'tanh output + BCE (the unfused delta)',
    run: {
      ...TUTORIAL_RUN,
      outputActivation: 'tanh',
      loss: 'bce',
      learningRate: 0.01,
      epochTarget: 300,
    },
    data: xorDataset,
  },
  {
    name: 'regression: no hidden layer, linear output',
    run: {
      ...TUTORIAL_RUN,
      dataset: 'plane',
      hiddenSizes: [],
      outputActivation: 'linear',
      learningRate: 0.001,
      epochTarget: 200,
      init: 'glorot',
      seed: 1,
    },
    data: () => points(CASES[6]!.run, 25, 0.2),
  },
  {
    // Only the output bias can learn (every other gradient is 0): towards the classes' share.
    name: 'zero initialisation: nothing breaks the symmetry',
    run: {
      ...TUTORIAL_RUN,
      dataset: 'circle',
      init: 'zero',
      hiddenActivation: 'tanh',
      learningRate: 0.5,
      seed: 4,
    },
    data: () => points(CASES[7]!.run, 31, 0),
  },
];

describe.skipIf(!HAS_NUMPY && !MUST_RUN)(SUITE, () => {
  it('finds python3 with NumPy (required when CI is set)', () => {
    expect(HAS_NUMPY, WHY_MISSING).toBe(true);
  });

  it.each(CASES)(
    '$name: every printed loss within 1e-9 relative',
    ({ run, data }) => {
      const dataset = data();
      const stdout = runPython(exportPython(run, dataset.inputs, dataset.targets));
      const printed = printedLosses(stdout);
      const expected = engineLosses(run, dataset);
      expect([...printed.keys()]).toEqual([...expected.keys()]);
      for (const [epoch, loss] of expected) {
        const got = printed.get(epoch)!;
        expect(Number.isFinite(loss)).toBe(true);
        expect(Math.abs(got - loss) / Math.abs(loss)).toBeLessThan(1e-9);
      }
      // Every case really trains (a saturated or diverged net would make the comparison empty).
      expect(expected.get(0)! - [...expected.values()].at(-1)!).toBeGreaterThan(0);
      expect(stdout).toContain('Predictions after training:');
    },
    120_000,
  );

  it('prints the tutorial’s first loss digit for digit', () => {
    const data = xorDataset();
    const stdout = runPython(exportPython(TUTORIAL_RUN, data.inputs, data.targets));
    expect(stdout.split('\n')[0]).toBe('Epoch 0, Loss: 0.3859387189496001');
  }, 120_000);
});

describe('exportPython', () => {
  it('writes the tutorial’s data and settings as the tutorial does', () => {
    const data = xorDataset();
    const script = exportPython(TUTORIAL_RUN, data.inputs, data.targets);
    expect(script).toContain('inputs = np.array([[0, 0], [0, 1], [1, 0], [1, 1]])');
    expect(script).toContain('actual = np.array([[0], [1], [1], [0]])');
    expect(script).toContain('np.random.seed(0)');
    expect(script).toContain('learning_rate = 1.0');
    expect(script).not.toContain('shuffle');
  });

  it('embeds other datasets exactly, naming the feature columns', () => {
    const run: PythonRun = { ...TUTORIAL_RUN, dataset: 'spiral', features: ['x1', 'sinx2'] };
    const inputs = Float64Array.from([0.1, 1 / 3, -2.5, 1e-7]);
    const script = exportPython(run, inputs, Float64Array.from([1, 0]));
    expect(script).toContain('# Input columns: x1, sin(x2)');
    expect(script).toContain('[0.1, 0.3333333333333333], [-2.5, 1e-07]');
  });

  it('refuses data that does not fit the features', () => {
    expect(() =>
      exportPython(TUTORIAL_RUN, new Float64Array(6), Float64Array.from([0, 1, 1, 0])),
    ).toThrow(RangeError);
  });
});
