import { Suspense } from 'react';
import { HeaderMenu } from '@/shared/HeaderMenu';
import { lazyView } from '@/shared/lazy-view';

// The lessons and the notes editor load the first time the menu opens.
const LessonsPanel = lazyView(() => import('./LessonsPanel').then((m) => m.LessonsPanel));

/**
 * The lessons of docs/teaching.md and the editor for this run's notes, behind one disclosure
 * in the header. `linkOf` gives the link to the run on screen, notes included (the share menu's).
 */
export function LessonsMenu({ linkOf }: { linkOf: () => string }) {
  return (
    <HeaderMenu
      label="Lessons"
      title="Ready-made lessons, and notes pinned to epochs of this run"
      className="lessons-menu"
    >
      <Suspense fallback={null}>
        <LessonsPanel linkOf={linkOf} />
      </Suspense>
    </HeaderMenu>
  );
}
