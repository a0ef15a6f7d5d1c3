import { describe, expect, it } from 'vitest';
import type { TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { checkInterval, criterionText, sweepSeeds, trainSeed } from './sweep';
import { Trainer } from './trainer';

/** The tutorial's run, at full speed. */
const FULL_SPEED_TUTORIAL: TrainerConfig = { ...TUTORIAL_CONFIG, speed: 0 };

const seeds = (n: number) => Array.from({ length: n }, (_, i) => i);

describe('seed sweep', () => {
  it('on XOR within 1,000 epochs, 2-2-1 solves 37 of seeds 0–49 and 2-3-1 solves 46', () => {
    const solvedBy = (hidden: number) =>
      [...sweepSeeds({ ...FULL_SPEED_TUTORIAL, hiddenSizes: [hidden] }, seeds(50))].filter(
        (outcome) => outcome.solved,
      ).length;
    expect(solvedBy(2)).toBe(37);
    expect(solvedBy(3)).toBe(46);
  });

  it('finds the epoch at which the page would see the tutorial run solved', () => {
    const outcome = trainSeed(FULL_SPEED_TUTORIAL, 0);
    expect(outcome.solved).toBe(true);
    const at = outcome.epochsToSolve!;
    expect(at).toBeGreaterThan(500);
    expect(at).toBeLessThan(1000);
    // The same run in the page's trainer: not solved one epoch before, solved at that epoch.
    const solvedAt = (epochs: number) => {
      const trainer = new Trainer({ ...FULL_SPEED_TUTORIAL, speed: 0, epochTarget: epochs });
      let clock = 0;
      trainer.play(clock);
      while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
      const s = trainer.snapshot(0);
      const right = [...s.predictions].every((y, i) => y >= 0.5 === s.targets[i]! >= 0.5);
      return s.loss < 0.01 && right;
    };
    expect(solvedAt(at - 1)).toBe(false);
    expect(solvedAt(at)).toBe(true);
  });

  it('judges the other sets by test accuracy and says so', () => {
    // The circle preset (presets.ts): Playground-style minibatches, so shuffling is exercised.
    const circle: TrainerConfig = {
      ...FULL_SPEED_TUTORIAL,
      dataset: 'circle',
      hiddenSizes: [6],
      hiddenActivation: 'tanh',
      loss: 'bce',
      batchSize: 10,
      reduction: 'mean',
      init: 'glorot',
      learningRate: 0.1,
      epochTarget: 300,
    };
    expect(criterionText(circle)).toBe('test accuracy of 95 % or more');
    expect(criterionText(FULL_SPEED_TUTORIAL)).toMatch(/right side of 0.5/);
    const outcomes = [...sweepSeeds(circle, seeds(3))];
    expect(outcomes.map((o) => o.seed)).toEqual([0, 1, 2]);
    for (const o of outcomes) {
      if (o.solved) expect(o.epochsToSolve).toBeLessThanOrEqual(circle.epochTarget);
      else expect(o.epochsToSolve).toBeNull();
    }
    expect(checkInterval(1000)).toBe(1);
    expect(checkInterval(100_000)).toBe(100);
  });
});
