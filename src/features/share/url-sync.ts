/**
 * The address bar follows the run: whenever its record, its epoch or the view options change,
 * the query is rewritten (replaceState, at most once per 300 ms for a change: no history entry
 * per slider tick or frame), so the page's own URL is a link to this run at the epoch trained
 * to. While training, the epoch alone is written only every 30 s, and when the page is hidden (a
 * browser may discard a hidden tab and reload it later): a replaceState costs the page 9–79 ms
 * on the largest net, a dropped frame each time. When training stops it is written within
 * 300 ms. Reloading replays the run there (or, for a record too long for a link, opens its
 * weights), paused.
 */
import type { StoreApi } from 'zustand/vanilla';
import { onBeforeReload } from '@/shared/reload-page';
import type { TrainingState, TrainingStore } from '@/state/training-store';
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

/** The run from its start (or its saved weights' epoch). */
function fromStart(run: LinkRun): LinkRun {
  return { ...run, epoch: run.origin?.epoch ?? 0 };
}

/** How often the address bar follows the epoch alone while training. */
export const TRAINING_EPOCH_EVERY_MS = 30_000;

/**
 * The query that reopens the run at the epoch trained to: its record; else (too long for a link)
 * the weights on screen; else the record from its start. Null until the trainer has reported.
 */
function runQuery(state: TrainingState, options: ViewOptions): string | null {
  const { snapshot, config } = state;
  const run = linkRunOf(state, snapshot?.epoch ?? 0);
  if (!run) return null;
  const query = recordQuery(run, options);
  if (query !== null) return query;
  if (snapshot && snapshot.params.every(Number.isFinite)) {
    const { speed, epochTarget } = config;
    const settings = { ...snapshot.trainedWith, speed, epochTarget };
    return serializeUrlState(settings, options, { epoch: snapshot.epoch, params: snapshot.params });
  }
  return recordQuery(fromStart(run), options);
}

/**
 * Rewrites the address bar at once with what the page really runs, `linkRun` as the link gave
 * it (so a hostile or damaged link never stays on screen, and a good one stays as it was),
 * then again after every change of the run, its epoch or the view. Returns a stop function.
 */
export function startUrlSync(
  training: TrainingStore,
  view: StoreApi<ViewState>,
  linkRun: LinkRun | null = null,
  delayMs = 300,
): () => void {
  let timer: ReturnType<typeof setTimeout> | undefined;
  let due = Infinity;
  const replace = (query: string) => {
    if (query !== window.location.search) {
      window.history.replaceState(window.history.state, '', addressWith(query));
    }
  };
  const current = () => {
    const state = training.getState();
    const options = viewOptionsOf(view.getState());
    return runQuery(state, options) ?? serializeUrlState(state.config, options);
  };
  // The link as it came, until the run or the view changes: not rewritten when a replayed record
  // arrives as the link gave it.
  let written = linkRun ? serializeRun(linkRun, viewOptionsOf(view.getState())) : '';
  if (linkRun) replace(written);
  else replace((written = current()));
  const write = () => {
    timer = undefined;
    due = Infinity;
    const query = current();
    if (query === written) return;
    written = query;
    replace(query);
  };
  // A write already due sooner covers this change too.
  const schedule = (ms: number) => {
    const at = Date.now() + ms;
    if (at >= due) return;
    clearTimeout(timer);
    due = at;
    timer = setTimeout(write, ms);
  };
  const stopTraining = training.subscribe((state, previous) => {
    const now = state.snapshot;
    const before = previous.snapshot;
    if (state.config !== previous.config || state.record !== previous.record) schedule(delayMs);
    else if (now?.epoch !== before?.epoch || now?.running !== before?.running) {
      schedule(now?.running ? TRAINING_EPOCH_EVERY_MS : delayMs);
    }
  });
  const stopView = view.subscribe((state, previous) => {
    const now = viewOptionsOf(state);
    const before = viewOptionsOf(previous);
    const keys = Object.keys(now) as (keyof ViewOptions)[];
    if (keys.some((key) => now[key] !== before[key])) schedule(delayMs);
  });
  const writeNow = () => {
    clearTimeout(timer);
    write();
  };
  const onHidden = () => {
    if (document.visibilityState === 'hidden' && timer !== undefined) writeNow();
  };
  document.addEventListener('visibilitychange', onHidden);
  // The app's own Reload buttons come back at the epoch trained to, not up to 30 s before.
  const stopReload = onBeforeReload(writeNow);
  return () => {
    clearTimeout(timer);
    stopReload();
    document.removeEventListener('visibilitychange', onHidden);
    stopTraining();
    stopView();
  };
}
