/**
 * The views' way into the shared stores: pick atomic slices. The training state comes through
 * a lane (lanes.ts): while training, a view's readouts and charts follow it ten times a second.
 */
import { createContext, useContext, useMemo } from 'react';
import { useStore } from 'zustand';
import type { AppStores } from './app-stores';
import type { Lane } from './lanes';
import { liveMetrics, type Displayed, type ViewedMetrics } from './displayed';
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

/** A slice of the training state, as `lane` shows it ('readouts' unless a panel has its own). */
export function useTraining<T>(selector: (state: TrainingState) => T, lane: Lane = 'readouts'): T {
  return useStore(useStores().lanes[lane], selector);
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

/**
 * The maps alone, as the worker sends them (at most ten times a second, so straight from the
 * store): views that draw only them need not redraw on every snapshot.
 */
export function useDisplayedHeatmaps(): Displayed['heatmaps'] {
  const live = useStore(useStores().training, (s) => s.heatmaps);
  const past = useTimeline((s) => s.past);
  return past ? past.heatmaps : live;
}

/**
 * The viewed moment's figures (epoch, losses, accuracies, outputs) for headers, readouts and
 * tables: the time-travel moment while one is shown, else the live snapshot's; null before the
 * trainer's first report.
 */
export function useViewedMetrics(lane: Lane = 'readouts'): ViewedMetrics | null {
  const snapshot = useTraining((s) => s.snapshot, lane);
  const past = useTimeline((s) => s.past);
  return useMemo(() => past ?? (snapshot ? liveMetrics(snapshot) : null), [past, snapshot]);
}
