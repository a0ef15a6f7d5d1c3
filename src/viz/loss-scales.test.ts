import { describe, expect, it } from 'vitest';
import { lossCurve, nearestPoint } from './loss-scales';

const plot = { left: 40, right: 540, top: 10, bottom: 210 };

describe('loss curve scales', () => {
  it('maps epoch 0 to the left edge and the target to the right', () => {
    const { x } = lossCurve([0, 10], [0.4, 0.2], plot, false, 1000);
    expect(x(0)).toBe(40);
    expect(x(1000)).toBe(540);
  });

  it('puts the highest loss at or under the top and zero at the bottom on a linear axis', () => {
    const { y } = lossCurve([0, 1], [0.386, 0.01], plot, false, 100);
    expect(y(0)).toBe(210);
    expect(y(0.386)).toBeGreaterThanOrEqual(10);
  });

  it('spans decades on a log axis and draws a path through every finite point', () => {
    const { y, path } = lossCurve([0, 1, 2], [0.3, 0.003, NaN], plot, true, 100);
    expect(y(0.003)).toBeGreaterThan(y(0.3));
    expect(path.startsWith('M')).toBe(true);
    expect(path.split('L')).toHaveLength(2);
  });

  it('finds the nearest point', () => {
    expect(nearestPoint([0, 10, 20], 14)).toBe(1);
    expect(nearestPoint([0, 10, 20], 16)).toBe(2);
    expect(nearestPoint([], 3)).toBe(-1);
  });
});
