/**
 * A chart series: points (epoch, value) in epoch order, read through accessors so that a
 * series can sit on columns of typed arrays longer than its data (the run's history grows in
 * place) and carry one more point after them (the live epoch) without copying anything.
 */

export interface Series {
  /** Points in the series. */
  readonly length: number;
  /** The epoch of point `i` (0 ≤ i < length); epochs increase with i. */
  epoch(i: number): number;
  /** The value of point `i`; NaN where there is none (a gap in the line). */
  value(i: number): number;
}

/** A point after the columns: the live epoch, not yet a row of the history. */
export interface SeriesPoint {
  readonly epoch: number;
  readonly value: number;
}

/**
 * The first `length` entries of two columns, then `extra` if it comes after the last of them
 * (a live point at or before the last row is already in the columns).
 */
export function columnSeries(
  epochs: ArrayLike<number>,
  values: ArrayLike<number>,
  length = epochs.length,
  extra: SeriesPoint | null = null,
): Series {
  const rows = Math.min(length, epochs.length, values.length);
  const last = rows > 0 ? epochs[rows - 1]! : -Infinity;
  const tail = extra && extra.epoch > last ? extra : null;
  return {
    length: rows + (tail ? 1 : 0),
    epoch: (i) => (i < rows ? epochs[i]! : tail!.epoch),
    value: (i) => (i < rows ? values[i]! : tail!.value),
  };
}

/**
 * The index of the point nearest `epoch` (a tie goes to the earlier point), or −1 for an
 * empty series: what a hover lands on, always a real point.
 */
export function nearestIndex(series: Series, epoch: number): number {
  const n = series.length;
  if (n === 0 || Number.isNaN(epoch)) return -1;
  // The first point at or after `epoch`.
  let low = 0;
  let high = n;
  while (low < high) {
    const mid = (low + high) >>> 1;
    if (series.epoch(mid) < epoch) low = mid + 1;
    else high = mid;
  }
  if (low === 0) return 0;
  if (low === n) return n - 1;
  return epoch - series.epoch(low - 1) <= series.epoch(low) - epoch ? low - 1 : low;
}

/** The last point's epoch, or 0 for an empty series. */
export function lastEpoch(series: Series): number {
  return series.length > 0 ? series.epoch(series.length - 1) : 0;
}
