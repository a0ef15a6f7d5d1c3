/** The one place that creates the trainer worker. */
import type { FromWorker, ToWorker } from './protocol';

export interface TrainerClient {
  send(message: ToWorker): void;
  terminate(): void;
}

export function startTrainerWorker(onMessage: (message: FromWorker) => void): TrainerClient {
  const worker = new Worker(new URL('./trainer.worker.ts', import.meta.url), { type: 'module' });
  worker.onmessage = (event: MessageEvent<FromWorker>) => onMessage(event.data);
  worker.onerror = (event) => onMessage({ type: 'error', message: event.message });
  return {
    send: (message) => worker.postMessage(message),
    terminate: () => worker.terminate(),
  };
}
