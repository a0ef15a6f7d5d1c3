import { GlossaryButton } from '@/features/help/GlossaryButton';
import { KeyboardShortcuts } from '@/features/help/KeyboardShortcuts';
import { ShareMenu } from '@/features/share/ShareMenu';
import { ThemeToggle } from '@/features/theme/ThemeToggle';
import { Tour } from '@/features/help/Tour';
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
