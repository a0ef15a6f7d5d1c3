import { useStores } from '@/state/hooks';
import { useEffect, useRef } from 'react';
import { matchShortcut, SHORTCUTS, type Shortcut } from './shortcuts';

/** Keys typed here are text or native control input, never shortcuts. */
function isTypingTarget(target: EventTarget | null): boolean {
  if (!(target instanceof HTMLElement)) return false;
  return (
    target.isContentEditable ||
    target.closest('input, select, textarea, [contenteditable]') !== null
  );
}

/** Space on a focused button or link activates it; a shortcut on top would act twice. */
function isActivatable(target: EventTarget | null): boolean {
  return target instanceof HTMLElement && target.closest('button, a[href], summary') !== null;
}

interface Options {
  readonly helpOpen: boolean;
  readonly toggleHelp: () => void;
  readonly table?: readonly Shortcut[];
}

/** Listens on the window for the shortcut table's keys while the component is mounted. */
export function useKeyboardShortcuts({ helpOpen, toggleHelp, table = SHORTCUTS }: Options): void {
  const { training, step } = useStores();
  // The listener is added once; it reads the latest options through a ref.
  const latest = useRef({ helpOpen, toggleHelp, table });
  useEffect(() => {
    latest.current = { helpOpen, toggleHelp, table };
  });

  useEffect(() => {
    const onKeyDown = (event: KeyboardEvent) => {
      if (event.defaultPrevented || isTypingTarget(event.target)) return;
      if (event.key === ' ' && isActivatable(event.target)) return;
      const { helpOpen: open, toggleHelp: toggle, table: shortcuts } = latest.current;
      const context = {
        training: training.getState(),
        step: step.getState(),
        toggleHelp: toggle,
      };
      const shortcut = matchShortcut(shortcuts, event, open, context);
      if (!shortcut) return;
      // Space would otherwise scroll the page.
      event.preventDefault();
      shortcut.run(context);
    };
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, [training, step]);
}
