/** The app's seed-sweep store, bound to a real sweep worker. */
import { useStore } from 'zustand';
import { startSweepWorker } from '@/worker/client';
import { createSweepStore, type SweepState } from './sweep-store';

export const sweepStore = createSweepStore(startSweepWorker);

export function useSweep<T>(selector: (state: SweepState) => T): T {
  return useStore(sweepStore, selector);
}
