import { describe, expect, it } from 'vitest';
import { sweepSeeds } from '@/training/sweep';
import type { FromSweep, SweepRequest } from '@/training/sweep-protocol';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { createSweepStore } from './sweep-store';

/** A worker stand-in that trains for real, but only when told to deliver. */
function fakeWorker() {
  const workers: { request: SweepRequest | null; terminated: boolean; deliver: () => void }[] = [];
  const connect = (onMessage: (message: FromSweep) => void) => {
    const worker = {
      request: null as SweepRequest | null,
      terminated: false,
      deliver: () => {
        const { config, count } = worker.request!;
        const seeds = Array.from({ length: count }, (_, i) => i);
        onMessage({ type: 'progress', outcomes: [...sweepSeeds(config, seeds)] });
        onMessage({ type: 'done' });
      },
    };
    workers.push(worker);
    return {
      send: (message: SweepRequest) => (worker.request = message),
      terminate: () => (worker.terminated = true),
    };
  };
  return { workers, connect };
}

describe('sweep store', () => {
  it('reports how many of 20 seeds solve XOR with 2-2-1, and cancels by stopping the worker', () => {
    const fake = fakeWorker();
    const store = createSweepStore(fake.connect);
    store.getState().run({ ...TUTORIAL_CONFIG, hiddenSizes: [2] }, 20);
    expect(store.getState().status).toBe('running');
    expect(store.getState().criterion).toMatch(/loss below 0.01/);
    fake.workers[0]!.deliver();
    const { status, outcomes } = store.getState();
    expect(status).toBe('done');
    expect(outcomes).toHaveLength(20);
    expect(outcomes.filter((o) => o.solved).length).toBe(16);
    expect(fake.workers[0]!.terminated).toBe(true);

    store.getState().run(TUTORIAL_CONFIG, 5);
    store.getState().cancel();
    expect(store.getState().status).toBe('cancelled');
    expect(fake.workers[1]!.terminated).toBe(true);
    // A late message from the cancelled worker changes nothing.
    fake.workers[1]!.deliver();
    expect(store.getState().status).toBe('cancelled');
    expect(store.getState().outcomes).toHaveLength(0);
  });
});
