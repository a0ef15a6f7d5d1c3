import { describe, expect, it } from 'vitest';
import type { TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { Trainer } from './trainer';

/** The tutorial's run, at full speed. */
const TUTORIAL: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };

function trainTo(trainer: Trainer, target: number): void {
  let clock = 0;
  trainer.configure({ epochTarget: target }, clock);
  trainer.play(clock);
  while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
}

describe('Trainer.restore (continue from a kept moment)', () => {
  it('puts the weights of epoch 200 back, cuts the curve there, and retrains identically', () => {
    const trainer = new Trainer(TUTORIAL);
    trainer.snapshot(0);
    trainTo(trainer, 200);
    const at200 = trainer.snapshot(0);
    trainTo(trainer, 500);
    const at500 = trainer.snapshot(0);
    expect(at500.historyTruncatedAt).toBeNull();

    trainer.restore(200, at200.params.slice());
    const restored = trainer.snapshot(0);
    expect(restored.epoch).toBe(200);
    expect([...restored.params]).toEqual([...at200.params]);
    expect(restored.historyTruncatedAt).toBe(200);
    expect(restored.historyRestarted).toBe(false);
    expect(restored.lossEpochs.length).toBe(0);

    // Full batch: the fork retraces the original run exactly.
    trainTo(trainer, 500);
    const again = trainer.snapshot(0);
    expect(again.lossEpochs[0]).toBe(200);
    expect(again.historyTruncatedAt).toBeNull();
    expect([...again.params]).toEqual([...at500.params]);
  });

  it('forks with a new learning rate from the restored weights', () => {
    const trainer = new Trainer(TUTORIAL);
    trainTo(trainer, 100);
    const at100 = trainer.snapshot(0);
    trainTo(trainer, 300);
    const original = trainer.snapshot(0);
    trainer.restore(100, at100.params.slice());
    trainer.configure({ learningRate: 0.1 }, 0);
    trainTo(trainer, 300);
    const fork = trainer.snapshot(0);
    expect(fork.epoch).toBe(300);
    expect(fork.loss).toBeGreaterThan(original.loss);
  });

  it('ignores weights that do not fit', () => {
    const trainer = new Trainer(TUTORIAL);
    trainTo(trainer, 10);
    trainer.snapshot(0);
    trainer.restore(3, new Float64Array(4));
    const after = trainer.snapshot(0);
    expect(after.epoch).toBe(10);
    expect(after.historyTruncatedAt).toBeNull();
  });
});
