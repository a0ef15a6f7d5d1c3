/** The one place that creates the workers: the trainer and the seed sweep. */
import type { FromWorker, ToWorker } from '@/training/protocol';
import type { FromSweep, SweepRequest } from '@/training/sweep-protocol';

export interface TrainerClient {
  send(message: ToWorker): void;
  terminate(): void;
}

export function startTrainerWorker(onMessage: (message: FromWorker) => void): TrainerClient {
  const worker = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  // A script that cannot load (gone after a deploy, answered with HTML, blocked) fires a plain
  // Event with no message.
  worker.onerror = (event) =>
    onMessage({ type: 'error', message: event.message || 'its script did not load', fatal: true });
  return {
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}

export interface SweepClient {
  send(message: SweepRequest): void;
  terminate(): void;
}

/** The seed-sweep worker: a second one, so a sweep never slows the run being watched. */
export function startSweepWorker(onMessage: (message: FromSweep) => void): SweepClient {
  const worker = new Worker(new URL('./sweep.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromSweep>) => onMessage(event.data);
  worker.onerror = (event) => onMessage({ type: 'error', message: event.message });
  return {
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}
