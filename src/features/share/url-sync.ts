/**
 * The address bar follows the run: whenever its record or the view options change, the query
 * is rewritten (replaceState, debounced, no history entry per slider tick), so the page's own URL
 * is always a link to this run from its start (reloading replays it from there). The epoch on
 * screen is left out, as it changes every frame: the share menu adds it.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { TrainingStore } from '@/state/training-store';
import type { ViewState } from '@/state/view-store';
import { linkRunOf, recordQuery } from './run-link';
import { serializeRun, serializeUrlState, type LinkRun, type ViewOptions } from './url-state';

/** The part of the view state that travels with a link. */
export function viewOptionsOf(view: ViewState): ViewOptions {
  const { logScale, discretize, showTestData, presenter, hide, lessonNotes } = view;
  return { logScale, discretize, showTestData, presenter, hide, lessonNotes };
}

/** The page's address with `query` ('' or '?…') in place of its query; the hash is kept. */
export function addressWith(query: string, location: Location = window.location): string {
  return `${location.pathname}${query}${location.hash}`;
}

/** The run from its start (or its saved weights' epoch), where it would open on a reload. */
function fromStart(run: LinkRun): LinkRun {
  return { ...run, epoch: run.origin?.epoch ?? 0 };
}

/**
 * Rewrites the address bar at once with what the page really runs, `linkRun` as the link gave
 * it (so a hostile or damaged link never stays on screen, and a good one stays as it was),
 * then again after every change of the run or the view. A record too long for a link leaves
 * the current settings in the address bar. Returns a stop function.
 */
export function startUrlSync(
  training: TrainingStore,
  view: StoreApi<ViewState>,
  linkRun: LinkRun | null = null,
  delayMs = 300,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const replace = (query: string) => {
    if (query !== window.location.search) {
      window.history.replaceState(window.history.state, '', addressWith(query));
    }
  };
  const current = () => {
    const state = training.getState();
    const options = viewOptionsOf(view.getState());
    const run = linkRunOf(state, 0);
    const query = run ? recordQuery(fromStart(run), options) : null;
    return query ?? serializeUrlState(state.config, options);
  };
  // What the address bar says but for the link's epoch: rewritten only when the run or the
  // view changes, not when a replayed record arrives as the link gave it.
  let written = linkRun ? serializeRun(fromStart(linkRun), viewOptionsOf(view.getState())) : '';
  if (linkRun) replace(serializeRun(linkRun, viewOptionsOf(view.getState())));
  else replace((written = current()));
  const write = () => {
    timer = undefined;
    const query = current();
    if (query === written) return;
    written = query;
    replace(query);
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(write, delayMs);
  };
  const stopTraining = training.subscribe((state, previous) => {
    if (state.config !== previous.config || state.record !== previous.record) schedule();
  });
  const stopView = view.subscribe((state, previous) => {
    const now = viewOptionsOf(state);
    const before = viewOptionsOf(previous);
    const keys = Object.keys(now) as (keyof ViewOptions)[];
    if (keys.some((key) => now[key] !== before[key])) schedule();
  });
  return () => {
    clearTimeout(timer);
    stopTraining();
    stopView();
  };
}
