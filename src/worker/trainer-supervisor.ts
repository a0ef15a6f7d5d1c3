/**
 * Keeps a trainer worker alive. If the worker reports a fatal error, or goes silent for a second
 * while the page is waiting for it, a new worker takes over from the last snapshot the page saw:
 * same settings, same weights, same epoch, the loss curve kept. Nothing the learner did is lost
 * but points drawn since the last regenerate.
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
  /** Told after every replacement, with the reason. */
  readonly onRestart: (reason: string) => void;
  readonly now: () => number;
  /** Calls `check` periodically; the supervisor never stops it (it lives as long as the page). */
  readonly every: (ms: number, check: () => void) => void;
  /** False while the page is hidden: no frames, no acks, so silence then means nothing. */
  readonly visible: () => boolean;
}

/** How long a worker may stay silent while a reply is due. */
export const SILENCE_LIMIT_MS = 1000;
/** A new worker first loads and compiles its module: slow on a busy school laptop. */
export const BOOT_LIMIT_MS = 10_000;

/** Wraps `start` so that what it starts is replaced whenever it dies. */
export function supervise(start: StartWorker, options: SupervisorOptions): StartWorker {
  return (onMessage) => {
    let current: WorkerLike;
    /** When the page started waiting for a reply; null while nothing is due. */
    let waitingSince: number | null = null;
    let running = false;
    let recovering = false;
    /** Snapshots of the new worker's bare init, made stale by the recovery commands after it. */
    let staleSnapshots = 0;
    /** Until the current worker has said anything, it is still booting. */
    let booted = false;

    const receive = (message: FromWorker) => {
      waitingSince = null;
      booted = true;
      if (message.type === 'error' && message.fatal) {
        restart(`the trainer failed (${message.message})`);
        return;
      }
      if (message.type === 'snapshot') {
        if (staleSnapshots > 0) {
          staleSnapshots--;
          current.send({ type: 'ack' });
          return;
        }
        running = message.snapshot.running;
        if (recovering) {
          recovering = false;
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

    const restart = (reason: string) => {
      current.terminate();
      recovering = true;
      waitingSince = null;
      booted = false;
      current = start(receive);
      const commands = options.recover();
      // init answers at once with epoch 0; what follows (the saved weights) answers next.
      staleSnapshots = commands.length > 1 ? 1 : 0;
      for (const command of commands) current.send(command);
      waitingSince = options.now();
      options.onRestart(reason);
    };

    current = start(receive);
    options.every(SILENCE_LIMIT_MS / 4, () => {
      if (waitingSince === null) return;
      // Hidden pages draw no frames and send no acks: start counting again when seen.
      if (!options.visible()) waitingSince = options.now();
      else if (options.now() - waitingSince > (booted ? SILENCE_LIMIT_MS : BOOT_LIMIT_MS)) {
        restart('the trainer stopped answering');
      }
    });

    return {
      send: (message) => {
        // A reply is due after any command, and after an ack while training runs.
        const replyDue = message.type !== 'ack' || running;
        if (replyDue && waitingSince === null) waitingSince = options.now();
        current.send(message);
      },
      terminate: () => current.terminate(),
    };
  };
}
