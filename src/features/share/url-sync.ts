/**
 * The address bar follows the settings: whenever the run's config or the view options change,
 * the query is rewritten (replaceState, debounced, no history entry per slider tick), so the
 * page's own URL is always a link to what is on screen. Weights are never written here: they
 * change every frame; the share menu adds them on request.
 */
import type { StoreApi } from 'zustand/vanilla';
import type { TrainingStore } from '@/state/training-store';
import { serializeUrlState, type UrlWeights, type ViewOptions } from './url-state';
import type { ViewState } from '@/state/view-store';

/** The part of the view state that travels with a link. */
export function viewOptionsOf(view: ViewState): ViewOptions {
  const { logScale, discretize, showTestData, presenter, hide } = view;
  return { logScale, discretize, showTestData, presenter, hide };
}

/** The page's address with `query` ('' or '?…') in place of its query; the hash is kept. */
export function addressWith(query: string, location: Location = window.location): string {
  return `${location.pathname}${query}${location.hash}`;
}

/**
 * Rewrites the address bar at once with what the page really runs (so a hostile or damaged
 * link never stays on screen, and the link's weights, if they were good, stay in it), then
 * again after every change. Returns a stop function.
 */
export function startUrlSync(
  training: TrainingStore,
  view: StoreApi<ViewState>,
  linkWeights: UrlWeights | null = null,
  delayMs = 300,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  const write = (weights?: UrlWeights) => {
    timer = undefined;
    const { config } = training.getState();
    const query = serializeUrlState(config, viewOptionsOf(view.getState()), weights);
    if (query !== window.location.search) {
      window.history.replaceState(window.history.state, '', addressWith(query));
    }
  };
  write(linkWeights ?? undefined);
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(() => write(), delayMs);
  };
  const stopTraining = training.subscribe((state, previous) => {
    if (state.config !== previous.config) schedule();
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
