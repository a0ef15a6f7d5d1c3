/**
 * Decimation for line charts with more points than pixels: in each pixel column a series keeps
 * its first, lowest, highest and last point (and its first gap), so the drawn line is the
 * column's min/max envelope joined in epoch order. The picture equals the full line's at that
 * width (spikes and plateaus stay), at most five points a column whatever the run length, and
 * every point kept is a real one.
 */
import type { Series } from './series';

/**
 * Indices of the points to draw, in order. `column(epoch)` is the point's x in pixels; points
 * whose x floors to the same integer share a column. A series with no more than one point per
 * column comes back whole.
 */
export function decimate(series: Series, column: (epoch: number) => number): number[] {
  const kept: number[] = [];
  const n = series.length;
  let i = 0;
  while (i < n) {
    const at = Math.floor(column(series.epoch(i)));
    const first = i;
    let low = -1;
    let high = -1;
    let gap = -1;
    let j = i;
    for (; j < n && (j === i || Math.floor(column(series.epoch(j))) === at); j++) {
      const v = series.value(j);
      if (!Number.isFinite(v)) {
        if (gap < 0) gap = j;
        continue;
      }
      if (low < 0 || v < series.value(low)) low = j;
      if (high < 0 || v > series.value(high)) high = j;
    }
    const last = j - 1;
    // Ascending and each once: the line visits them in epoch order.
    const picks = [first, low, high, gap, last].filter((k) => k >= 0).sort((a, b) => a - b);
    for (let k = 0; k < picks.length; k++) {
      if (k === 0 || picks[k] !== picks[k - 1]) kept.push(picks[k]!);
    }
    i = j;
  }
  return kept;
}
