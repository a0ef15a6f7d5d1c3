/**
 * Copies of the run's state at deterministic epochs, so that any epoch can be rebuilt exactly
 * by replaying a few epochs from the nearest one before it. They sit at multiples of a spacing
 * that doubles whenever more than MAX_CHECKPOINTS would be kept: which epochs are kept depends
 * only on how far the run got, never on speed.
 */
import type { RunState } from './run-state';

const MAX_CHECKPOINTS = 48;
const FIRST_SPACING = 64;

export class Checkpoints {
  private spacing = FIRST_SPACING;
  private kept: RunState[] = [];

  /** Whether the state at `epoch` should be kept (call before training from it). */
  due(epoch: number): boolean {
    if (epoch === 0 || epoch % this.spacing !== 0) return false;
    const last = this.kept[this.kept.length - 1];
    return !last || last.epoch < epoch;
  }

  add(state: RunState): void {
    this.kept.push(state);
    if (this.kept.length <= MAX_CHECKPOINTS) return;
    this.spacing *= 2;
    this.kept = this.kept.filter((kept) => kept.epoch % this.spacing === 0);
  }

  /** The latest kept state at or before `epoch`, or undefined. Callers clone it before use. */
  atOrBefore(epoch: number): RunState | undefined {
    for (let i = this.kept.length - 1; i >= 0; i--) {
      if (this.kept[i]!.epoch <= epoch) return this.kept[i];
    }
    return undefined;
  }

  /** Forgets the states at `epoch` or later: an edit made there changed what follows. */
  dropFrom(epoch: number): void {
    this.kept = this.kept.filter((kept) => kept.epoch < epoch);
  }

  clear(): void {
    this.kept = [];
    this.spacing = FIRST_SPACING;
  }
}
