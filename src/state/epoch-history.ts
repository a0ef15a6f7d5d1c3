/**
 * The page's copy of the run's history (training/history-recorder.ts): every epoch's training
 * and test loss and accuracies, in epoch order, as the worker made them final. Columns live in
 * typed arrays that grow by a quarter when full; an append writes past the old length and a
 * new object is returned, so React sees the change while older objects stay valid for their
 * own length. A cut copies, so a pinned history never changes under its pin.
 */
import type { HistoryRows } from '@/training/protocol';

export interface EpochHistory {
  /** Rows held; the columns may be longer than this. */
  readonly length: number;
  readonly epochs: Float64Array;
  readonly trainLoss: Float64Array;
  readonly testLoss: Float64Array;
  readonly trainAccuracy: Float64Array;
  readonly testAccuracy: Float64Array;
}

const COLUMNS = ['epochs', 'trainLoss', 'testLoss', 'trainAccuracy', 'testAccuracy'] as const;
type Column = (typeof COLUMNS)[number];

const empty = () => new Float64Array(0);

export const EMPTY_EPOCH_HISTORY: EpochHistory = {
  length: 0,
  epochs: empty(),
  trainLoss: empty(),
  testLoss: empty(),
  trainAccuracy: empty(),
  testAccuracy: empty(),
};

/** The history with `rows` after it; rows at or before its last epoch are ignored. */
export function appendRows(history: EpochHistory, rows: HistoryRows): EpochHistory {
  const last = history.length > 0 ? history.epochs[history.length - 1]! : -Infinity;
  let first = 0;
  while (first < rows.epochs.length && rows.epochs[first]! <= last) first++;
  const added = rows.epochs.length - first;
  if (added === 0) return history;
  const length = history.length + added;
  const capacity = history.epochs.length;
  const columns = {} as Record<Column, Float64Array>;
  for (const column of COLUMNS) {
    let target = history[column];
    if (length > capacity) {
      target = new Float64Array(Math.max(1024, Math.ceil(length * 1.25)));
      target.set(history[column].subarray(0, history.length));
    }
    target.set(rows[column].subarray(first), history.length);
    columns[column] = target;
  }
  return { length, ...columns };
}

/** The rows before `epoch`, in buffers of their own. */
export function truncateRows(history: EpochHistory, epoch: number): EpochHistory {
  let length = history.length;
  while (length > 0 && history.epochs[length - 1]! >= epoch) length--;
  if (length === history.length) return history;
  const columns = {} as Record<Column, Float64Array>;
  for (const column of COLUMNS) columns[column] = history[column].slice(0, length);
  return { length, ...columns };
}

/** Bytes held by the columns: what the bound in history-recorder.ts counts. */
export function historyBytes(history: EpochHistory): number {
  return COLUMNS.reduce((sum, column) => sum + history[column].byteLength, 0);
}

/** The index of the row at `epoch`, or −1 if the history has no row for it. */
export function rowAt(history: EpochHistory, epoch: number): number {
  let low = 0;
  let high = history.length - 1;
  while (low <= high) {
    const mid = (low + high) >> 1;
    const at = history.epochs[mid]!;
    if (at === epoch) return mid;
    if (at < epoch) low = mid + 1;
    else high = mid - 1;
  }
  return -1;
}
