import { useEffect, useState } from 'react';
import { useTraining } from '@/state/hooks';

/** How long a press waits for the trainer to follow before the button shows its state again. */
const LAPSE_MS = 1000;

/**
 * Play/Pause as its button shows it: what was pressed, at once, until the trainer's snapshots
 * say the same. The trainer answers within a training slice and a frame, which on a busy
 * machine is a few hundred milliseconds; the label should not wait for that round trip.
 */
export function usePlayButton(): { running: boolean; press: () => void } {
  const running = useTraining((s) => s.snapshot?.running ?? false);
  const play = useTraining((s) => s.play);
  const pause = useTraining((s) => s.pause);
  const [requested, setRequested] = useState<boolean | null>(null);
  // The trainer caught up: its own state shows from now on.
  if (requested !== null && requested === running) setRequested(null);
  useEffect(() => {
    if (requested === null) return;
    // A press the trainer did not follow (the target was reached meanwhile) lapses.
    const timer = setTimeout(() => setRequested(null), LAPSE_MS);
    return () => clearTimeout(timer);
  }, [requested]);
  const shown = requested ?? running;
  const press = () => {
    setRequested(!shown);
    if (shown) pause();
    else play();
  };
  return { running: shown, press };
}
