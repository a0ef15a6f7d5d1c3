import { describe, expect, it } from 'vitest';
import {
  classCount,
  DATASETS,
  generatePoints,
  isRegression,
  splitTrainTest,
  type DatasetName,
  type PointSet,
} from './datasets.ts';
import { NumpyRandom } from './random.ts';

function points(name: DatasetName, noise = 0, seed = 1, count = 500): PointSet {
  return generatePoints(name, count, noise, new NumpyRandom(seed));
}

function ones(p: PointSet): number {
  return p.label.filter((v) => v === 1).length;
}

function maxAbs(a: Float64Array): number {
  return a.reduce((m, v) => Math.max(m, Math.abs(v)), 0);
}

/** Mean distance of a blob's points from its centre (c, c). */
function meanRadius(p: PointSet, label: number, c: number): number {
  let sum = 0;
  let n = 0;
  for (let i = 0; i < p.count; i++) {
    if (p.label[i] !== label) continue;
    sum += Math.hypot(p.x[i]! - c, p.y[i]! - c);
    n++;
  }
  return sum / n;
}

describe('generatePoints', () => {
  it("'xor' is the tutorial's four points, whatever the count, noise and seed", () => {
    const p = generatePoints('xor', 500, 0.5, new NumpyRandom(3));
    expect(p.count).toBe(4);
    expect(Array.from(p.x)).toEqual([0, 0, 1, 1]);
    expect(Array.from(p.y)).toEqual([0, 1, 0, 1]);
    expect(Array.from(p.label)).toEqual([0, 1, 1, 0]);
  });

  it('makes exactly count points, odd counts included', () => {
    for (const name of DATASETS.filter((n) => n !== 'xor')) {
      for (const count of [1, 7, 500]) {
        const p = points(name, 0.2, 1, count);
        expect(p.count).toBe(count);
        expect([p.x.length, p.y.length, p.label.length]).toEqual([count, count, count]);
      }
    }
  });

  it('keeps every point on [−6, 6]² and every label in range, even at the most noise', () => {
    for (const name of DATASETS) {
      for (const noise of [0, 0.5]) {
        const p = points(name, noise, 2);
        expect(maxAbs(p.x)).toBeLessThanOrEqual(6);
        expect(maxAbs(p.y)).toBeLessThanOrEqual(6);
        if (isRegression(name)) expect(maxAbs(p.label)).toBeLessThanOrEqual(1);
        else
          expect(p.label.every((v) => Number.isInteger(v) && v >= 0 && v < classCount(name))).toBe(
            true,
          );
      }
    }
  });

  it('balances the classes: circle, gaussians and spiral split 250/250 without noise', () => {
    for (const name of ['circle', 'gaussians', 'spiral'] as const) {
      expect(ones(points(name))).toBe(250);
    }
    // Quadrant labels follow uniform positions: near half, not exactly half (seed 1: 247).
    expect(ones(points('xor-quadrants'))).toBe(247);
  });

  it('spiral-3 and blobs-3: three classes of 167, 167 and 166 points', () => {
    for (const name of ['spiral-3', 'blobs-3'] as const) {
      expect(classCount(name)).toBe(3);
      const counts = [0, 0, 0];
      for (const c of points(name).label) counts[c]!++;
      expect(counts).toEqual([167, 167, 166]);
    }
    expect(classCount('spiral')).toBe(2);
    expect(classCount('plane')).toBe(0);
  });

  it('circle: class 1 is the disc r < 2.5, class 0 the ring 3.5 ≤ r ≤ 5', () => {
    const p = points('circle');
    for (let i = 0; i < p.count; i++) {
      const r = Math.hypot(p.x[i]!, p.y[i]!);
      if (p.label[i] === 1) expect(r).toBeLessThan(2.5);
      else expect(r >= 3.5 && r <= 5).toBe(true);
    }
  });

  it('xor-quadrants: label 1 exactly where x·y > 0, and no point within 0.3 of an axis', () => {
    const p = points('xor-quadrants');
    for (let i = 0; i < p.count; i++) {
      expect(p.label[i]).toBe(p.x[i]! * p.y[i]! > 0 ? 1 : 0);
      expect(Math.min(Math.abs(p.x[i]!), Math.abs(p.y[i]!))).toBeGreaterThanOrEqual(0.3);
    }
  });

  it('spiral: class 1 starts at the origin, radius grows to 5 along each arm', () => {
    const p = points('spiral');
    expect([p.x[0], p.y[0], p.label[0]]).toEqual([0, 0, 1]);
    expect(Math.hypot(p.x[249]!, p.y[249]!)).toBeCloseTo((249 / 250) * 5, 12);
    expect(p.label[250]).toBe(0);
  });

  it('plane: label = (x + y)/12 without noise', () => {
    const p = points('plane');
    for (let i = 0; i < p.count; i++) expect(p.label[i]).toBeCloseTo((p.x[i]! + p.y[i]!) / 12, 12);
  });

  it('multi-gaussian: +0.5 one unit from the bump at (−4, 2.5), 0 far from every bump', () => {
    const p = points('multi-gaussian');
    for (let i = 0; i < p.count; i++) {
      const x = p.x[i]!;
      const y = p.y[i]!;
      const d = Math.hypot(x + 4, y - 2.5);
      if (d < 2) expect(p.label[i]).toBeCloseTo(1 - d / 2, 12);
      if (Math.abs(y) < 0.4) expect(p.label[i]).toBe(0); // ≥ 2.1 from every centre
    }
  });

  it('is deterministic per seed and differs between seeds', () => {
    for (const name of DATASETS.filter((n) => n !== 'xor')) {
      const a = points(name, 0.3, 7);
      const b = points(name, 0.3, 7);
      expect(Array.from(a.x)).toEqual(Array.from(b.x));
      expect(Array.from(a.y)).toEqual(Array.from(b.y));
      expect(Array.from(a.label)).toEqual(Array.from(b.label));
      expect(Array.from(points(name, 0.3, 8).x)).not.toEqual(Array.from(a.x));
    }
  });

  it('noise widens the gaussians and jitters the spiral', () => {
    const calm = points('gaussians', 0);
    const wild = points('gaussians', 0.5);
    // σ² grows from 0.5 to 4: the mean radius about a centre is σ·√(π/2) for a 2-D normal.
    expect(meanRadius(calm, 1, 2)).toBeCloseTo(Math.sqrt(0.5) * Math.sqrt(Math.PI / 2), 1);
    expect(meanRadius(wild, 1, 2)).toBeGreaterThan(2 * meanRadius(calm, 1, 2));
    // Without noise every spiral point sits on its arm: r = 5·k/n exactly.
    const arm = (p: PointSet, i: number) => Math.abs(Math.hypot(p.x[i]!, p.y[i]!) - (i / 250) * 5);
    const spiral0 = points('spiral', 0);
    const spiral5 = points('spiral', 0.5);
    let off0 = 0;
    let off5 = 0;
    for (let i = 1; i < 250; i++) {
      off0 = Math.max(off0, arm(spiral0, i));
      off5 = Math.max(off5, arm(spiral5, i));
    }
    expect(off0).toBeLessThan(1e-12);
    expect(off5).toBeGreaterThan(0.3);
  });

  it('noise flips labels near the boundary: fewer circle points keep class 1', () => {
    expect(ones(points('circle', 0))).toBe(250);
    expect(ones(points('circle', 0.5))).toBeLessThan(230);
  });

  it('rejects bad counts and noise', () => {
    const rng = new NumpyRandom(0);
    expect(() => generatePoints('circle', 0, 0, rng)).toThrow(RangeError);
    expect(() => generatePoints('circle', 2001, 0, rng)).toThrow(RangeError);
    expect(() => generatePoints('circle', 2.5, 0, rng)).toThrow(RangeError);
    expect(() => generatePoints('circle', 100, 0.6, rng)).toThrow(RangeError);
    expect(() => generatePoints('circle', 100, Number.NaN, rng)).toThrow(RangeError);
  });

  it('knows which sets are regression', () => {
    expect(DATASETS.filter(isRegression)).toEqual(['plane', 'multi-gaussian']);
  });
});

describe('splitTrainTest', () => {
  /** Each point's identity: its coordinates, which are distinct in a generated set. */
  function keys(p: PointSet): string[] {
    return Array.from(p.x, (x, i) => `${x},${p.y[i]},${p.label[i]}`);
  }

  it('cuts round(count · fraction) shuffled points for training and the rest for testing', () => {
    const all = points('circle', 0.1);
    const { train, test } = splitTrainTest(all, 0.3, new NumpyRandom(5));
    expect([train.count, test.count]).toEqual([150, 350]);
    const trainKeys = keys(train);
    const testKeys = new Set(keys(test));
    expect(trainKeys.some((k) => testKeys.has(k))).toBe(false);
    expect([...trainKeys, ...testKeys].sort()).toEqual(keys(all).sort());
    // Shuffled: not simply the first 150 points (which would all be inner-disc class 1).
    expect(trainKeys).not.toEqual(keys(all).slice(0, 150));
    expect(ones(train)).toBeGreaterThan(20);
    expect(ones(train)).toBeLessThan(130);
  });

  it('is deterministic per generator state', () => {
    const all = points('spiral', 0.2);
    const a = splitTrainTest(all, 0.5, new NumpyRandom(9));
    const b = splitTrainTest(all, 0.5, new NumpyRandom(9));
    const c = splitTrainTest(all, 0.5, new NumpyRandom(10));
    expect(keys(a.train)).toEqual(keys(b.train));
    expect(keys(a.test)).toEqual(keys(b.test));
    expect(keys(c.train)).not.toEqual(keys(a.train));
  });

  it('uses the four tutorial points for both training and testing, drawing nothing', () => {
    const xor = generatePoints('xor', 4, 0, new NumpyRandom(0));
    const rng = new NumpyRandom(0);
    const { train, test } = splitTrainTest(xor, 0.5, rng);
    expect(keys(train)).toEqual(keys(xor));
    expect(keys(test)).toEqual(keys(xor));
    expect(rng.rand()).toBe(new NumpyRandom(0).rand());
  });

  it('rejects fractions outside 0.1…0.9', () => {
    const all = points('circle');
    expect(() => splitTrainTest(all, 0.05, new NumpyRandom(0))).toThrow(RangeError);
    expect(() => splitTrainTest(all, 0.95, new NumpyRandom(0))).toThrow(RangeError);
  });
});
