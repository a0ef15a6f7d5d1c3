import { useStores, useTimeline } from '@/state/hooks';
import type { KeyboardEvent } from 'react';
import { formatCount } from '@/shared/format';
import './Timeline.css';

/**
 * Time travel under the loss curve: scrub to any kept moment (the graph, predictions and maps
 * show it; training pauses), go back to Live, or continue training from the moment shown.
 */
export function Timeline() {
  const timeline = useTimeline((s) => s.timeline);
  const viewedEpoch = useTimeline((s) => s.viewedEpoch);
  const latest = timeline[timeline.length - 1]?.epoch ?? 0;
  const shown = viewedEpoch ?? latest;
  const { view, live, continueFromHere } = useStores().timeline.getState();

  // Arrow keys move between kept moments: a step of one epoch may snap back to the same one.
  const onKeyDown = (event: KeyboardEvent<HTMLInputElement>) => {
    const direction = { ArrowLeft: -1, ArrowDown: -1, ArrowRight: 1, ArrowUp: 1 }[event.key];
    if (direction === undefined) return;
    event.preventDefault();
    const at = timeline.findIndex((entry) => entry.epoch === shown);
    const next = timeline[Math.max(0, Math.min(timeline.length - 1, at + direction))];
    if (next) view(next.epoch);
  };

  return (
    <div className="timeline" data-viewed-epoch={viewedEpoch ?? 'live'}>
      <label className="timeline-scrub">
        <span>Timeline</span>
        <input
          type="range"
          min={0}
          max={latest}
          step={1}
          value={shown}
          disabled={timeline.length < 2}
          aria-valuetext={`epoch ${formatCount(shown)}${viewedEpoch === null ? ', live' : ''}`}
          onChange={(event) => view(Number(event.target.value))}
          onKeyDown={onKeyDown}
        />
      </label>
      <output className="timeline-now" aria-live="polite">
        {viewedEpoch === null
          ? 'Live'
          : `Epoch ${formatCount(viewedEpoch)} of ${formatCount(latest)}`}
      </output>
      <button type="button" onClick={live} disabled={viewedEpoch === null}>
        Live
      </button>
      <button
        type="button"
        onClick={continueFromHere}
        disabled={viewedEpoch === null}
        title="Train on from this moment; what came after it is dropped"
      >
        Continue from here
      </button>
    </div>
  );
}
