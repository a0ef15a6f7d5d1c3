import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import type { SweepState, SweepStore } from './sweep-store';

/** The seed sweep's store, created by the app with a worker connection. */
export const SweepContext = createContext<SweepStore | null>(null);

export function useSweepStore(): SweepStore {
  const store = useContext(SweepContext);
  if (!store) throw new Error('useSweepStore needs a SweepContext provider');
  return store;
}

export function useSweep<T>(selector: (state: SweepState) => T): T {
  return useStore(useSweepStore(), selector);
}
