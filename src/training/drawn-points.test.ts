import { describe, expect, it } from 'vitest';
import type { DataPoints, TrainerConfig } from './protocol';
import { TUTORIAL_CONFIG } from './tutorial-config';
import { Trainer } from './trainer';

const CIRCLE: TrainerConfig = { ...TUTORIAL_CONFIG, dataset: 'circle', speed: 0 };

/** The points each trainer last sent (snapshots carry them only when they changed). */
const sent = new WeakMap<Trainer, DataPoints>();

/** Every training and test point as "x,y,label" strings, sorted. */
function pointsOf(trainer: Trainer): { train: string[]; test: string[] } {
  const points = trainer.snapshot(0).points ?? sent.get(trainer)!;
  sent.set(trainer, points);
  const rows = (x: Float64Array, y: Float64Array, label: Float64Array) =>
    Array.from(x, (value, i) => `${value},${y[i]},${label[i]}`).sort();
  return {
    train: rows(points.trainX, points.trainY, points.trainLabel),
    test: rows(points.testX, points.testY, points.testLabel),
  };
}

function drawn(trainer: Trainer): string[] {
  return pointsOf(trainer).train.filter(
    (row) => row.startsWith('5.5,') || row.startsWith('-5.25,'),
  );
}

describe('the learner’s drawing', () => {
  it('survives a new split, noise, point count, seed and a reset, erasures included', () => {
    const trainer = new Trainer(CIRCLE);
    trainer.addPoint(5.5, 5.5, 1);
    trainer.addPoint(5.5, -5.5, 0);
    trainer.addPoint(-5.25, 4, 1);
    // Erases the second point and whatever generated points lie near the centre.
    trainer.erase(5.5, -5.5, 0.1);
    trainer.erase(0, 0, 2);
    const expected = ['-5.25,4,1', '5.5,5.5,1'];
    expect(drawn(trainer)).toEqual(expected);

    for (const patch of [
      { trainFraction: 0.8 },
      { noise: 0.3 },
      { pointCount: 300 },
      { seed: 7 },
    ] satisfies Partial<TrainerConfig>[]) {
      trainer.configure(patch, 0);
      const { train, test } = pointsOf(trainer);
      expect(drawn(trainer)).toEqual(expected);
      // The erased disc stays empty in both sets, whatever the new points are.
      const near = (row: string) => Math.hypot(...row.split(',').slice(0, 2).map(Number)) <= 2;
      expect([...train, ...test].filter(near)).toEqual([]);
    }
    const before = pointsOf(trainer);
    trainer.reset();
    expect(pointsOf(trainer)).toEqual(before);
    // 80 % of the 300 generated points (less the erased ones) train, with the drawn two.
    const generated = before.train.length - 2 + before.test.length;
    expect(generated).toBeLessThan(300);
    expect((before.train.length - 2) / generated).toBeCloseTo(0.8, 1);
  });

  it('is replaced by Regenerate and by another dataset, and replays to the same points', () => {
    const trainer = new Trainer(CIRCLE);
    trainer.addPoint(5.5, 5.5, 1);
    trainer.configure({ trainFraction: 0.3 }, 0);
    const copy = new Trainer(CIRCLE);
    copy.replay(trainer.record(), 0);
    expect(pointsOf(copy)).toEqual(pointsOf(trainer));
    trainer.regenerate();
    expect(drawn(trainer)).toEqual([]);

    const other = new Trainer(CIRCLE);
    other.addPoint(5.5, 5.5, 1);
    other.configure({ dataset: 'spiral' }, 0);
    expect(drawn(other)).toEqual([]);
  });

  it('imported points replace the generated ones, split by the training share, kept on new settings', () => {
    const trainer = new Trainer(CIRCLE);
    trainer.addPoint(5.5, 5.5, 1);
    const x = Array.from({ length: 40 }, (_, i) => i / 10 - 2);
    const points = { x, y: x.map((v) => -v), label: x.map((_, i) => i % 2) };
    trainer.importPoints(points);
    const all = (t: Trainer) => {
      const { train, test } = pointsOf(t);
      return { train: train.length, test: test.length, rows: [...train, ...test].sort() };
    };
    const expected = x.map((v, i) => `${v},${-v},${i % 2}`).sort();
    expect(all(trainer)).toEqual({ train: 20, test: 20, rows: expected });
    trainer.configure({ trainFraction: 0.8, noise: 0.4, pointCount: 100 }, 0);
    expect(all(trainer)).toEqual({ train: 32, test: 8, rows: expected });
    trainer.addPoint(5.5, 5.5, 1);
    trainer.reset();
    expect(all(trainer).rows).toEqual([...expected, '5.5,5.5,1'].sort());

    const copy = new Trainer(CIRCLE);
    copy.replay(trainer.record(), 0);
    expect(pointsOf(copy)).toEqual(pointsOf(trainer));
    trainer.regenerate();
    expect(all(trainer).train + all(trainer).test).toBe(100);
  });
});
