/**
 * Messages for the learner that outlive a single render: what was wrong with a link, why a
 * file could not be opened. Any feature may push; the Notices component shows and dismisses.
 */
import { useStore } from 'zustand';
import { createStore } from 'zustand/vanilla';

/** 'info' for a fallback that was applied, 'error' for an action that did nothing. */
export type NoticeKind = 'info' | 'error';

export interface Notice {
  readonly id: number;
  readonly kind: NoticeKind;
  /** Plain text; rendered as text, never as HTML. */
  readonly text: string;
}

export interface NoticeState {
  readonly notices: readonly Notice[];
  readonly push: (text: string, kind?: NoticeKind) => void;
  readonly dismiss: (id: number) => void;
  readonly clear: () => void;
}

/** Oldest notices go first past this many, so a flood of problems cannot fill the page. */
const MAX_SHOWN = 20;

export const noticeStore = createStore<NoticeState>()((set) => {
  let nextId = 1;
  return {
    notices: [],
    push: (text, kind = 'info') =>
      set((state) => ({
        notices: [...state.notices, { id: nextId++, kind, text }].slice(-MAX_SHOWN),
      })),
    dismiss: (id) => set((state) => ({ notices: state.notices.filter((n) => n.id !== id) })),
    clear: () => set({ notices: [] }),
  };
});

export function useNotices<T>(selector: (state: NoticeState) => T): T {
  return useStore(noticeStore, selector);
}
