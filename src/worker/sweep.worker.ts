/// <reference lib="webworker" />
/**
 * Runs seed sweeps beside the trainer worker, so training is not disturbed. Yields to the event
 * loop between seeds, so a new start is seen; the page cancels by terminating this worker.
 */
import { sweepSeeds, type SeedOutcome } from '@/training/sweep';
import type { FromSweep, SweepRequest } from '@/training/sweep-protocol';

declare const self: DedicatedWorkerGlobalScope;

/** Progress messages at most this often: the bar moves smoothly without flooding the page. */
const REPORT_MS = 100;
let sweepId = 0;

const post = (message: FromSweep) => self.postMessage(message);

self.onmessage = (event: MessageEvent<SweepRequest>) => {
  const { config, count } = event.data;
  const id = ++sweepId;
  const seeds = sweepSeeds(
    config,
    Array.from({ length: count }, (_, i) => i),
  );
  let batch: SeedOutcome[] = [];
  let lastReport = performance.now();
  const next = () => {
    if (id !== sweepId) return;
    try {
      const step = seeds.next();
      if (!step.done) batch.push(step.value);
      const now = performance.now();
      if (step.done || now - lastReport >= REPORT_MS) {
        if (batch.length > 0) post({ type: 'progress', outcomes: batch });
        batch = [];
        lastReport = now;
      }
      if (step.done) post({ type: 'done' });
      else setTimeout(next, 0);
    } catch (error) {
      post({ type: 'error', message: String(error) });
    }
  };
  next();
};
