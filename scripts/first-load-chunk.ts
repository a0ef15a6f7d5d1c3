/**
 * A code-splitting group for rolldown: every module the entry imports statically, directly or
 * not, goes to one 'app' chunk. Without it, rolldown 1.2 splits each module shared by the entry
 * and a lazily loaded view into a chunk of its own (rolldown issue 10731): more files that every
 * first visit fetches anyway, and gzip compresses small files worse.
 */
interface ModuleGraph {
  getModuleInfo(id: string): { isEntry: boolean; importers: readonly string[] } | null;
}

const STATIC_CHUNK = 'app';

export function firstLoadChunk(id: string, ctx: ModuleGraph): string | null {
  return reachedFromEntry(id, ctx, new Set()) ? STATIC_CHUNK : null;
}

/** True if a chain of static imports leads from an entry to `id`. */
function reachedFromEntry(id: string, ctx: ModuleGraph, visiting: Set<string>): boolean {
  const info = ctx.getModuleInfo(id);
  if (!info || visiting.has(id)) return false;
  if (info.isEntry) return true;
  visiting.add(id);
  return info.importers.some((importer) => reachedFromEntry(importer, ctx, visiting));
}
