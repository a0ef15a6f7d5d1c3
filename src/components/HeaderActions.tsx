import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ThemeToggle } from './ThemeToggle';
import './HeaderActions.css';

/** The header's corner: theme choice and the keyboard-shortcuts list. */
export function HeaderActions() {
  return (
    <div className="header-actions">
      <ThemeToggle />
      <KeyboardShortcuts />
    </div>
  );
}
