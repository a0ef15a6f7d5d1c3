import { describe, expect, it } from 'vitest';
import type { HistoryRow } from './history-recorder';
import type { TrainerConfig } from './protocol';
import { RunState } from './run-state';
import { Trainer } from './trainer';
import { TUTORIAL_CONFIG } from './tutorial-config';

/** The plain way: a forward pass of its own for each row, then a whole trainEpoch. */
function plainRun(config: TrainerConfig, epochs: number) {
  const state = new RunState(config);
  const rows: HistoryRow[] = [];
  for (let e = 0; e < epochs; e++) {
    rows.push(state.measure());
    state.train();
  }
  return { rows, params: [...state.net.params] };
}

/** What the Trainer records, its full-batch epochs split around the row (RunState.beginEpoch). */
function trainerRun(config: TrainerConfig, epochs: number) {
  const trainer = new Trainer({ ...config, speed: 0, epochTarget: epochs });
  let clock = 0;
  trainer.play(clock);
  while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
  const { rows, params } = trainer.snapshot(clock);
  const asRows = [...rows.epochs].map((epoch, i) => ({
    epoch,
    trainLoss: rows.trainLoss[i]!,
    testLoss: rows.testLoss[i]!,
    trainAccuracy: rows.trainAccuracy[i]!,
    testAccuracy: rows.testAccuracy[i]!,
  }));
  return { rows: asRows, params: [...params] };
}

const base: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };
const cases: [string, Partial<TrainerConfig>][] = [
  ["the tutorial's XOR (test set = training set)", {}],
  ['full batch drawn in a shuffled order', { batchSize: 500 }],
  [
    'L2 penalty, mean reduction',
    { regularization: 'l2', regularizationRate: 0.01, reduction: 'mean' },
  ],
  [
    'a separate test set (circle, 8 hidden)',
    { dataset: 'circle', trainFraction: 0.5, hiddenSizes: [8], learningRate: 0.03 },
  ],
  ['softmax and cross-entropy', { dataset: 'spiral-3', outputActivation: 'softmax', loss: 'ce' }],
  ['regression', { dataset: 'plane', outputActivation: 'linear', learningRate: 0.001 }],
  ['mini-batches (no split: a row of its own)', { dataset: 'circle', batchSize: 10 }],
];

describe('history rows from the training pass itself', () => {
  it.each(cases)('equal the plain loop bit for bit: %s', (_, patch) => {
    const config = { ...base, ...patch };
    const plain = plainRun(config, 40);
    const split = trainerRun(config, 40);
    expect(split.rows).toEqual(plain.rows);
    expect(split.params).toEqual(plain.params);
  });
});
