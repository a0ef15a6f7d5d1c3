import { describe, expect, it } from 'vitest';
import { firstLoadChunk } from './first-load-chunk';

// main → app → store; app ⇢ lazy (dynamic: not an importer) → store; lazy → only-lazy.
const graph: Record<string, { isEntry: boolean; importers: string[] }> = {
  main: { isEntry: true, importers: [] },
  app: { isEntry: false, importers: ['main'] },
  store: { isEntry: false, importers: ['app', 'lazy'] },
  lazy: { isEntry: false, importers: [] },
  onlyLazy: { isEntry: false, importers: ['lazy'] },
  cycle: { isEntry: false, importers: ['cycle2'] },
  cycle2: { isEntry: false, importers: ['cycle'] },
};
const ctx = { getModuleInfo: (id: string) => graph[id] ?? null };

describe('firstLoadChunk', () => {
  it('groups what the entry imports statically, shared modules included', () => {
    expect(firstLoadChunk('main', ctx)).toBe('app');
    expect(firstLoadChunk('app', ctx)).toBe('app');
    expect(firstLoadChunk('store', ctx)).toBe('app');
  });

  it('leaves lazily loaded modules, cycles and unknown ids to rolldown', () => {
    expect(firstLoadChunk('lazy', ctx)).toBeNull();
    expect(firstLoadChunk('onlyLazy', ctx)).toBeNull();
    expect(firstLoadChunk('cycle', ctx)).toBeNull();
    expect(firstLoadChunk('nowhere', ctx)).toBeNull();
  });
});
