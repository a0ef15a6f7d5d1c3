/**
 * A training store wired to a real TrainerLoop in this thread, for tests: messages and frames are
 * delivered at once and nothing trains on its own (no timers), so every state is reached by a
 * command and assertions never wait on the clock.
 */
import type { ToWorker } from '@/training/protocol';
import { TrainerLoop } from '@/training/trainer-loop';
import { createTrainingStore, type TrainingStore } from './training-store';

export interface InThreadOptions {
  /** Sees every command the store sends to the trainer (acks too), before the trainer does. */
  readonly onSend?: (message: ToWorker) => void;
}

export function inThreadSession({ onSend }: InThreadOptions = {}): TrainingStore {
  return createTrainingStore(
    (onMessage) => {
      const loop = new TrainerLoop({
        post: (message) => onMessage(message),
        yieldNow: () => {},
        later: () => {},
        now: () => 0,
      });
      return {
        send: (message) => {
          onSend?.(message);
          loop.handle(message);
        },
      };
    },
    { request: (callback) => callback() },
  );
}
