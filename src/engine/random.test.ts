import { describe, expect, it } from 'vitest';
import fixture from '../../scripts/fixtures/numpy-rand-seed12345.json';
import { NumpyRandom, gaussian } from './random.ts';

describe('NumpyRandom', () => {
  it('matches np.random.seed(0); np.random.rand()', () => {
    const rng = new NumpyRandom(0);
    expect([rng.rand(), rng.rand(), rng.rand()]).toEqual([
      0.5488135039273248, 0.7151893663724195, 0.6027633760716439,
    ]);
  });

  it('matches np.random.seed(1); np.random.rand()', () => {
    const rng = new NumpyRandom(1);
    expect([rng.rand(), rng.rand(), rng.rand()]).toEqual([
      0.417022004702574, 0.7203244934421581, 0.00011437481734488664,
    ]);
  });

  it('matches 2000 NumPy draws bit for bit (seed 12345, past the 624-word state refill)', () => {
    const rng = new NumpyRandom(fixture.seed);
    const ours = fixture.values.map(() => rng.rand());
    expect(ours).toEqual(fixture.values.map(Number));
  });

  it('accepts the largest NumPy seed and rejects others', () => {
    expect(new NumpyRandom(4294967295).rand()).toBe(0.0976320289940138);
    for (const bad of [-1, 2 ** 32, 1.5, NaN]) {
      expect(() => new NumpyRandom(bad)).toThrow(RangeError);
    }
  });
});

describe('gaussian', () => {
  it('has mean ≈ 0 and variance ≈ 1', () => {
    const rng = new NumpyRandom(3);
    const n = 20000;
    let sum = 0;
    let sumSq = 0;
    for (let k = 0; k < n; k++) {
      const x = gaussian(rng);
      sum += x;
      sumSq += x * x;
    }
    const mean = sum / n;
    expect(Math.abs(mean)).toBeLessThan(0.03);
    expect(Math.abs(sumSq / n - mean * mean - 1)).toBeLessThan(0.05);
  });
});
