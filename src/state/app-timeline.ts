/** The app's time-travel store, bound to the app's training store, and the views' hooks. */
import { useMemo } from 'react';
import { useStore } from 'zustand';
import { trainingStore, useTraining } from './app-store';
import { liveDisplayed, type Displayed } from './displayed';
import { createTimelineStore, type TimelineState } from './timeline-store';

export const timelineStore = createTimelineStore(trainingStore);

export function useTimeline<T>(selector: (state: TimelineState) => T): T {
  return useStore(timelineStore, selector);
}

/** The moment the network views show: the scrubbed one, else the latest snapshot. */
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
