/**
 * The epochs at which training pauses by itself (a lesson link's "pause here" notes). Training
 * that starts at a stop goes on to the next one: Play after a pause moves on.
 */
export class PauseStops {
  private epochs: readonly number[] = [];

  /** Replaces the stops; anything but a positive whole number is ignored. */
  set(epochs: readonly number[]): void {
    const valid = epochs.filter((epoch) => Number.isSafeInteger(epoch) && epoch > 0);
    this.epochs = [...new Set(valid)].sort((a, b) => a - b);
  }

  /** The first stop after `epoch`, or Infinity. */
  after(epoch: number): number {
    return this.epochs.find((stop) => stop > epoch) ?? Infinity;
  }
}
