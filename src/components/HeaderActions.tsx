import { GlossaryButton } from './GlossaryButton';
import { KeyboardShortcuts } from './KeyboardShortcuts';
import { ShareMenu } from './ShareMenu';
import { ThemeToggle } from './ThemeToggle';
import { Tour } from './Tour';
import './HeaderActions.css';

/** The header's corner: sharing, help (tour, glossary, shortcuts) and the theme. */
export function HeaderActions() {
  return (
    <div className="header-actions">
      <ShareMenu />
      <Tour />
      <GlossaryButton />
      <ThemeToggle />
      <KeyboardShortcuts />
    </div>
  );
}
