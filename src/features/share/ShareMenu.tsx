import { Suspense, useRef, useState, type ReactNode } from 'react';
import { lazyView } from '@/shared/lazy-view';
import { useDismissable } from '@/shared/use-dismissable';
import './ShareMenu.css';

// The menu's content loads the first time it opens: a first visit only needs the button.
const SharePanel = lazyView(() => import('./SharePanel').then((m) => m.SharePanel));

/**
 * Link, model file, graph pictures and presenter mode, behind one disclosure in the header.
 * `exportActions` go beside the model file's (the app passes Export as Python).
 */
export function ShareMenu({ exportActions }: { exportActions?: ReactNode }) {
  const menu = useRef<HTMLDetailsElement>(null);
  useDismissable(menu);
  // Kept mounted after the first opening: the copied link and the choices stay as they were.
  const [opened, setOpened] = useState(false);
  return (
    <details
      className="share-menu"
      data-tour="share"
      ref={menu}
      onToggle={(event) => {
        if (event.currentTarget.open) setOpened(true);
      }}
    >
      <summary title="Share this run as a link, save or open a model, export the graph">
        Share
      </summary>
      {opened && (
        <Suspense fallback={null}>
          <SharePanel exportActions={exportActions} />
        </Suspense>
      )}
    </details>
  );
}
