import { useStores, useTimeline, useTraining, useViewedMetrics } from '@/state/hooks';
import { formatCount, formatRate } from '@/shared/format';
import './StatusBar.css';

/**
 * Epoch counter, training rate and state, and any message from the trainer. The epoch is the
 * viewed moment's: while time travelling it says so, with the way back to live.
 */
export function StatusBar() {
  const { timeline } = useStores();
  const viewed = useViewedMetrics();
  const viewedEpoch = useTimeline((s) => s.viewedEpoch);
  const liveEpoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const target = useTraining((s) => s.config.epochTarget);
  const rate = useTraining((s) => s.snapshot?.epochsPerSecond ?? 0);
  const running = useTraining((s) => s.snapshot?.running ?? false);
  const error = useTraining((s) => s.error);
  const diverged = useTraining((s) => s.snapshot?.diverged ?? false);
  const lost = useTraining((s) => s.trainerLost);
  const epoch = viewed?.epoch ?? 0;
  const state =
    viewedEpoch !== null
      ? 'viewing'
      : lost
        ? 'unavailable'
        : running
          ? 'training'
          : diverged
            ? 'stopped'
            : liveEpoch >= target
              ? 'done'
              : liveEpoch > 0
                ? 'paused'
                : 'ready';
  return (
    <div className="status-bar">
      <span className="epoch" data-epoch={epoch}>
        Epoch <strong>{formatCount(epoch)}</strong> / {formatCount(target)}
      </span>
      <span className="rate">{running ? `${formatRate(rate)} epochs/s` : ' '}</span>
      {viewedEpoch === null ? (
        <span className={`state ${state}`} data-state={state}>
          {state}
        </span>
      ) : (
        <span className="viewing-banner">
          <span className="state viewing" data-state="viewing">
            Viewing epoch {formatCount(viewedEpoch)} of {formatCount(liveEpoch)}
          </span>
          <button type="button" onClick={() => timeline.getState().live()}>
            Back to live
          </button>
        </span>
      )}
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
