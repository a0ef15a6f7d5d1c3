import { GlossaryButton } from '@/features/help/GlossaryButton';
import { KeyboardShortcuts } from '@/features/help/KeyboardShortcuts';
import { LessonsMenu } from '@/features/lessons/LessonsMenu';
import { ExportPythonButton } from '@/features/python-export/ExportPythonButton';
import { currentLink } from '@/features/share/share-link';
import { ShareMenu } from '@/features/share/ShareMenu';
import { ThemeToggle } from '@/features/theme/ThemeToggle';
import { Tour } from '@/features/help/Tour';
import { useStores } from '@/state/hooks';
import './HeaderActions.css';

/** The header's corner: lessons, sharing, help (tour, glossary, shortcuts) and the theme. */
export function HeaderActions() {
  const stores = useStores();
  return (
    <div className="header-actions">
      <LessonsMenu linkOf={() => currentLink(stores, false).link} />
      <ShareMenu exportActions={<ExportPythonButton />} />
      <Tour />
      <GlossaryButton />
      <ThemeToggle />
      <KeyboardShortcuts />
    </div>
  );
}
