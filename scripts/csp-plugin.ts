/**
 * Puts the Content-Security-Policy into the built index.html as a <meta http-equiv>, first in
 * <head> so that it governs every script after it. Build only: the dev server injects an
 * inline script (React Fast Refresh's preamble) that this policy rightly refuses.
 */
import type { Plugin } from 'vite';

/**
 * No inline or eval'd script anywhere. Each source is the narrowest that works:
 * - script-src 'self': the bundle (which registers the service worker) and public/theme-init.js
 *   are files.
 * - worker-src 'self': the trainer worker and the PWA service worker are built files.
 * - style-src 'self': stylesheets are files; React's style props go through the CSSOM,
 *   which style-src does not govern, so no 'unsafe-inline' is needed.
 * - img-src data: blob:: Vite inlines small assets as data: URLs; the PNG export draws the
 *   graph from a blob: URL.
 * frame-ancestors cannot be set from a meta tag; a server header would have to add it.
 */
export const CONTENT_SECURITY_POLICY = [
  "default-src 'self'",
  "script-src 'self'",
  "worker-src 'self'",
  "style-src 'self'",
  "img-src 'self' data: blob:",
  "font-src 'self'",
  "connect-src 'self'",
  "manifest-src 'self'",
  "object-src 'none'",
  "base-uri 'self'",
  "form-action 'self'",
].join('; ');

export function contentSecurityPolicy(policy = CONTENT_SECURITY_POLICY): Plugin {
  return {
    name: 'backprop-studio:csp',
    apply: 'build',
    transformIndexHtml: {
      order: 'post',
      handler: () => [
        {
          tag: 'meta',
          attrs: { 'http-equiv': 'Content-Security-Policy', content: policy },
          injectTo: 'head-prepend',
        },
      ],
    },
  };
}
