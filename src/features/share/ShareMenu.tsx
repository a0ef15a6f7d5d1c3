import { Suspense, type ReactNode } from 'react';
import { HeaderMenu } from '@/shared/HeaderMenu';
import { lazyView } from '@/shared/lazy-view';
import './ShareMenu.css';

// The menu's content loads the first time it opens: a first visit only needs the button.
const SharePanel = lazyView(() => import('./SharePanel').then((m) => m.SharePanel));

/**
 * Link, model file, graph pictures and presenter mode, behind one disclosure in the header.
 * `exportActions` go beside the model file's (the app passes Export as Python).
 */
export function ShareMenu({ exportActions }: { exportActions?: ReactNode }) {
  return (
    <HeaderMenu
      label="Share"
      title="Share this run as a link, save or open a model, export the graph"
      className="share-menu"
      tour="share"
    >
      <Suspense fallback={null}>
        <SharePanel exportActions={exportActions} />
      </Suspense>
    </HeaderMenu>
  );
}
