import { describe, expect, it } from 'vitest';
import { chartScales } from './loss-scales';
import { columnSeries } from './series';

const plot = { left: 40, right: 540, top: 10, bottom: 210 };
const linear = { logScale: false };
const series = (epochs: number[], values: number[]) => columnSeries(epochs, values);

describe('chart scales', () => {
  it('spans the data, rounded up to a tick, from epoch 0 at the left edge', () => {
    const { x } = chartScales([series([0, 1000], [0.4, 0.2])], plot, linear);
    expect(x(0)).toBe(40);
    expect(x(1000)).toBe(540);
    // A run 1,234 epochs into a 100,000-epoch target fills the chart, not its leftmost pixels.
    expect(chartScales([series([0, 1234], [0.4, 0.2])], plot, linear).x.domain()).toEqual([
      0, 1300,
    ]);
  });

  it('spans a few epochs before there are more', () => {
    const { x } = chartScales([series([0], [0.4])], plot, linear);
    expect(x.domain()).toEqual([0, 10]);
  });

  it('puts the highest loss at or under the top and zero at the bottom on a linear axis', () => {
    const { y } = chartScales([series([0, 1], [0.386, 0.01])], plot, linear);
    expect(y(0)).toBe(210);
    expect(y(0.386)).toBeGreaterThanOrEqual(10);
  });

  it('spans decades on a log axis and skips non-finite points', () => {
    const { y, paths } = chartScales([series([0, 1, 2], [0.3, 0.003, NaN])], plot, {
      logScale: true,
    });
    expect(y(0.003)).toBeGreaterThan(y(0.3));
    expect(paths[0]!.split('L')).toHaveLength(2);
  });

  it('shares one y axis between series and honours a fixed domain', () => {
    const { y, paths } = chartScales(
      [series([0, 5], [0.5, 0.9]), series([0, 5], [0.4, 0.8])],
      plot,
      { ...linear, yDomain: [0, 1] },
    );
    expect(paths).toHaveLength(2);
    expect(y(1)).toBe(10);
    expect(y(0)).toBe(210);
  });

  it('draws every point while they fit, an envelope per pixel once they outnumber pixels', () => {
    const few = chartScales([series([0, 1, 2, 3], [4, 3, 2, 1])], plot, linear);
    expect(few.drawn).toEqual([4]);
    // 100,001 epochs on 500 pixels, one spike: the y axis still reaches it.
    const n = 100_001;
    const values = Float64Array.from({ length: n }, (_, i) => (i === 54_321 ? 9 : 1 / (1 + i)));
    const epochs = Float64Array.from({ length: n }, (_, i) => i);
    const many = chartScales([columnSeries(epochs, values)], plot, linear);
    expect(many.drawn[0]).toBeLessThanOrEqual(5 * 501);
    expect(many.y.domain()[1]).toBeGreaterThanOrEqual(9);
  });
});
