import { describe, expect, it } from 'vitest';
import { rSquared } from './r-squared';

describe('rSquared', () => {
  it('is 1 − MSE / variance of the targets', () => {
    // Targets 1, 2, 3, 4: mean 2.5, variance 1.25; an MSE of 0.25 leaves 1 − 0.2 = 0.8.
    expect(rSquared(0.25, [1, 2, 3, 4])).toBeCloseTo(0.8, 15);
    // Answering the mean everywhere gives MSE = variance: R² = 0.
    expect(rSquared(1.25, [1, 2, 3, 4])).toBeCloseTo(0, 15);
    expect(rSquared(0, [-1, 1])).toBe(1);
  });

  it('is NaN without targets or when they do not vary', () => {
    expect(rSquared(0.1, [])).toBeNaN();
    expect(rSquared(0.1, [0.5, 0.5])).toBeNaN();
  });
});
