import { useEffect, useState } from 'react';
import { liveDisplayed, type Displayed } from '@/state/displayed';
import { useStores } from '@/state/hooks';
import type { AppStores } from '@/state/app-stores';

function displayedNow({ training, timeline }: AppStores): Displayed | null {
  const { past } = timeline.getState();
  const { snapshot, heatmaps } = training.getState();
  return past ?? (snapshot ? liveDisplayed(snapshot, heatmaps) : null);
}

/**
 * The moment on show, for the graph's DOM (values in attributes, readouts, the editor): every
 * change while paused, at most once per `intervalMs` while training. The canvas paints every
 * frame by itself, so hundreds of SVG elements need not be rendered per snapshot.
 */
export function useGraphMoment(intervalMs: number): Displayed | null {
  const stores = useStores();
  const [moment, setMoment] = useState(() => displayedNow(stores));
  useEffect(() => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    let last = 0;
    const flush = () => {
      timer = undefined;
      last = performance.now();
      setMoment(displayedNow(stores));
    };
    const changed = () => {
      if (!stores.training.getState().snapshot?.running) {
        clearTimeout(timer);
        flush();
      } else {
        timer ??= setTimeout(flush, Math.max(0, last + intervalMs - performance.now()));
      }
    };
    // What changed between the first render and this subscription.
    flush();
    const stopTraining = stores.training.subscribe((state, previous) => {
      if (state.snapshot !== previous.snapshot || state.heatmaps !== previous.heatmaps) changed();
    });
    const stopTimeline = stores.timeline.subscribe((state, previous) => {
      if (state.past !== previous.past) changed();
    });
    return () => {
      clearTimeout(timer);
      stopTraining();
      stopTimeline();
    };
  }, [stores, intervalMs]);
  return moment;
}
