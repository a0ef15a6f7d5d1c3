/**
 * Drives a Trainer: applies commands, trains in short slices between which commands get in,
 * and posts a snapshot only when the page has drawn the previous one (at most one per frame;
 * at full speed, at most one per `snapshotGapMs`).
 */
import type { FromWorker, Snapshot, ToWorker } from './protocol';
import { PauseStops } from './pause-stops';
import { Trainer } from './trainer';

/** Training time per slice: short enough that commands are applied within a frame. */
const SLICE_MS = 8;
/**
 * Time per slice for the decision-boundary maps while training (a fifth of the slices'
 * time): a large net's maps take several slices, and commands get in between them.
 */
const PAINT_MS = 2;
/** Poll interval for slow-motion speeds, about one display frame. */
const PACED_DELAY_MS = 16;

export interface LoopHost {
  post(message: FromWorker, transfer: Transferable[]): void;
  /** Runs `task` as soon as possible, after pending messages. */
  yieldNow(task: () => void): void;
  later(task: () => void, ms: number): void;
  now(): number;
  /**
   * Least time between two snapshots that only report progress at full speed (0 or absent:
   * one per frame). Every snapshot the page draws costs the browser style, paint and
   * compositing time, which on a two-core machine comes out of the training thread's share.
   * A command's snapshot (Pause, a setting, an edit) is never held back.
   */
  readonly snapshotGapMs?: number;
}

export class TrainerLoop {
  private trainer: Trainer | null = null;
  private awaitingAck = false;
  private dirty = false;
  private scheduled = false;
  /** A command changed something since the last snapshot: the next one is not held back. */
  private commanded = false;
  private lastPost = -Infinity;
  /** The lesson's pauses: the loop's, so that they outlive a new trainer (init). */
  private readonly stops = new PauseStops();

  constructor(private readonly host: LoopHost) {}

  handle(message: ToWorker): void {
    if (message.type === 'init') {
      this.trainer = new Trainer(message.config);
      this.awaitingAck = false;
      this.markDirty();
      return;
    }
    if (message.type === 'pauseAt') {
      this.stops.set(message.epochs);
      return;
    }
    const trainer = this.trainer;
    if (!trainer) return;
    const now = this.host.now();
    switch (message.type) {
      case 'play':
        trainer.play(now);
        break;
      case 'pause':
        trainer.pause();
        break;
      case 'step':
        trainer.step();
        break;
      case 'reset':
        trainer.reset();
        break;
      case 'configure':
        trainer.configure(message.patch, now);
        break;
      case 'regenerate':
        trainer.regenerate();
        break;
      case 'addPoint':
        trainer.addPoint(message.x, message.y, message.label);
        break;
      case 'erase':
        trainer.erase(message.x, message.y, message.radius);
        break;
      case 'importPoints':
        trainer.importPoints(message);
        break;
      case 'setParam':
        trainer.setParam(message.index, message.value);
        break;
      case 'focusNeuron':
        trainer.focusNeuron(message.neuron);
        break;
      case 'load':
        trainer.load(message.epoch, message.params);
        break;
      case 'replay':
        trainer.replay(message.record, message.epoch);
        break;
      case 'fork':
        trainer.fork(message.epoch);
        break;
      case 'moment': {
        const moment = trainer.moment(message.epoch);
        const arrays = moment
          ? [moment.params, moment.predictions, moment.inputs, moment.targets]
          : [];
        this.host.post(
          { type: 'moment', epoch: message.epoch, moment },
          arrays.map((array) => array.buffer as ArrayBuffer),
        );
        return;
      }
      case 'ack':
        this.awaitingAck = false;
        break;
      default:
        return assertNever(message);
    }
    if (message.type !== 'ack') this.markDirty();
    this.flush();
    this.schedule();
  }

  private markDirty(): void {
    this.dirty = true;
    this.commanded = true;
    this.flush();
  }

  private schedule(): void {
    const trainer = this.trainer;
    if (this.scheduled || !trainer?.isRunning) return;
    this.scheduled = true;
    const run = (): void => {
      this.scheduled = false;
      this.tick();
    };
    if (trainer.currentConfig.speed > 0) this.host.later(run, PACED_DELAY_MS);
    else this.host.yieldNow(run);
  }

  private tick(): void {
    const trainer = this.trainer;
    if (!trainer) return;
    try {
      const now = () => this.host.now();
      trainer.runSlice(now, now() + SLICE_MS, this.stops.after(trainer.epoch));
      trainer.paintSlice(now, now() + PAINT_MS);
    } catch (error) {
      trainer.pause();
      this.host.post({ type: 'error', message: String(error) }, []);
    }
    this.dirty = true;
    this.flush();
    this.schedule();
  }

  private flush(): void {
    const trainer = this.trainer;
    if (!trainer || !this.dirty || this.awaitingAck) return;
    const now = this.host.now();
    if (!this.commanded && this.progressHeldBack(trainer, now)) return;
    const snapshot: Snapshot = trainer.snapshot(now);
    this.lastPost = now;
    this.commanded = false;
    this.dirty = false;
    this.awaitingAck = true;
    this.host.post({ type: 'snapshot', snapshot }, transferList(snapshot));
  }

  /** Progress of a full-speed run, too soon after the last snapshot: the next slice sends it. */
  private progressHeldBack(trainer: Trainer, now: number): boolean {
    const gap = this.host.snapshotGapMs ?? 0;
    return trainer.isRunning && trainer.currentConfig.speed <= 0 && now - this.lastPost < gap;
  }
}

function transferList(snapshot: Snapshot): Transferable[] {
  const { params, predictions, inputs, targets, rows, points, heatmaps } = snapshot;
  const arrays: ArrayBufferView[] = [params, predictions, inputs, targets, ...Object.values(rows)];
  if (points) arrays.push(...Object.values(points));
  if (heatmaps) arrays.push(heatmaps.output, heatmaps.neurons);
  return arrays.map((array) => array.buffer as ArrayBuffer);
}

function assertNever(value: never): never {
  throw new Error(`Unknown command ${JSON.stringify(value)}`);
}
