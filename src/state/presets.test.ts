import { describe, expect, it } from 'vitest';
import { DATASETS, isRegression } from '@/engine/datasets';
import { Trainer } from '@/training/trainer';
import { TUTORIAL_CONFIG } from './defaults';
import { PRESETS, presetPatch } from './presets';

/** Trains a preset to its epoch target, as Play would, and returns the final snapshot. */
function trainPreset(dataset: (typeof DATASETS)[number]) {
  const trainer = new Trainer({ ...TUTORIAL_CONFIG, ...presetPatch(dataset), speed: 0 });
  let clock = 0;
  trainer.play(clock);
  while (trainer.isRunning) trainer.runSlice(() => (clock += 1), clock + 1e9);
  return trainer.snapshot(clock);
}

describe('dataset presets', () => {
  it('has a preset with a description for every dataset', () => {
    for (const dataset of DATASETS) {
      expect(PRESETS[dataset].description.length).toBeGreaterThan(20);
    }
  });

  it.each([
    ['xor-quadrants', 0.95],
    ['circle', 0.95],
    ['gaussians', 0.95],
    ['spiral', 0.9],
    ['spiral-3', 0.9],
    ['blobs-3', 0.95],
  ] as const)(
    '%s reaches at least %d test accuracy',
    (dataset, target) => {
      const snapshot = trainPreset(dataset);
      expect(snapshot.epoch).toBe(PRESETS[dataset].config.epochTarget);
      expect(snapshot.testAccuracy).toBeGreaterThanOrEqual(target);
    },
    // Spiral trains 2000 epochs of a 7-8-8-6-1 net: seconds, more on a busy machine.
    60_000,
  );

  it('the tutorial preset solves XOR in 1000 epochs', () => {
    const snapshot = trainPreset('xor');
    expect(snapshot.loss).toBeLessThan(0.01);
    expect(snapshot.trainAccuracy).toBe(1);
  });

  it.each(['plane', 'multi-gaussian'] as const)('%s (regression) fits its surface', (dataset) => {
    expect(isRegression(dataset)).toBe(true);
    const snapshot = trainPreset(dataset);
    expect(Number.isNaN(snapshot.testAccuracy)).toBe(true);
    // R² on the test set: the share of the targets' variance the network explains.
    const targets = [...snapshot.points!.testLabel];
    const mean = targets.reduce((a, b) => a + b, 0) / targets.length;
    const variance = targets.reduce((a, t) => a + (t - mean) ** 2, 0) / targets.length;
    expect(1 - snapshot.testLoss / variance).toBeGreaterThan(dataset === 'plane' ? 0.99 : 0.8);
  });
});
