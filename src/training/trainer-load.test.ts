import { describe, expect, it } from 'vitest';
import type { TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { Trainer } from './trainer';

/** The tutorial's run, at full speed. */
const TUTORIAL: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };

function trainTo(trainer: Trainer, target: number): void {
  trainer.configure({ epochTarget: target }, 0);
  let clock = 0;
  trainer.play(clock);
  while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
}

describe('Trainer.load', () => {
  it('continues from loaded weights exactly as the run they were saved from', () => {
    const original = new Trainer(TUTORIAL);
    trainTo(original, 300);
    const saved = original.snapshot(0);
    trainTo(original, 600);

    const copy = new Trainer(TUTORIAL);
    copy.load(saved.epoch, saved.params);
    const loaded = copy.snapshot(0);
    expect(loaded.epoch).toBe(300);
    expect([...loaded.params]).toEqual([...saved.params]);
    expect(loaded.historyRestarted).toBe(true);
    trainTo(copy, 600);
    expect([...copy.snapshot(0).params]).toEqual([...original.snapshot(0).params]);
  });

  it('ignores weights that do not fit or are not finite, and bad epochs', () => {
    const trainer = new Trainer(TUTORIAL);
    const start = [...trainer.snapshot(0).params];
    trainer.load(5, new Float64Array(4));
    trainer.load(5, new Float64Array(13).fill(NaN));
    trainer.load(-1, new Float64Array(13));
    trainer.load(1.5, new Float64Array(13));
    const after = trainer.snapshot(0);
    expect([...after.params]).toEqual(start);
    expect(after.epoch).toBe(0);
  });
});
