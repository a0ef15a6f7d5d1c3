/**
 * Paths below the app (`/foo/bar?lr=2`, `/index.html/x`) would get index.html from an SPA
 * fallback, whose relative scripts then resolve below the app and fail: a blank page. Instead
 * they go to the app itself, with the link's query kept — from `vite preview` (a plugin) and,
 * offline, from the service worker (a navigation route).
 */
import { existsSync, statSync } from 'node:fs';
import { join, normalize, sep } from 'node:path';
import type { Plugin } from 'vite';
import type { RuntimeCaching } from 'workbox-build';

/** Whether `pathname` (below the app's root) is the app's page itself. */
export function isAppPage(pathname: string, root: string): boolean {
  return pathname === root || pathname === `${root}index.html`;
}

/** `vite preview`: a deep path that names no file is redirected to the app, query and all. */
export function deepPathsPreview(): Plugin {
  return {
    name: 'backprop-deep-paths',
    configurePreviewServer(server) {
      const dist = join(server.config.root, server.config.build.outDir);
      server.middlewares.use((request, response, next) => {
        const url = new URL(request.url ?? '/', 'http://x');
        let path: string;
        try {
          path = decodeURIComponent(url.pathname);
        } catch {
          return next();
        }
        if (request.method !== 'GET' || isAppPage(path, '/')) return next();
        const file = normalize(join(dist, path));
        if (file.startsWith(dist + sep) && existsSync(file) && statSync(file).isFile()) {
          return next();
        }
        const accept = request.headers.accept ?? '';
        if (!accept.includes('text/html')) return next();
        response.writeHead(302, { location: `/${url.search}` }).end();
      });
    },
  };
}

/**
 * The service worker's route for every page load it does not find in its precache: the app's
 * own page (with a query) from the precache, any deeper path redirected to the app. Workbox
 * writes these functions into sw.js as source, so they may use nothing from this module.
 */
export const NAVIGATION_ROUTE: RuntimeCaching = {
  urlPattern: ({ request }) => request.mode === 'navigate',
  handler: async ({ url }) => {
    const scope = new URL(
      (globalThis as unknown as { registration: { scope: string } }).registration.scope,
    );
    if (url.pathname === scope.pathname || url.pathname === `${scope.pathname}index.html`) {
      const page = await caches.match(new URL('index.html', scope).href, { ignoreSearch: true });
      return page ?? fetch(url.href);
    }
    return Response.redirect(new URL(url.search, scope).href, 302);
  },
};
