import { describe, expect, it } from 'vitest';
import { columnSeries, lastEpoch, nearestIndex, type Series } from './series';

const points = (s: Series) =>
  Array.from({ length: s.length }, (_, i) => [s.epoch(i), s.value(i)] as const);

describe('series', () => {
  it('reads the first `length` rows of longer columns, then the live point after them', () => {
    // Columns grown in place: capacity 6, 3 rows in use.
    const epochs = new Float64Array([0, 1, 2, 0, 0, 0]);
    const values = new Float64Array([0.5, 0.4, 0.3, 0, 0, 0]);
    const s = columnSeries(epochs, values, 3, { epoch: 3, value: 0.2 });
    expect(points(s)).toEqual([
      [0, 0.5],
      [1, 0.4],
      [2, 0.3],
      [3, 0.2],
    ]);
    expect(lastEpoch(s)).toBe(3);
    // A live point the rows already hold is not drawn twice.
    expect(columnSeries(epochs, values, 3, { epoch: 2, value: 9 }).length).toBe(3);
    expect(points(columnSeries([], [], 0, { epoch: 0, value: 0.39 }))).toEqual([[0, 0.39]]);
    expect(lastEpoch(columnSeries([], []))).toBe(0);
  });

  it('lands a hover on the nearest real point, ties to the earlier one', () => {
    // Rows every epoch to 4, then buckets (sparse epochs), then the live point.
    const s = columnSeries([0, 1, 2, 3, 4, 16, 40], [9, 8, 7, 6, 5, 4, 3], 7, {
      epoch: 100,
      value: 2,
    });
    expect(nearestIndex(s, 2)).toBe(2);
    expect(nearestIndex(s, 2.4)).toBe(2);
    expect(nearestIndex(s, 2.5)).toBe(2);
    expect(nearestIndex(s, 2.6)).toBe(3);
    expect(nearestIndex(s, 10)).toBe(4);
    expect(nearestIndex(s, 10.5)).toBe(5);
    expect(nearestIndex(s, 69)).toBe(6);
    expect(nearestIndex(s, 71)).toBe(7);
    expect(nearestIndex(s, -5)).toBe(0);
    expect(nearestIndex(s, 1e9)).toBe(7);
    expect(nearestIndex(s, NaN)).toBe(-1);
    expect(nearestIndex(columnSeries([], []), 3)).toBe(-1);
  });

  it('finds epoch 100 of 1001 epochs exactly from any position within half an epoch', () => {
    const epochs = Float64Array.from({ length: 1001 }, (_, i) => i);
    const s = columnSeries(epochs, epochs);
    for (const at of [99.51, 100, 100.49]) expect(s.epoch(nearestIndex(s, at))).toBe(100);
  });
});
