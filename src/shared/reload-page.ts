/**
 * Reloads the page after whatever must be saved first (the address bar's link to the run, which
 * is written only now and then while training): every reload the app offers goes through here.
 * A reload the learner starts in the browser does not (no event before it can change the URL).
 */
const beforeReload = new Set<() => void>();

/** Runs `task` before each reload the app starts; returns its removal. */
export function onBeforeReload(task: () => void): () => void {
  beforeReload.add(task);
  return () => beforeReload.delete(task);
}

export function reloadPage(): void {
  for (const task of beforeReload) task();
  window.location.reload();
}
