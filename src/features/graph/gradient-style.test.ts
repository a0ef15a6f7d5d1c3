import { describe, expect, it } from 'vitest';
import { gradientColour, gradientWidth, largestMagnitude } from './gradient-style';

describe('gradient style', () => {
  it('sizes relative to the largest value and colours by sign', () => {
    expect(largestMagnitude([0.1, -0.3, 0.2], [0, 1, 2])).toBe(0.3);
    expect(largestMagnitude([0.1, -0.3, 0.2], [0, 2])).toBe(0.2);
    expect(gradientWidth(-0.3, 0.3)).toBe(9);
    expect(gradientWidth(0, 0.3)).toBe(0.75);
    expect(gradientWidth(0.075, 0.3)).toBeCloseTo(0.75 + 8.25 * 0.5, 12);
    expect(gradientColour(0.3, 0.3)).toBe('rgb(31, 120, 180)');
    expect(gradientColour(-0.3, 0.3)).toBe('rgb(230, 97, 1)');
    // Nothing to compare with: the thinnest line.
    expect(gradientWidth(0.1, 0)).toBe(0.75);
  });
});
