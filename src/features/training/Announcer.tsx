import { useStores, useTraining } from '@/state/hooks';
import { useEffect, useRef, useState } from 'react';
import { formatCount, formatLoss } from '@/shared/format';

type RunState = 'training' | 'paused' | 'done' | 'stopped';

/**
 * Tells screen-reader users what training did, politely and only when its state changes
 * (started, paused, done, stopped), never once per frame.
 */
export function Announcer() {
  const { training } = useStores();
  const running = useTraining((s) => s.snapshot?.running ?? false);
  const diverged = useTraining((s) => s.snapshot?.diverged ?? false);
  const done = useTraining((s) => (s.snapshot ? s.snapshot.epoch >= s.config.epochTarget : false));
  const [message, setMessage] = useState('');
  const last = useRef<RunState>('paused');
  const state: RunState = running ? 'training' : diverged ? 'stopped' : done ? 'done' : 'paused';

  useEffect(() => {
    if (state === last.current) return;
    last.current = state;
    // The figures at the moment of the change, read once rather than subscribed to.
    const snapshot = training.getState().snapshot;
    const loss = snapshot ? formatLoss(snapshot.loss) : 'unknown';
    const where = `epoch ${formatCount(snapshot?.epoch ?? 0)}, loss ${loss}`;
    setMessage(
      state === 'training'
        ? 'Training started.'
        : state === 'done'
          ? `Training finished: ${where}.`
          : state === 'stopped'
            ? `Training stopped: the loss blew up. Back at ${where}.`
            : `Paused at ${where}.`,
    );
  }, [state, training]);

  return (
    <div className="visually-hidden" role="status" aria-live="polite" data-announcer>
      {message}
    </div>
  );
}
