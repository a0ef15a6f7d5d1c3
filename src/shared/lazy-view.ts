import { reloadPage } from './reload-page';
import { lazy, useEffect, useRef, type ComponentType, type LazyExoticComponent } from 'react';
import { useNoticeStore, type NoticeStore } from './notice-store';

const LOAD_FAILED =
  'This part of the page could not be loaded (offline before it was ever opened, or the app ' +
  'was updated meanwhile). Reload the page to get it; your run is in the address bar.';

/**
 * Says that a part loaded on first use did not arrive, and offers the reload that fetches it;
 * everything else keeps working.
 */
export function reportLoadFailure(notices: NoticeStore): void {
  notices.getState().push(LOAD_FAILED, 'error', {
    label: 'Reload',
    run: reloadPage,
  });
}

/** Stands in for a part that did not load: says so once, renders nothing. */
function LoadFailed() {
  const notices = useNoticeStore();
  const reported = useRef(false);
  useEffect(() => {
    if (reported.current) return;
    reported.current = true;
    reportLoadFailure(notices);
  }, [notices]);
  return null;
}

/** A failed chunk is asked for once more after this long (a blip of the network). */
const RETRY_AFTER_MS = 1000;

/** `load()`, tried a second time if the first fails: browsers fetch a failed import again. */
function loadWithRetry<T>(load: () => Promise<T>): Promise<T> {
  return load().catch(
    () =>
      new Promise<T>((resolve, reject) =>
        setTimeout(() => load().then(resolve, reject), RETRY_AFTER_MS),
      ),
  );
}

/**
 * A view loaded on first use. If its chunk cannot be fetched, twice, a notice says so (with
 * Reload) and the view renders nothing: a failed import must not take the page down with it.
 */
export function lazyView<P extends object>(
  load: () => Promise<ComponentType<P>>,
): LazyExoticComponent<ComponentType<P>> {
  return lazy(() =>
    loadWithRetry(load).then(
      (component) => ({ default: component }),
      () => ({ default: LoadFailed as ComponentType<P> }),
    ),
  );
}
