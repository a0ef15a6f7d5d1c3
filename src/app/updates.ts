/// <reference types="vite-plugin-pwa/vanillajs" />
/**
 * New versions announce themselves. The service worker (vite.config.ts, registerType 'prompt')
 * installs a new deployment beside the running one and waits: this tab keeps the version it
 * started with, its lazily loaded parts served from the old precache, until the learner chooses
 * Reload in the notice. Reloading keeps the run: the address bar holds it (url-sync.ts).
 */
import { reloadPage } from '@/shared/reload-page';
import { registerSW } from 'virtual:pwa-register';
import type { NoticeStore } from '@/shared/notice-store';

/** How often an open tab asks the server for a new version (besides on every visit). */
const CHECK_EVERY_MS = 60 * 60 * 1000;

export const NEW_VERSION_NOTICE =
  'New version available — reload to use it. This tab keeps working as it is until then.';

/** Registers the service worker (production builds only) and says when an update is waiting. */
export function announceUpdates(notices: NoticeStore): void {
  let announced = false;
  const activateWaiting = registerSW({
    immediate: true,
    onNeedRefresh() {
      if (announced) return;
      announced = true;
      notices.getState().push(NEW_VERSION_NOTICE, 'info', {
        label: 'Reload',
        run: () => {
          // Once the waiting worker has taken over, the page loads the new version from it.
          navigator.serviceWorker.addEventListener('controllerchange', reloadPage, {
            once: true,
          });
          void activateWaiting(true);
        },
      });
    },
    // The reload is the one above: workbox-window would reload only a page that was already
    // controlled when it loaded, never a first visit's.
    onNeedReload: () => undefined,
    onRegisteredSW(_url, registration) {
      if (!registration) return;
      const check = () => {
        if (document.visibilityState !== 'visible' || !navigator.onLine) return;
        // Offline or the server down: the next check tries again.
        registration.update().catch(() => undefined);
      };
      window.setInterval(check, CHECK_EVERY_MS);
      // A tab left open for days is checked when the learner comes back to it.
      document.addEventListener('visibilitychange', check);
    },
  });
}
