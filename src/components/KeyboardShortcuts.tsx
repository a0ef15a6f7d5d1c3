import { useCallback, useState } from 'react';
import { HelpOverlay } from './HelpOverlay';
import { SHORTCUTS } from './shortcuts';
import { useKeyboardShortcuts } from './use-keyboard-shortcuts';
import './KeyboardShortcuts.css';

/** Turns the shortcuts on and offers the button that lists them (as `?` does). */
export function KeyboardShortcuts() {
  const [helpOpen, setHelpOpen] = useState(false);
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
      <HelpOverlay open={helpOpen} onClose={closeHelp} shortcuts={SHORTCUTS} />
    </>
  );
}
