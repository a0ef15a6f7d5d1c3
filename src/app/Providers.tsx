import type { ReactNode } from 'react';
import { SweepContext } from '@/features/sweep/sweep-context';
import { StoresProvider } from '@/state/StoresProvider';
import type { RunningApp } from './bootstrap';

/** Every store of a running app, for the views below. */
export function Providers({ app, children }: { app: RunningApp; children: ReactNode }) {
  return (
    <StoresProvider stores={app.stores}>
      <SweepContext.Provider value={app.sweep}>{children}</SweepContext.Provider>
    </StoresProvider>
  );
}
