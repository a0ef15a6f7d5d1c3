import { describe, expect, it } from 'vitest';
import { xorDataset } from '@/engine/datasets';
import { Network } from '@/engine/network';
import { NumpyRandom } from '@/engine/random';
import { specOf } from '@/engine/run-config';
import { trainEpoch } from '@/engine/train';
import type { TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { Trainer } from './trainer';

/** The tutorial's run, at full speed. */
const FULL_SPEED_TUTORIAL: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };

describe('Trainer: live settings while training', () => {
  it('repaints the maps at once for a new shape, not for a new learning rate', () => {
    const trainer = new Trainer({ ...FULL_SPEED_TUTORIAL, epochTarget: 100_000 });
    expect(trainer.snapshot(0).heatmaps).not.toBeNull();
    trainer.play(0);
    trainer.configure({ learningRate: 0.5 }, 1);
    const moved = trainer.snapshot(2);
    expect(moved.trainedWith.learningRate).toBe(0.5);
    expect(moved.heatmaps).toBeNull();
    trainer.configure({ hiddenSizes: [4] }, 3);
    expect(trainer.snapshot(4).heatmaps?.neurons).toHaveLength(5 * 24 * 24);
  });

  it('trains with the new learning rate from the next epoch', () => {
    const trainer = new Trainer({ ...FULL_SPEED_TUTORIAL, epochTarget: 1 });
    const train = () => {
      let clock = 0;
      trainer.play(clock);
      while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
    };
    train();
    trainer.configure({ learningRate: 0.25, epochTarget: 2 }, 0);
    train();
    // The same two epochs by hand: the tutorial's net on XOR, full batch, η 1 then 0.25.
    const net = Network.create(specOf(FULL_SPEED_TUTORIAL), new NumpyRandom(0), 'tutorial');
    trainEpoch(net, xorDataset(), { learningRate: 1 });
    trainEpoch(net, xorDataset(), { learningRate: 0.25 });
    expect(Array.from(trainer.snapshot(0).params)).toEqual(Array.from(net.params));
  });
});
