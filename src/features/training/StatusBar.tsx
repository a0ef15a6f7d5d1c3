import { useTraining } from '@/state/hooks';
import { formatCount, formatRate } from '@/shared/format';

/** Epoch counter, training rate and state, and any message from the trainer. */
export function StatusBar() {
  const epoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const target = useTraining((s) => s.config.epochTarget);
  const rate = useTraining((s) => s.snapshot?.epochsPerSecond ?? 0);
  const running = useTraining((s) => s.snapshot?.running ?? false);
  const error = useTraining((s) => s.error);
  const diverged = useTraining((s) => s.snapshot?.diverged ?? false);
  const state = running
    ? 'training'
    : diverged
      ? 'stopped'
      : epoch >= target
        ? 'done'
        : epoch > 0
          ? 'paused'
          : 'ready';
  return (
    <div className="status-bar">
      <span className="epoch" data-epoch={epoch}>
        Epoch <strong>{formatCount(epoch)}</strong> / {formatCount(target)}
      </span>
      <span className="rate">{running ? `${formatRate(rate)} epochs/s` : ' '}</span>
      <span className={`state ${state}`} data-state={state}>
        {state}
      </span>
      {error && (
        <span className="error" role="alert">
          {error}
        </span>
      )}
    </div>
  );
}
