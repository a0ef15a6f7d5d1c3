/** The views' way into the shared stores: pick atomic slices, some re-render every frame. */
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { AppStores } from './app-stores';
import { liveDisplayed, liveMetrics, type Displayed, type ViewedMetrics } from './displayed';
import type { StepState } from './step-store';
import type { TimelineState } from './timeline-store';
import type { TrainingState } from './training-store';
import type { ViewState } from './view-store';

export const StoresContext = createContext<AppStores | null>(null);

export function useStores(): AppStores {
  const stores = useContext(StoresContext);
  if (!stores) throw new Error('useStores needs a StoresProvider above it');
  return stores;
}

export function useTraining<T>(selector: (state: TrainingState) => T): T {
  return useStore(useStores().training, selector);
}

export function useView<T>(selector: (state: ViewState) => T): T {
  return useStore(useStores().view, selector);
}

export function useStep<T>(selector: (state: StepState) => T): T {
  return useStore(useStores().step, selector);
}

export function useTimeline<T>(selector: (state: TimelineState) => T): T {
  return useStore(useStores().timeline, selector);
}

/** The moment every view shows: the one time travel asked for, else the latest snapshot. */
export function useDisplayed(): Displayed | null {
  const snapshot = useTraining((s) => s.snapshot);
  const heatmaps = useTraining((s) => s.heatmaps);
  const past = useTimeline((s) => s.past);
  return useMemo(
    () => past ?? (snapshot ? liveDisplayed(snapshot, heatmaps) : null),
    [past, snapshot, heatmaps],
  );
}

/** The maps alone: views that draw only them need not redraw on every snapshot. */
export function useDisplayedHeatmaps(): Displayed['heatmaps'] {
  const live = useTraining((s) => s.heatmaps);
  const past = useTimeline((s) => s.past);
  return past ? past.heatmaps : live;
}

/**
 * The viewed moment's figures (epoch, losses, accuracies, outputs) for headers, readouts and
 * tables: the time-travel moment while one is shown, else the live snapshot's; null before the
 * trainer's first report.
 */
export function useViewedMetrics(): ViewedMetrics | null {
  const snapshot = useTraining((s) => s.snapshot);
  const past = useTimeline((s) => s.past);
  return useMemo(() => past ?? (snapshot ? liveMetrics(snapshot) : null), [past, snapshot]);
}
