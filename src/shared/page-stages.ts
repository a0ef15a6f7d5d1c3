/**
 * The page mounts in stages so that no single task of the start blocks the main thread for long
 * (Lighthouse's total blocking time on a slow phone): the app renders its first stage, then each
 * later one after the previous one was drawn (src/app/App.tsx). Parts that open over the page
 * wait for the last stage, so they are placed on the final layout.
 */
import { useEffect, useState, useTransition } from 'react';

let complete = false;
const whenComplete = new Set<() => void>();

/** Runs `task` once every stage is mounted (at once if they are); returns its cancel. */
export function whenPageComplete(task: () => void): () => void {
  if (complete) {
    task();
    return () => undefined;
  }
  whenComplete.add(task);
  return () => whenComplete.delete(task);
}

function markComplete(): void {
  if (complete) return;
  complete = true;
  // For scripts that drive the page (the cross-browser journeys): everything is there now.
  document.documentElement.setAttribute('data-page-complete', '');
  for (const task of [...whenComplete]) task();
  whenComplete.clear();
}

/** After the next frame is drawn, in a task of its own; the timer stands in for the frame in a hidden tab. */
function afterFrame(task: () => void): () => void {
  let timer = window.setTimeout(task, 100);
  const frame = requestAnimationFrame(() => {
    window.clearTimeout(timer);
    timer = window.setTimeout(task, 0);
  });
  return () => {
    cancelAnimationFrame(frame);
    window.clearTimeout(timer);
  };
}

/**
 * The stage the page has reached, 0 on the first render and up to `last`, one more after each
 * drawn frame. A stage renders as a transition: React renders it in slices of a few
 * milliseconds and commits it at once.
 */
export function usePageStages(last: number): number {
  const [stage, setStage] = useState(0);
  const [, startTransition] = useTransition();
  useEffect(() => {
    if (stage >= last) {
      markComplete();
      return;
    }
    return afterFrame(() => startTransition(() => setStage(stage + 1)));
  }, [stage, last]);
  return stage;
}
