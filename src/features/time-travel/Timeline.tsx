import { useStores, useTimeline, useTraining } from '@/state/hooks';
import { firstEpoch } from '@/state/timeline-store';
import { formatCount } from '@/shared/format';
import './Timeline.css';

/**
 * Time travel under the loss curve: scrub to any epoch of the run, one by one (every view shows
 * that exact moment; training pauses), go back to Live, or continue training from there.
 */
export function Timeline() {
  const first = useTraining(firstEpoch);
  const latest = useTraining((s) => s.snapshot?.epoch ?? 0);
  const viewedEpoch = useTimeline((s) => s.viewedEpoch);
  const shown = viewedEpoch ?? latest;
  const { view, live, continueFromHere } = useStores().timeline.getState();

  return (
    <div className="timeline" data-viewed-epoch={viewedEpoch ?? 'live'}>
      <label className="timeline-scrub">
        <span>Timeline</span>
        <input
          type="range"
          min={first}
          max={latest}
          step={1}
          value={shown}
          disabled={latest <= first}
          aria-valuetext={`epoch ${formatCount(shown)}${viewedEpoch === null ? ', live' : ''}`}
          onChange={(event) => view(Number(event.target.value))}
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
