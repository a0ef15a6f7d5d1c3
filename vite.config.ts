import react from '@vitejs/plugin-react';
import { VitePWA } from 'vite-plugin-pwa';
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vitest/config';
import { contentSecurityPolicy } from './scripts/csp-plugin.ts';
import { deepPathsPreview, NAVIGATION_ROUTE } from './scripts/deep-paths.ts';
import { firstLoadChunk } from './scripts/first-load-chunk.ts';

export default defineConfig({
  // Relative base: dist/ works from any sub-path (e.g. a GitHub Pages project page).
  base: './',
  // `@/zone/…` names a module across zones (engine, training, state, features/…): see eslint.config.js.
  resolve: { alias: { '@': fileURLToPath(new URL('./src', import.meta.url)) } },
  plugins: [
    react(),
    // Strict CSP in the built page (no inline script, no eval); see scripts/csp-plugin.ts.
    contentSecurityPolicy(),
    // A path below the app goes to the app, with its query (preview server and service worker).
    deepPathsPreview(),
    // Offline after the first visit. The service worker exists only in builds (dev never
    // registers one), so `vite dev` always serves fresh modules.
    VitePWA({
      // A new deployment installs beside the running one and waits until the learner chooses
      // Reload in the "New version" notice (src/app/updates.ts registers the worker).
      registerType: 'prompt',
      injectRegister: false,
      // The glob already lists the icons and the plugin adds the manifest: no duplicate entries.
      includeManifestIcons: false,
      workbox: {
        // Everything built, the trainer worker chunk and the icons included.
        globPatterns: ['**/*.{js,css,html,svg,png}'],
        // Page loads are answered by NAVIGATION_ROUTE: the app's page, or a redirect to it
        // from a deeper path, which an index.html fallback would leave blank.
        navigateFallback: null,
        runtimeCaching: [NAVIGATION_ROUTE],
        // The first visit's worker controls the page at once (offline without a reload); an
        // update still waits for the prompt, since it never skips waiting.
        clientsClaim: true,
      },
      manifest: {
        name: 'Backprop Studio',
        short_name: 'Backprop',
        description: 'Watch a neural network learn XOR: backpropagation, live.',
        display: 'standalone',
        background_color: '#0d1117',
        theme_color: '#0d1117',
        icons: [
          { src: 'icon-192.png', sizes: '192x192', type: 'image/png' },
          { src: 'icon-512.png', sizes: '512x512', type: 'image/png' },
          {
            src: 'icon-maskable-512.png',
            sizes: '512x512',
            type: 'image/png',
            purpose: 'maskable',
          },
          { src: 'icon.svg', sizes: 'any', type: 'image/svg+xml' },
        ],
      },
    }),
  ],
  build: {
    // The oldest browsers supported (README, "Browsers"); :has() sets Firefox's floor at 121.
    target: ['chrome111', 'edge111', 'firefox121', 'safari16.4', 'ios16.4'],
    // The first load's chunks are preloaded from the page (no waterfall); no polyfill, and no
    // preloading for lazy chunks: they need nothing but what the first load already has.
    modulePreload: {
      polyfill: false,
      resolveDependencies: (_file, deps, { hostType }) => (hostType === 'html' ? deps : []),
    },
    // Everything a first visit needs in two chunks, React's apart: DevTools (Lighthouse) record
    // a stack for each Error react-dom creates while it loads, which re-parses the chunk that
    // runs it, so that chunk is kept to React alone. Only the lazily imported views split off.
    rolldownOptions: {
      output: {
        codeSplitting: {
          groups: [
            {
              name: 'react',
              test: /node_modules[\\/](react|react-dom|scheduler)[\\/]/,
              priority: 2,
            },
            { name: firstLoadChunk, debugName: 'first-load', priority: 1 },
          ],
        },
      },
    },
  },
  worker: { format: 'es' },
  server: { port: 5173 },
  preview: { port: 4173 },
  test: {
    include: ['src/**/*.test.ts', 'src/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'node',
    // Generous: a test asserts what happens, never how fast. A first jsdom render on a busy
    // two-core machine took over 5 s (Vitest's default).
    testTimeout: 60_000,
  },
});
