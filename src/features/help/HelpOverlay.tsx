import { ModalDialog } from '@/shared/ModalDialog';
import type { Shortcut } from './shortcuts';

interface HelpOverlayProps {
  readonly open: boolean;
  /** Called whenever the dialog closes: Esc, the Close button, a click outside, or `?`. */
  readonly onClose: () => void;
  readonly shortcuts: readonly Shortcut[];
}

/** The keyboard shortcuts in a modal dialog. */
export function HelpOverlay({ open, onClose, shortcuts }: HelpOverlayProps) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Keyboard shortcuts">
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
    </ModalDialog>
  );
}
