/**
 * Messages for the learner that outlive a single render: what was wrong with a link, why a
 * file could not be opened. Any feature may push; the Notices component shows and dismisses.
 */
import { createContext, useContext } from 'react';
import { useStore } from 'zustand';
import { createStore, type StoreApi } from 'zustand/vanilla';

/** 'info' for a fallback that was applied, 'error' for an action that did nothing. */
export type NoticeKind = 'info' | 'error';

/** A button beside the text: the one thing that fixes what the notice says (e.g. Reload). */
export interface NoticeAction {
  readonly label: string;
  readonly run: () => void;
}

export interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  /** Plain text; rendered as text, never as HTML. */
  readonly text: string;
  readonly action?: NoticeAction;
}

export interface NoticeState {
  readonly notices: readonly Notice[];
  readonly push: (text: string, kind?: NoticeKind, action?: NoticeAction) => void;
  readonly dismiss: (id: number) => void;
  readonly clear: () => void;
}

/** Oldest notices go first past this many, so a flood of problems cannot fill the page. */
const MAX_SHOWN = 20;

export type NoticeStore = StoreApi<NoticeState>;

export function createNoticeStore(): NoticeStore {
  return createStore<NoticeState>()((set) => {
    let nextId = 1;
    return {
      notices: [],
      push: (text, kind = 'info', action) =>
        set((state) => ({
          notices: [
            ...state.notices,
            { id: nextId++, kind, text, ...(action && { action }) },
          ].slice(-MAX_SHOWN),
        })),
      dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
      clear: () => set({ notices: [] }),
    };
  });
}

/** The page's notices, provided once by the app. */
export const NoticesContext = createContext<NoticeStore | null>(null);

export function useNoticeStore(): NoticeStore {
  const store = useContext(NoticesContext);
  if (!store) throw new Error('useNoticeStore needs a NoticesContext provider');
  return store;
}

export function useNotices<T>(selector: (state: NoticeState) => T): T {
  return useStore(useNoticeStore(), selector);
}
