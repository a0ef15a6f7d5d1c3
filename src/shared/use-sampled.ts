import { useEffect, useRef, useState } from 'react';

/**
 * `value` itself; or, while `sampling`, the value it had at the last tick of an
 * `intervalMs` clock: for drawings too costly to redo every frame. The sample starts from the
 * last value seen before sampling began, so it never shows anything older.
 */
export function useSampled<T>(value: T, sampling: boolean, intervalMs: number): T {
  const [sample, setSample] = useState(value);
  // Derived during render (React's pattern for state that follows props): cheap, since it only
  // happens while not sampling.
  if (!sampling && sample !== value) setSample(value);
  const latest = useRef(value);
  useEffect(() => {
    latest.current = value;
  });
  useEffect(() => {
    if (!sampling) return;
    const timer = setInterval(() => setSample(latest.current), intervalMs);
    return () => clearInterval(timer);
  }, [sampling, intervalMs]);
  return sampling ? sample : value;
}
