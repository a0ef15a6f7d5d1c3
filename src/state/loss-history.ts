/** Most points the loss curve keeps, whatever the run length. */
export const MAX_HISTORY_POINTS = 4000;

/**
 * The loss curve's points, bounded. When full, the epochs are cut into equal buckets and each
 * bucket keeps only its lowest and highest point, so the curve keeps its shape (spikes, plateaus)
 * at a quarter of the size. The first and the newest point always stay exact.
 * Immutable: every change returns a new history, which is what React needs to see it.
 */
export interface LossHistory {
  readonly epochs: readonly number[];
  readonly losses: readonly number[];
}

export const EMPTY_HISTORY: LossHistory = { epochs: [], losses: [] };

export function appendLosses(
  history: LossHistory,
  epochs: ArrayLike<number>,
  losses: ArrayLike<number>,
  capacity = MAX_HISTORY_POINTS,
): LossHistory {
  if (epochs.length === 0) return history;
  const lastEpoch = history.epochs[history.epochs.length - 1] ?? -Infinity;
  const nextEpochs = [...history.epochs];
  const nextLosses = [...history.losses];
  for (let i = 0; i < epochs.length; i++) {
    const epoch = epochs[i]!;
    // A point at or before the end of the curve belongs to a run that no longer exists.
    if (epoch <= lastEpoch) continue;
    nextEpochs.push(epoch);
    nextLosses.push(losses[i]!);
  }
  if (nextEpochs.length <= capacity) return { epochs: nextEpochs, losses: nextLosses };
  return foldExtremes(nextEpochs, nextLosses, capacity);
}

function foldExtremes(epochs: number[], losses: number[], capacity: number): LossHistory {
  const first = epochs[0]!;
  const last = epochs.length - 1;
  // Two points a bucket: a quarter of the capacity in buckets leaves room to grow before the next fold.
  const bucketWidth = Math.max(1, (epochs[last]! - first) / (capacity / 4));
  const keptEpochs = [first];
  const keptLosses = [losses[0]!];
  const keep = (i: number) => {
    keptEpochs.push(epochs[i]!);
    keptLosses.push(losses[i]!);
  };
  let i = 1;
  while (i < last) {
    const bucket = Math.floor((epochs[i]! - first) / bucketWidth);
    let low = i;
    let high = i;
    let j = i + 1;
    for (; j < last && Math.floor((epochs[j]! - first) / bucketWidth) === bucket; j++) {
      if (losses[j]! < losses[low]!) low = j;
      if (losses[j]! > losses[high]!) high = j;
    }
    keep(Math.min(low, high));
    if (low !== high) keep(Math.max(low, high));
    i = j;
  }
  keep(last);
  return { epochs: keptEpochs, losses: keptLosses };
}

/** The points before `epoch`: a run resumed there measures that epoch's loss again. */
export function truncateHistory(history: LossHistory, epoch: number): LossHistory {
  let end = history.epochs.length;
  while (end > 0 && history.epochs[end - 1]! >= epoch) end--;
  if (end === history.epochs.length) return history;
  return { epochs: history.epochs.slice(0, end), losses: history.losses.slice(0, end) };
}
