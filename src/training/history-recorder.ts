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

/** Rows kept in five growable columns: no object per epoch while training flat out. */
class RowColumns {
  length = 0;
  private data = [
    new Float64Array(64),
    new Float64Array(64),
    new Float64Array(64),
    new Float64Array(64),
    new Float64Array(64),
  ];

  push(row: HistoryRow): void {
    if (this.length === this.data[0]!.length) this.grow();
    const at = this.length++;
    const [epochs, trainLoss, testLoss, trainAccuracy, testAccuracy] = this.data;
    epochs![at] = row.epoch;
    trainLoss![at] = row.trainLoss;
    testLoss![at] = row.testLoss;
    trainAccuracy![at] = row.trainAccuracy;
    testAccuracy![at] = row.testAccuracy;
  }

  /** Appends row `at` of `from`. */
  copyRow(from: RowColumns, at: number): void {
    if (this.length === this.data[0]!.length) this.grow();
    for (let c = 0; c < 5; c++) this.data[c]![this.length] = from.data[c]![at]!;
    this.length++;
  }

  epochAt(at: number): number {
    return this.data[0]![at]!;
  }

  trainLossAt(at: number): number {
    return this.data[1]![at]!;
  }

  /** Keeps the rows before `epoch` (rows are in epoch order). */
  cutAt(epoch: number): void {
    while (this.length > 0 && this.epochAt(this.length - 1) >= epoch) this.length--;
  }

  /** Copies of the rows, and then none are left. */
  takeAll(): HistoryRows {
    const n = this.length;
    this.length = 0;
    const [epochs, trainLoss, testLoss, trainAccuracy, testAccuracy] = this.data.map((column) =>
      column.slice(0, n),
    );
    return {
      epochs: epochs!,
      trainLoss: trainLoss!,
      testLoss: testLoss!,
      trainAccuracy: trainAccuracy!,
      testAccuracy: testAccuracy!,
    };
  }

  private grow(): void {
    this.data = this.data.map((column) => {
      const bigger = new Float64Array(column.length * 2);
      bigger.set(column);
      return bigger;
    });
  }
}

/** Collects rows as training goes; `take` hands over those that are final. */
export class HistoryRecorder {
  private readonly done = new RowColumns();
  /** The rows of the bucket being filled, beyond EXACT_EPOCHS. */
  private readonly open = new RowColumns();
  /** The open bucket's epochs: [bucketStart, bucketEnd). */
  private bucketStart = 0;
  private bucketEnd = 0;

  /** Copies the row's numbers: the caller may reuse the object. */
  add(row: HistoryRow): void {
    const epoch = row.epoch;
    if (epoch < EXACT_EPOCHS) {
      this.close();
      this.done.push(row);
      return;
    }
    if (epoch < this.bucketStart || epoch >= this.bucketEnd) {
      this.close();
      this.bucketStart = bucketOf(epoch);
      this.bucketEnd = bucketOf(epoch) + bucketWidth(epoch);
    }
    this.open.push(row);
  }

  /** Drops every row at `epoch` or later (the run went back there). */
  truncate(epoch: number): void {
    this.done.cutAt(epoch);
    this.open.cutAt(epoch);
  }

  clear(): void {
    this.done.length = 0;
    this.open.length = 0;
    this.bucketStart = this.bucketEnd = 0;
  }

  /** The rows that became final since the last call, as columns ready to transfer. */
  take(): HistoryRows {
    return this.done.takeAll();
  }

  /** The open bucket's first, lowest, highest and last row by training loss, in epoch order, each once. */
  private close(): void {
    const open = this.open;
    const n = open.length;
    if (n === 0) return;
    let low = 0;
    let high = 0;
    for (let at = 1; at < n; at++) {
      if (open.trainLossAt(at) < open.trainLossAt(low)) low = at;
      if (open.trainLossAt(at) > open.trainLossAt(high)) high = at;
    }
    const kept = [...new Set([0, low, high, n - 1])].sort((a, b) => a - b);
    for (const at of kept) this.done.copyRow(open, at);
    open.length = 0;
    this.bucketStart = this.bucketEnd = 0;
  }
}

/** How many epochs share `epoch`'s bucket (1 below EXACT_EPOCHS). */
function bucketWidth(epoch: number): number {
  if (epoch < EXACT_EPOCHS) return 1;
  return 2 ** Math.floor(Math.log2(epoch)) / BUCKETS_PER_OCTAVE;
}
