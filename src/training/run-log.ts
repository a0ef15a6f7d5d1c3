/**
 * The record of the run a Trainer is making: where it started and every edit since. Edits of a
 * replayed record that the run has not reached yet wait here until it does; the learner's own
 * edit replaces them (the run forks from the replayed one).
 */
import type { TrainerConfig } from './protocol';
import type { RunEdit, RunOrigin, RunRecord } from './run-record';

export class RunLog {
  start: TrainerConfig;
  origin: RunOrigin | null = null;
  private edits: RunEdit[] = [];
  /** Edits before this index are in the run; the rest are still ahead. */
  private applied = 0;
  /** Bumped on every change, so snapshots send the record only then. */
  version = 0;

  constructor(start: TrainerConfig) {
    this.start = start;
  }

  /** A new run: from `start` (and saved weights), with `edits` ahead of it. */
  restart(start: TrainerConfig, origin: RunOrigin | null, edits: readonly RunEdit[] = []): void {
    this.start = start;
    this.origin = origin;
    this.edits = [...edits];
    this.applied = 0;
    this.version++;
  }

  /** The record, carrying today's pace settings (never logged) in its start. */
  record(now: TrainerConfig): RunRecord {
    const { speed, epochTarget } = now;
    return { start: { ...this.start, speed, epochTarget }, origin: this.origin, edits: this.edits };
  }

  get allApplied(): boolean {
    return this.applied === this.edits.length;
  }

  /** The next edit still ahead if the run has reached its epoch; it then counts as applied. */
  due(epoch: number): RunEdit | undefined {
    const edit = this.edits[this.applied];
    if (!edit || edit.epoch > epoch) return undefined;
    this.applied++;
    return edit;
  }

  /** A live edit; what a replayed record still had ahead is dropped. */
  add(edit: RunEdit): void {
    this.edits.length = this.applied;
    this.edits.push(edit);
    this.applied = this.edits.length;
    this.version++;
  }

  /** The edits made from `from` to `to` updates, both included. */
  between(from: number, to: number): RunEdit[] {
    return this.edits.filter((edit) => edit.epoch >= from && edit.epoch <= to);
  }

  /** The run went back to `epoch`: edits made later are gone. */
  cutAfter(epoch: number): void {
    this.edits = this.edits.filter((edit) => edit.epoch <= epoch);
    this.applied = this.edits.length;
    this.version++;
  }
}
