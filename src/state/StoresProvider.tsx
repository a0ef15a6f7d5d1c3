import type { ReactNode } from 'react';
import { NoticesContext } from '@/shared/notice-store';
import type { AppStores } from './app-stores';
import { StoresContext } from './hooks';

/** Hands the app's stores to every view below it. */
export function StoresProvider({ stores, children }: { stores: AppStores; children: ReactNode }) {
  return (
    <NoticesContext.Provider value={stores.notices}>
      <StoresContext.Provider value={stores}>{children}</StoresContext.Provider>
    </NoticesContext.Provider>
  );
}
