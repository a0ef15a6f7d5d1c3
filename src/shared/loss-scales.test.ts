import { describe, expect, it } from 'vitest';
import { chartScales, nearestPoint } from './loss-scales';

const plot = { left: 40, right: 540, top: 10, bottom: 210 };
const linear = { logScale: false, epochTarget: 1000 };

describe('chart scales', () => {
  it('maps epoch 0 to the left edge and the target to the right', () => {
    const { x } = chartScales([{ epochs: [0, 10], values: [0.4, 0.2] }], plot, linear);
    expect(x(0)).toBe(40);
    expect(x(1000)).toBe(540);
  });

  it('puts the highest loss at or under the top and zero at the bottom on a linear axis', () => {
    const { y } = chartScales([{ epochs: [0, 1], values: [0.386, 0.01] }], plot, linear);
    expect(y(0)).toBe(210);
    expect(y(0.386)).toBeGreaterThanOrEqual(10);
  });

  it('spans decades on a log axis and skips non-finite points', () => {
    const { y, paths } = chartScales([{ epochs: [0, 1, 2], values: [0.3, 0.003, NaN] }], plot, {
      logScale: true,
      epochTarget: 100,
    });
    expect(y(0.003)).toBeGreaterThan(y(0.3));
    expect(paths[0]!.split('L')).toHaveLength(2);
  });

  it('shares one y axis between series and honours a fixed domain', () => {
    const { y, paths } = chartScales(
      [
        { epochs: [0, 5], values: [0.5, 0.9] },
        { epochs: [0, 5], values: [0.4, 0.8] },
      ],
      plot,
      { ...linear, yDomain: [0, 1] },
    );
    expect(paths).toHaveLength(2);
    expect(y(1)).toBe(10);
    expect(y(0)).toBe(210);
  });

  it('finds the nearest point', () => {
    expect(nearestPoint([0, 10, 20], 14)).toBe(1);
    expect(nearestPoint([0, 10, 20], 16)).toBe(2);
    expect(nearestPoint([], 3)).toBe(-1);
  });
});
