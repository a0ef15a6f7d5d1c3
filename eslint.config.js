import { readdirSync } from 'node:fs';
import js from '@eslint/js';
import { createTypeScriptImportResolver } from 'eslint-import-resolver-typescript';
import importX from 'eslint-plugin-import-x';
import globals from 'globals';
import reactHooks from 'eslint-plugin-react-hooks';
import tseslint from 'typescript-eslint';

/**
 * The zones of src/ and what each may import (besides itself). Checked on resolved paths, so
 * a file at any depth and any spelling of the path (`@/…`, `../../…`) is held to them.
 */
const ZONES = {
  engine: [],
  training: ['engine'],
  worker: ['engine', 'training'],
  shared: ['engine'],
  state: ['engine', 'training', 'shared'],
  features: ['engine', 'training', 'shared', 'state'],
};
const ALL = ['engine', 'training', 'worker', 'shared', 'state', 'features', 'app'];
const FEATURES = readdirSync(new URL('./src/features', import.meta.url), { withFileTypes: true })
  .filter((entry) => entry.isDirectory())
  .map((entry) => entry.name);

const zoneRules = [
  ...Object.entries(ZONES).map(([zone, allowed]) => ({
    target: `./src/${zone}`,
    from: ALL.filter((other) => other !== zone && !allowed.includes(other)).map(
      (o) => `./src/${o}`,
    ),
    message: `src/${zone} may import only ${['itself', ...allowed].join(', ')} (see CONTRIBUTING.md).`,
  })),
  // Features never import each other; the app composes them.
  ...FEATURES.map((feature) => ({
    target: `./src/features/${feature}`,
    from: './src/features',
    except: [`./${feature}`],
    message: 'Features never import each other: pass the part in from src/app (a slot or prop).',
  })),
];

export default tseslint.config(
  {
    ignores: [
      'dist',
      'dist-*',
      'node_modules',
      'bench/node_modules',
      'test-results',
      'playwright-report',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strict,
  {
    rules: {
      // noUncheckedIndexedAccess makes every array read optional; in numeric loops whose bounds
      // are checked, `a[i]!` says so more plainly than a branch per element.
      '@typescript-eslint/no-non-null-assertion': 'off',
    },
  },
  {
    files: ['scripts/**/*.{mjs,ts}', 'bench/**/*.ts', '*.config.{js,ts}'],
    languageOptions: { globals: globals.node },
  },
  {
    // Classic scripts copied as they are into the build (public/theme-init.js).
    files: ['public/**/*.js'],
    languageOptions: { globals: globals.browser, sourceType: 'script' },
  },
  {
    files: ['src/**/*.{ts,tsx}'],
    plugins: { 'react-hooks': reactHooks, 'import-x': importX },
    settings: {
      'import-x/resolver-next': [createTypeScriptImportResolver({ alwaysTryTypes: true })],
    },
    languageOptions: {
      parserOptions: { projectService: true, tsconfigRootDir: import.meta.dirname },
    },
    rules: {
      ...reactHooks.configs.recommended.rules,
      'import-x/no-restricted-paths': ['error', { zones: zoneRules }],
      'import-x/no-cycle': 'error',
      '@typescript-eslint/no-floating-promises': 'error',
      '@typescript-eslint/switch-exhaustiveness-check': [
        'error',
        { considerDefaultExhaustiveForUnions: true },
      ],
      'no-restricted-imports': [
        'error',
        {
          paths: [
            {
              name: 'd3-selection',
              message: 'React owns the DOM; d3 only computes (scales, shapes, colours).',
            },
          ],
        },
      ],
    },
  },
  {
    // The engine runs in Node, in workers and in the page: math only.
    files: ['src/engine/**/*.ts'],
    rules: {
      'no-restricted-imports': [
        'error',
        { patterns: ['react', 'react-*', 'zustand', 'zustand/*', 'd3-*', 'valibot'] },
      ],
    },
  },
);
