/**
 * The run's history, epoch by epoch: the training loss, test loss and accuracies of the weights
 * at the start of each epoch (after that many updates, over the whole sets: what the tutorial
 * prints). Its content depends only on the run, never on speed, frames or browser.
 *
 * Every epoch is kept up to 2¹⁶. Beyond, epochs fall into buckets whose width doubles with each
 * power of two (2¹⁶–2¹⁷: 16 epochs, 2¹⁷–2¹⁸: 32, …: 4,096 buckets per octave), and each bucket
 * keeps its first, lowest, highest and last training loss (with the rest of those rows). So a
 * million epochs hold at most 65,536 + 4 × 4,096 × 4 = 131,072 rows: 5.2 MB at 40 bytes a row.
 */

/** Epochs below this are all kept. */
export const EXACT_EPOCHS = 2 ** 16;
/** Buckets per power of two beyond EXACT_EPOCHS. */
const BUCKETS_PER_OCTAVE = 4096;

/** Rows in epoch order; five columns of the same length. */
export interface HistoryRows {
  readonly epochs: Float64Array;
  readonly trainLoss: Float64Array;
  readonly testLoss: Float64Array;
  readonly trainAccuracy: Float64Array;
  readonly testAccuracy: Float64Array;
}

export interface HistoryRow {
  readonly epoch: number;
  readonly trainLoss: number;
  readonly testLoss: number;
  readonly trainAccuracy: number;
  readonly testAccuracy: number;
}

/** The bucket an epoch falls in: the epoch itself below EXACT_EPOCHS. */
export function bucketOf(epoch: number): number {
  if (epoch < EXACT_EPOCHS) return epoch;
  const octave = Math.floor(Math.log2(epoch));
  const width = 2 ** octave / BUCKETS_PER_OCTAVE;
  return 2 ** octave + Math.floor((epoch - 2 ** octave) / width) * width;
}

/** Collects rows as training goes; `take` hands over those that are final. */
export class HistoryRecorder {
  private done: HistoryRow[] = [];
  private bucket = -1;
  private open: HistoryRow[] = [];

  add(row: HistoryRow): void {
    const bucket = bucketOf(row.epoch);
    if (bucket !== this.bucket) this.close();
    this.bucket = bucket;
    if (row.epoch < EXACT_EPOCHS) {
      this.done.push(row);
      this.bucket = -1;
      return;
    }
    this.open.push(row);
  }

  /** Drops every row at `epoch` or later (the run went back there). */
  truncate(epoch: number): void {
    this.done = this.done.filter((row) => row.epoch < epoch);
    this.open = this.open.filter((row) => row.epoch < epoch);
  }

  clear(): void {
    this.done = [];
    this.open = [];
    this.bucket = -1;
  }

  /** The rows that became final since the last call, as columns ready to transfer. */
  take(): HistoryRows {
    const rows = this.done;
    this.done = [];
    return columns(rows);
  }

  private close(): void {
    if (this.open.length === 0) return;
    this.done.push(...extremes(this.open));
    this.open = [];
  }
}

/** First, lowest, highest and last by training loss, in epoch order, each once. */
function extremes(rows: readonly HistoryRow[]): HistoryRow[] {
  let low = rows[0]!;
  let high = rows[0]!;
  for (const row of rows) {
    if (row.trainLoss < low.trainLoss) low = row;
    if (row.trainLoss > high.trainLoss) high = row;
  }
  const kept = new Set([rows[0]!, low, high, rows[rows.length - 1]!]);
  return [...kept].sort((a, b) => a.epoch - b.epoch);
}

export function columns(rows: readonly HistoryRow[]): HistoryRows {
  return {
    epochs: Float64Array.from(rows, (row) => row.epoch),
    trainLoss: Float64Array.from(rows, (row) => row.trainLoss),
    testLoss: Float64Array.from(rows, (row) => row.testLoss),
    trainAccuracy: Float64Array.from(rows, (row) => row.trainAccuracy),
    testAccuracy: Float64Array.from(rows, (row) => row.testAccuracy),
  };
}
