/**
 * Keeps a trainer worker alive. If the worker reports a fatal error, or goes silent for a second
 * while the page is waiting for it, a new worker takes over from the last snapshot the page saw:
 * same settings, same weights, same epoch, the loss curve kept, and every command sent since
 * that snapshot replayed in order. A worker that never starts (its script is gone after a
 * deploy, blocked, or throws on load) is tried at most `MAX_FAILED_STARTS` times, with growing
 * delays; then the supervisor gives up once and says so.
 */
import type { FromWorker, ToWorker } from '@/training/protocol';

export interface WorkerLike {
  send(message: ToWorker): void;
  terminate(): void;
}

export type StartWorker = (onMessage: (message: FromWorker) => void) => WorkerLike;

export interface SupervisorOptions {
  /** The commands that rebuild the lost worker's state in a new one (init, load, play). */
  readonly recover: () => readonly ToWorker[];
  /** Told after every replacement that took over, with the reason. */
  readonly onRestart: (reason: string) => void;
  /** Told once when no worker could be started `MAX_FAILED_STARTS` times in a row. */
  readonly onGiveUp: (reason: string) => void;
  readonly now: () => number;
  /** Calls `check` periodically; the supervisor never stops it (it lives as long as the page). */
  readonly every: (ms: number, check: () => void) => void;
  /** Runs `task` once after `ms` (the back-off before another start). */
  readonly later: (task: () => void, ms: number) => void;
  /** False while the page is hidden: no frames, no acks, so silence then means nothing. */
  readonly visible: () => boolean;
}

/** How long a worker may stay silent while a reply is due. */
export const SILENCE_LIMIT_MS = 1000;
/** A new worker first loads and compiles its module: slow on a busy school laptop. */
export const BOOT_LIMIT_MS = 10_000;
/** Starts in a row that never said a word before the supervisor gives up. */
export const MAX_FAILED_STARTS = 3;
/** The wait before the next start after 1, 2, … failed starts in a row. */
export const RESTART_DELAYS_MS: readonly number[] = [500, 2000];

/** Wraps `start` so that what it starts is replaced whenever it dies. */
export function supervise(start: StartWorker, options: SupervisorOptions): StartWorker {
  return (onMessage) => {
    /** Null while waiting to start the next worker, and after giving up. */
    let current: WorkerLike | null = null;
    /** Which start `current` is: messages of an older, terminated one are ignored. */
    let generation = 0;
    /** When the page started waiting for a reply; null while nothing is due. */
    let waitingSince: number | null = null;
    let running = false;
    let recovering = false;
    let gaveUp = false;
    /** Snapshots of the new worker's bare init, made stale by the recovery commands after it. */
    let staleSnapshots = 0;
    /** Until the current worker has said anything, it is still booting. */
    let booted = false;
    /** Starts in a row whose worker never took over (never sent a snapshot of the run). */
    let failedStarts = 0;
    /**
     * Commands sent since the last snapshot: a worker that dies may never have applied them, and
     * the recovery rebuilds the state of that snapshot, so they are sent again, in order.
     */
    let unconfirmed: ToWorker[] = [];

    const receiveFrom = (own: number) => (message: FromWorker) => {
      if (own !== generation || !current) return;
      waitingSince = null;
      if (message.type === 'error' && message.fatal) {
        fail(`the trainer failed (${message.message})`);
        return;
      }
      booted = true;
      if (message.type === 'moment') {
        // Moments are answered in order: the oldest request waiting is this one's.
        const asked = unconfirmed.findIndex((command) => command.type === 'moment');
        if (asked !== -1) unconfirmed.splice(asked, 1);
      }
      if (message.type === 'snapshot') {
        if (staleSnapshots > 0) {
          staleSnapshots--;
          current.send({ type: 'ack' });
          return;
        }
        unconfirmed = [];
        failedStarts = 0;
        running = message.snapshot.running;
        if (recovering) {
          recovering = false;
          options.onRestart(pendingReason);
          // The new worker starts a fresh curve; the page already has the real one.
          onMessage({
            type: 'snapshot',
            snapshot: { ...message.snapshot, historyRestarted: false },
          });
          return;
        }
      }
      onMessage(message);
    };

    let pendingReason = '';
    const launch = (commands: readonly ToWorker[]) => {
      generation++;
      booted = false;
      current = start(receiveFrom(generation));
      for (const command of commands) current.send(command);
      waitingSince = options.now();
    };

    /** The current worker is lost: start another now, later, or give up. */
    const fail = (reason: string) => {
      current?.terminate();
      current = null;
      waitingSince = null;
      // A start failed if the worker never answered, or died before it had taken over.
      if (!booted || recovering) failedStarts++;
      if (failedStarts >= MAX_FAILED_STARTS) {
        gaveUp = true;
        // Whoever waits for a reply gets this one clear answer instead.
        onMessage({ type: 'error', message: 'The trainer cannot start', fatal: true });
        options.onGiveUp(reason);
        return;
      }
      const delay = failedStarts === 0 ? 0 : (RESTART_DELAYS_MS[failedStarts - 1] ?? 0);
      const own = ++generation;
      const restart = () => {
        if (own !== generation || gaveUp) return;
        recovering = true;
        pendingReason = reason;
        const commands = options.recover();
        // init answers at once with epoch 0; what follows (the saved weights) answers next.
        staleSnapshots = commands.length > 1 ? 1 : 0;
        launch([...commands, ...unconfirmed]);
      };
      if (delay === 0) restart();
      else options.later(restart, delay);
    };

    launch([]);
    options.every(SILENCE_LIMIT_MS / 4, () => {
      if (waitingSince === null || !current) return;
      // Hidden pages draw no frames and send no acks: start counting again when seen.
      if (!options.visible()) waitingSince = options.now();
      else if (options.now() - waitingSince > (booted ? SILENCE_LIMIT_MS : BOOT_LIMIT_MS)) {
        fail(booted ? 'the trainer stopped answering' : 'the trainer did not start');
      }
    });

    return {
      send: (message) => {
        if (gaveUp) return;
        if (message.type !== 'ack') unconfirmed.push(message);
        // Between workers the command waits in `unconfirmed` for the next one.
        if (!current) return;
        // A reply is due after any command, and after an ack while training runs.
        const replyDue = message.type !== 'ack' || running;
        if (replyDue && waitingSince === null) waitingSince = options.now();
        current.send(message);
      },
      terminate: () => {
        generation++;
        current?.terminate();
        current = null;
      },
    };
  };
}
