import { describe, expect, it } from 'vitest';
import { decimate } from './decimate';
import { columnSeries } from './series';

/** n points at epochs 0…n−1, drawn `perPixel` epochs to a pixel column. */
function setup(values: ArrayLike<number>, perPixel: number) {
  const epochs = Float64Array.from({ length: values.length }, (_, i) => i);
  return { series: columnSeries(epochs, values), column: (epoch: number) => epoch / perPixel };
}

describe('decimate', () => {
  it('keeps every point while there is at most one per pixel column', () => {
    const { series, column } = setup([0.4, 0.3, NaN, 0.2, 0.1], 1);
    expect(decimate(series, column)).toEqual([0, 1, 2, 3, 4]);
    expect(decimate(columnSeries([], []), column)).toEqual([]);
  });

  it('keeps each column’s first, lowest, highest and last point, in order', () => {
    // Two columns of five points.
    const { series, column } = setup([5, 9, 1, 4, 3, 2, 2, 8, 0, 7], 5);
    expect(decimate(series, column)).toEqual([0, 1, 2, 4, 5, 7, 8, 9]);
    // A column whose first point is its lowest and last its highest: two points.
    expect(decimate(setup([1, 2, 3, 4], 4).series, setup([], 4).column)).toEqual([0, 3]);
  });

  it('keeps spikes and gaps of a million points within five points a column', () => {
    const n = 1_000_000;
    const values = new Float64Array(n);
    for (let i = 0; i < n; i++) values[i] = 0.25 + 0.01 * Math.sin(i / 1000);
    values[123_457] = 3;
    values[654_321] = -1;
    values[800_000] = NaN;
    const columns = 600;
    const { series, column } = setup(values, n / columns);
    const kept = decimate(series, column);
    expect(kept.length).toBeLessThanOrEqual(5 * columns);
    expect(kept).toEqual([...kept].sort((a, b) => a - b));
    expect(new Set(kept).size).toBe(kept.length);
    for (const i of [0, 123_457, 654_321, 800_000, n - 1]) expect(kept).toContain(i);
    // Every column's range survives: the kept points' extremes per column equal the full ones.
    const range = (indices: Iterable<number>) => {
      const byColumn = new Map<number, [number, number]>();
      for (const i of indices) {
        const v = values[i]!;
        if (!Number.isFinite(v)) continue;
        const c = Math.floor(column(i));
        const [low, high] = byColumn.get(c) ?? [Infinity, -Infinity];
        byColumn.set(c, [Math.min(low, v), Math.max(high, v)]);
      }
      return byColumn;
    };
    expect(range(kept)).toEqual(range(Array.from({ length: n }, (_, i) => i)));
  });
});
