/**
 * The training session the worker owns: one run (run-state.ts) and its record, trained in time
 * slices, edited live while keeping what was learned, with its history, checkpoints for exact
 * moments, and snapshots for the page. Free of worker globals, so it runs (and is tested) in
 * Node too.
 */
import { Checkpoints } from './checkpoints';
import { changesMaps, HeatmapPainter } from './heatmap-painter';
import { HistoryRecorder } from './history-recorder';
import { Pace } from './pace';
import type { Moment, Snapshot, TrainerConfig } from './protocol';
import { RunLog } from './run-log';
import {
  loggedPatch,
  type PointList,
  type RunEdit,
  type RunOrigin,
  type RunRecord,
} from './run-record';
import { advance, RunState } from './run-state';
import { isSane } from './sanity';

export class Trainer {
  private state: RunState;
  private readonly log: RunLog;
  private sentRecordVersion = -1;
  private running = false;
  private diverged = false;
  private readonly history = new HistoryRecorder();
  private readonly checkpoints = new Checkpoints();
  private historyRestarted = true;
  private historyTruncatedAt: number | null = null;
  private sentDataVersion = -1;
  /** Settings a replayed record changed on its own since the last snapshot. */
  private followed: Partial<TrainerConfig> | null = null;
  private readonly pace = new Pace();
  private readonly painter = new HeatmapPainter();

  constructor(config: TrainerConfig) {
    this.log = new RunLog(config);
    this.state = new RunState(config);
  }

  get isRunning(): boolean {
    return this.running;
  }

  get currentConfig(): TrainerConfig {
    return this.state.config;
  }

  get epoch(): number {
    return this.state.epoch;
  }

  /** The run so far: replaying it gives this session's numbers again. */
  record(): RunRecord {
    return this.log.record(this.state.config);
  }

  play(now: number): void {
    if (this.state.epoch >= this.state.config.epochTarget) return;
    this.running = true;
    this.diverged = false;
    this.pace.restart(now, this.state.epoch);
  }

  pause(): void {
    if (this.running) this.stop();
  }

  /** One epoch, whatever the target. */
  step(): void {
    this.running = false;
    this.diverged = false;
    this.trainOne();
    this.painter.invalidate();
  }

  /** Back to the starting weights of the same seed, with today's settings: a new run. */
  reset(): void {
    this.freshRun(this.state.config);
  }

  regenerate(): void {
    this.edit({ epoch: this.state.epoch, kind: 'regenerate' });
  }

  addPoint(x: number, y: number, label: number): void {
    this.edit({ epoch: this.state.epoch, kind: 'addPoint', x, y, label });
  }

  /** The learner's own points (a CSV file) in place of the generated ones. */
  importPoints(points: PointList): void {
    const { x, y, label } = points;
    this.edit({ epoch: this.state.epoch, kind: 'points', x, y, label });
  }

  erase(x: number, y: number, radius: number): void {
    this.edit({ epoch: this.state.epoch, kind: 'erase', x, y, radius });
  }

  setParam(index: number, value: number): void {
    const params = this.state.net.params;
    if (!Number.isInteger(index) || index < 0 || index >= params.length) return;
    if (!Number.isFinite(value)) return;
    this.edit({ epoch: this.state.epoch, kind: 'setParam', index, value });
  }

  /**
   * Saved weights after `epoch` updates (a shared link or a model file) start a new run from
   * them. Anything that does not fit the network (length, non-finite values, epoch) is ignored:
   * the page validates first, this only keeps a bad message from breaking the session.
   */
  load(epoch: number, params: Float64Array): void {
    if (params.length !== this.state.net.params.length || !params.every(Number.isFinite)) return;
    if (!Number.isInteger(epoch) || epoch < 0) return;
    this.newRun(this.state.config, { epoch, params: params.slice() });
  }

  /**
   * A recorded run (a shared link, a model file, a replaced worker) played back to `epoch`,
   * paused there, with its history; its later edits happen as training reaches them.
   */
  replay(record: RunRecord, epoch: number): void {
    this.newRun(record.start, record.origin, record.edits);
    while (this.state.epoch < epoch && !this.diverged) this.trainOne();
    this.applyScheduled();
    this.painter.invalidate();
  }

  /** Time travel's "continue from here": the run goes back to `epoch` and forks there. */
  fork(epoch: number): void {
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > this.state.epoch) return;
    this.goBackTo(epoch, this.stateAt(epoch));
    this.running = false;
    this.diverged = false;
  }

  /** The run's exact state after `epoch` updates, for time travel; null if not reached. */
  moment(epoch: number): Moment | null {
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > this.state.epoch) return null;
    if (epoch < (this.log.origin?.epoch ?? 0)) return null;
    return this.stateAt(epoch).moment();
  }

  focusNeuron(neuron: number | null): void {
    this.painter.focus(neuron);
  }

  /** Applies a change of settings live, keeping the learned weights wherever the change allows. */
  configure(patch: Partial<TrainerConfig>, now: number): void {
    const before = this.state.config;
    if (patch.seed !== undefined && patch.seed !== before.seed) {
      this.freshRun({ ...before, ...patch });
      return;
    }
    const logged = loggedPatch(patch, before);
    this.state.configure(patch);
    if (logged) this.logEdit({ epoch: this.state.epoch, kind: 'configure', patch: logged });
    if (patch.speed !== undefined && patch.speed !== before.speed) {
      this.pace.rebase(now, this.state.epoch);
    }
    if (this.state.epoch >= this.state.config.epochTarget) this.running = false;
    // A slider drag must not repaint the maps (~40 ms for 6 × 8) on every move.
    if (changesMaps(patch)) this.painter.invalidate();
  }

  /** While training: works on the next decision-boundary maps until `deadline`. */
  paintSlice(now: () => number, deadline: number): void {
    if (this.running) this.painter.paintFor(this.state.net, this.state.config, now, deadline);
  }

  /**
   * Trains until `deadline` (a clock reading), the epoch target, the paced epoch count for
   * slow-motion speeds or `stopAt` (where it pauses: a lesson's note), whichever comes first.
   */
  runSlice(now: () => number, deadline: number, stopAt = Infinity): void {
    if (!this.running) return;
    const { epochTarget, speed } = this.state.config;
    let allowed = Math.min(
      epochTarget - this.state.epoch,
      stopAt - this.state.epoch,
      this.pace.due(now(), speed, this.state.epoch),
    );
    let before = now();
    while (allowed > 0 && this.running) {
      const batch = Math.min(allowed, this.pace.epochsPerClockRead);
      for (let i = 0; i < batch && this.running; i++) this.trainOne();
      allowed -= batch;
      const after = now();
      this.pace.adapt(batch, after - before);
      before = after;
      if (after >= deadline) break;
    }
    const reachedTarget = this.state.epoch >= this.state.config.epochTarget;
    if (this.running && (reachedTarget || this.state.epoch === stopAt)) this.stop();
    this.pace.record(now(), this.state.epoch);
  }

  /** The state now, with the history rows that became final since the previous snapshot. */
  snapshot(now: number): Snapshot {
    const state = this.state;
    this.applyScheduled();
    const row = state.measure();
    const rows = this.history.take();
    const restarted = this.historyRestarted;
    this.historyRestarted = false;
    const truncatedAt = this.historyTruncatedAt;
    this.historyTruncatedAt = null;
    const sendPoints = this.sentDataVersion !== state.data.version;
    this.sentDataVersion = state.data.version;
    const sendRecord = this.sentRecordVersion !== this.log.version;
    this.sentRecordVersion = this.log.version;
    return {
      epoch: state.epoch,
      loss: row.trainLoss,
      testLoss: row.testLoss,
      trainAccuracy: row.trainAccuracy,
      testAccuracy: row.testAccuracy,
      testConfusion: state.testConfusion(),
      layerSizes: [...state.net.spec.layerSizes],
      params: state.net.params.slice(),
      predictions: state.trainPredictions.slice(),
      inputs: state.data.trainSet.inputs.slice(),
      targets: state.data.trainSet.targets.slice(),
      epochsPerSecond: this.running ? this.pace.perSecond() : 0,
      running: this.running,
      diverged: this.diverged,
      trainedWith: state.config,
      dataVersion: state.data.version,
      points: sendPoints ? state.data.points() : null,
      heatmaps: this.painter.paint(state.net, state.config, now, this.running),
      rows,
      followed: this.takeFollowed(),
      historyRestarted: restarted,
      historyTruncatedAt: truncatedAt,
      record: sendRecord ? this.record() : null,
    };
  }

  private trainOne(): void {
    this.applyScheduled();
    const state = this.state;
    if (this.checkpoints.due(state.epoch)) this.checkpoints.add(state.clone());
    const row = state.beginEpoch();
    if (!isSane(state, row)) {
      this.divergedAt(state.epoch);
      return;
    }
    this.history.add(row);
    state.finishEpoch();
  }

  /** Training stops: the next snapshot paints the maps of where it stopped, throttle or not. */
  private stop(): void {
    this.running = false;
    this.painter.invalidate();
  }

  /** Edits of a replayed record that the run has now reached. */
  private applyScheduled(): void {
    for (let edit = this.log.due(this.state.epoch); edit; edit = this.log.due(this.state.epoch)) {
      this.state.apply(edit);
      if (edit.kind === 'configure') this.followed = { ...this.followed, ...edit.patch };
      this.painter.invalidate();
    }
  }

  private takeFollowed(): Partial<TrainerConfig> | null {
    const followed = this.followed;
    this.followed = null;
    return followed;
  }

  /** A live edit: applied now and written into the record. */
  private edit(edit: RunEdit): void {
    this.state.apply(edit);
    this.logEdit(edit);
    this.painter.invalidate();
  }

  /** Writes an edit into the record; states kept from its epoch on no longer hold. */
  private logEdit(edit: RunEdit): void {
    this.log.add(edit);
    this.checkpoints.dropFrom(edit.epoch);
  }

  /** A new run of `config` from fresh weights, starting with the learner's own points kept. */
  private freshRun(config: TrainerConfig): void {
    this.newRun(config, null, this.state.data.ownPoints());
    this.applyScheduled();
  }

  private newRun(
    config: TrainerConfig,
    origin: RunOrigin | null,
    edits: readonly RunEdit[] = [],
  ): void {
    this.running = false;
    this.diverged = false;
    this.log.restart(config, origin, edits);
    this.state = new RunState(config, origin);
    this.history.clear();
    this.checkpoints.clear();
    this.historyRestarted = true;
    this.historyTruncatedAt = null;
    this.painter.invalidate();
  }

  /** The state after `epoch` updates, rebuilt from the nearest checkpoint (or the start). */
  private stateAt(epoch: number): RunState {
    if (epoch === this.state.epoch && this.log.allApplied) return this.state.clone();
    const base = this.checkpoints.atOrBefore(epoch);
    const state = base ? base.clone() : new RunState(this.log.start, this.log.origin);
    advance(state, epoch, this.log.between(base ? base.epoch + 1 : state.epoch, epoch));
    return state;
  }

  /** The run continues from `state`, after `epoch` updates; what came later is gone. */
  private goBackTo(epoch: number, state: RunState): void {
    // Pace settings are not part of the record: the run keeps today's.
    const { speed, epochTarget } = this.state.config;
    state.configure({ speed, epochTarget });
    this.state = state;
    this.log.cutAfter(epoch);
    this.history.truncate(epoch);
    this.checkpoints.dropFrom(epoch + 1);
    this.historyTruncatedAt = Math.min(epoch, this.historyTruncatedAt ?? Infinity);
    this.painter.invalidate();
  }

  /**
   * The state at `epoch` is not sane (sanity.ts: its loss blew up, or a weight or an output is
   * not finite): back to the epoch before, whose state passed the same test,
   * keeping today's settings (so the learner can lower the rate and go on), and stop.
   */
  private divergedAt(epoch: number): void {
    this.running = false;
    this.diverged = true;
    const back = epoch - 1;
    if (back < (this.log.origin?.epoch ?? 0)) return;
    const settings = this.state.config;
    this.goBackTo(back, this.stateAt(back));
    const patch = loggedPatch(settings, this.state.config);
    this.state.configure(settings);
    if (patch) this.logEdit({ epoch: back, kind: 'configure', patch });
  }
}
