import { useEffect, useId, useRef } from 'react';
import type { Shortcut } from './shortcuts';

interface HelpOverlayProps {
  readonly open: boolean;
  /** Called whenever the dialog closes: Esc, the Close button, a click outside, or `?`. */
  readonly onClose: () => void;
  readonly shortcuts: readonly Shortcut[];
}

/**
 * The keyboard shortcuts in a modal dialog. A native <dialog> opened with showModal() makes the
 * page behind it inert, keeps focus inside and closes on Esc; focus returns to where it was.
 */
export function HelpOverlay({ open, onClose, shortcuts }: HelpOverlayProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const returnFocus = useRef<HTMLElement | null>(null);
  const titleId = useId();

  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      returnFocus.current =
        document.activeElement instanceof HTMLElement ? document.activeElement : null;
      element.showModal();
    } else if (!open && element.open) {
      element.close();
    }
  }, [open]);

  const handleClose = () => {
    onClose();
    returnFocus.current?.focus();
    returnFocus.current = null;
  };

  return (
    <dialog
      ref={dialog}
      className="help-overlay"
      aria-labelledby={titleId}
      onClose={handleClose}
      // A click on the backdrop lands on the dialog element itself, outside its content box.
      onClick={(event) => {
        if (event.target === event.currentTarget) event.currentTarget.close();
      }}
    >
      <div className="help-content">
        <h2 id={titleId}>Keyboard shortcuts</h2>
        <table className="help-keys">
          <tbody>
            {shortcuts.map((shortcut) => (
              <tr key={shortcut.label}>
                <th scope="row">
                  <kbd>{shortcut.label}</kbd>
                </th>
                <td>{shortcut.description}</td>
              </tr>
            ))}
          </tbody>
        </table>
        <p className="help-note">
          Shortcuts pause while you type in a field. <kbd>Esc</kbd> closes this list.
        </p>
        <form method="dialog">
          <button type="submit" autoFocus>
            Close
          </button>
        </form>
      </div>
    </dialog>
  );
}
