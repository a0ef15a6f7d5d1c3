import { Suspense, useCallback, useState } from 'react';
import { lazyView } from '@/shared/lazy-view';
import { SHORTCUTS } from './shortcuts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import './KeyboardShortcuts.css';

// The list loads the first time it is asked for: most visits never open it.
const HelpOverlay = lazyView(() => import('./HelpOverlay').then((m) => m.HelpOverlay));

/** Turns the shortcuts on and offers the button that lists them (as `?` does). */
export function KeyboardShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
  // Mounted from the first opening on, so that closing it again runs the dialog's own close.
  const [helpWanted, setHelpWanted] = useState(false);
  if (helpOpen && !helpWanted) setHelpWanted(true);
  const toggleHelp = useCallback(() => setHelpOpen((open) => !open), []);
  const closeHelp = useCallback(() => setHelpOpen(false), []);
  useKeyboardShortcuts({ helpOpen, toggleHelp });

  return (
    <>
      <button
        type="button"
        className="shortcuts-button"
        aria-haspopup="dialog"
        aria-keyshortcuts="?"
        onClick={() => setHelpOpen(true)}
      >
        <span aria-hidden="true">⌨</span>
        <span className="shortcuts-button-text">Keyboard shortcuts</span>
      </button>
      {helpWanted && (
        <Suspense fallback={null}>
          <HelpOverlay open={helpOpen} onClose={closeHelp} shortcuts={SHORTCUTS} />
        </Suspense>
      )}
    </>
  );
}
