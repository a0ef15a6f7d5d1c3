import { describe, expect, it } from 'vitest';
import { xorDataset } from '../engine/datasets';
import { Network } from '../engine/network';
import { NumpyRandom } from '../engine/random';
import { trainEpoch } from '../engine/train';
import type { TrainerConfig } from './protocol';
import { Trainer, specOf } from './trainer';

/** The tutorial's run (the store's default config, which the worker may not import). */
const TUTORIAL_CONFIG: TrainerConfig = {
  hiddenSizes: [3],
  hiddenActivation: 'sigmoid',
  outputActivation: 'sigmoid',
  loss: 'mse',
  learningRate: 1,
  epochTarget: 1000,
  seed: 0,
  speed: 0,
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

describe('Trainer: live settings while training', () => {
  it('repaints the maps at once for a new shape, not for a new learning rate', () => {
    const trainer = new Trainer({ ...TUTORIAL_CONFIG, epochTarget: 100_000 });
    expect(trainer.snapshot(0).heatmaps).not.toBeNull();
    trainer.play(0);
    trainer.configure({ learningRate: 0.5 }, 1);
    const moved = trainer.snapshot(2);
    expect(moved.config.learningRate).toBe(0.5);
    expect(moved.heatmaps).toBeNull();
    trainer.configure({ hiddenSizes: [4] }, 3);
    expect(trainer.snapshot(4).heatmaps?.neurons).toHaveLength(5 * 24 * 24);
  });

  it('trains with the new learning rate from the next epoch', () => {
    const trainer = new Trainer({ ...TUTORIAL_CONFIG, epochTarget: 1 });
    const train = () => {
      let clock = 0;
      trainer.play(clock);
      while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
    };
    train();
    trainer.configure({ learningRate: 0.25, epochTarget: 2 }, 0);
    train();
    // The same two epochs by hand: the tutorial's net on XOR, full batch, η 1 then 0.25.
    const net = Network.create(specOf(TUTORIAL_CONFIG), new NumpyRandom(0), 'tutorial');
    trainEpoch(net, xorDataset(), { learningRate: 1 });
    trainEpoch(net, xorDataset(), { learningRate: 0.25 });
    expect(Array.from(trainer.snapshot(0).params)).toEqual(Array.from(net.params));
  });
});
