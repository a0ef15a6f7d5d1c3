/**
 * How fast training goes and how fast it went: epochs due at a slow-motion speed, how many
 * epochs to train between clock reads at full speed, and the epochs/s figure.
 */

/**
 * Time between two clock reads at full speed, aimed at: often enough to end a slice on time,
 * rarely enough that reading the clock costs nothing next to a tiny net's epochs (~1 µs).
 */
const CLOCK_READ_MS = 1;
/** Bound of the adaptive epochs-per-clock-read count. */
const MAX_EPOCHS_PER_CLOCK_READ = 4096;
/** How far back the epochs/s figure looks. */
const RATE_WINDOW_MS = 500;

interface Mark {
  readonly time: number;
  readonly epoch: number;
}

export class Pace {
  /** Epochs trained between two clock reads at full speed; adapts toward CLOCK_READ_MS. */
  epochsPerClockRead = 1;
  private start: Mark = { time: 0, epoch: 0 };
  private samples: Mark[] = [];

  /** Training starts (Play): the pace and the rate count from here. */
  restart(time: number, epoch: number): void {
    this.start = { time, epoch };
    this.samples = [{ time, epoch }];
  }

  /** The speed changed: slow motion counts from here. */
  rebase(time: number, epoch: number): void {
    this.start = { time, epoch };
  }

  /** Epochs that `speed` epochs/s allows by `time` beyond `epoch`; Infinity at full speed. */
  due(time: number, speed: number, epoch: number): number {
    if (speed <= 0) return Infinity;
    return this.start.epoch + Math.floor(((time - this.start.time) * speed) / 1000) - epoch;
  }

  /** Doubles or halves the epochs between clock reads toward CLOCK_READ_MS apart. */
  adapt(epochs: number, elapsedMs: number): void {
    if (epochs < this.epochsPerClockRead) return; // a short last batch says nothing
    if (elapsedMs < CLOCK_READ_MS / 2) {
      this.epochsPerClockRead = Math.min(this.epochsPerClockRead * 2, MAX_EPOCHS_PER_CLOCK_READ);
    } else if (elapsedMs > CLOCK_READ_MS * 2 && this.epochsPerClockRead > 1) {
      this.epochsPerClockRead >>= 1;
    }
  }

  record(time: number, epoch: number): void {
    this.samples.push({ time, epoch });
    while (this.samples.length > 2 && time - this.samples[0]!.time > RATE_WINDOW_MS) {
      this.samples.shift();
    }
  }

  /** Epochs per second over the last RATE_WINDOW_MS. */
  perSecond(): number {
    const first = this.samples[0];
    const last = this.samples[this.samples.length - 1];
    if (!first || !last || last.time <= first.time) return 0;
    return ((last.epoch - first.epoch) * 1000) / (last.time - first.time);
  }
}
