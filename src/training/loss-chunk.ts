/**
 * Collects the per-epoch losses trained between two snapshots and keeps only the points that
 * shape the curve: the first, the lowest, the highest and the last, in epoch order.
 */
export class LossChunk {
  private count = 0;
  private firstEpoch = 0;
  private firstLoss = 0;
  private minEpoch = 0;
  private minLoss = 0;
  private maxEpoch = 0;
  private maxLoss = 0;
  private lastEpoch = 0;
  private lastLoss = 0;

  add(epoch: number, loss: number): void {
    if (this.count === 0) {
      this.firstEpoch = this.minEpoch = this.maxEpoch = epoch;
      this.firstLoss = this.minLoss = this.maxLoss = loss;
    } else {
      // Plain assignments: this runs once per epoch, up to a million times a second.
      if (loss < this.minLoss) {
        this.minEpoch = epoch;
        this.minLoss = loss;
      }
      if (loss > this.maxLoss) {
        this.maxEpoch = epoch;
        this.maxLoss = loss;
      }
    }
    this.lastEpoch = epoch;
    this.lastLoss = loss;
    this.count++;
  }

  get isEmpty(): boolean {
    return this.count === 0;
  }

  /** The kept points, sorted by epoch without repeats; empties the chunk. */
  take(): { epochs: Float64Array; losses: Float64Array } {
    const points = new Map<number, number>();
    if (this.count > 0) {
      points.set(this.firstEpoch, this.firstLoss);
      points.set(this.minEpoch, this.minLoss);
      points.set(this.maxEpoch, this.maxLoss);
      points.set(this.lastEpoch, this.lastLoss);
    }
    const sorted = [...points.entries()].sort((a, b) => a[0] - b[0]);
    this.count = 0;
    return {
      epochs: Float64Array.from(sorted, ([epoch]) => epoch),
      losses: Float64Array.from(sorted, ([, loss]) => loss),
    };
  }
}
