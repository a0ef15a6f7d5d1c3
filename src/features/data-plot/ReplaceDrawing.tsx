import { useEffect, useRef } from 'react';

/** A replacement of the points waiting for the learner's yes, and what it throws away. */
export interface PendingReplace {
  /** What replaces the points, as the question says it: "Regenerate", "Spiral", … */
  readonly what: string;
  readonly imported: number;
  readonly added: number;
  readonly erased: number;
  readonly run: () => void;
}

function count(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

/**
 * Asks, in the settings themselves, before new points replace the learner's drawing (a browser
 * confirm would block the page and cannot be styled or tested like the rest).
 */
export function ReplaceDrawing({
  pending,
  onDone,
}: {
  readonly pending: PendingReplace;
  readonly onDone: () => void;
}) {
  const keepRef = useRef<HTMLButtonElement>(null);
  useEffect(() => keepRef.current?.focus(), [pending]);
  const lost = [
    pending.imported > 0 ? count(pending.imported, 'imported point', 'imported points') : '',
    pending.added > 0 ? count(pending.added, 'drawn point', 'drawn points') : '',
    pending.erased > 0 ? count(pending.erased, 'erasure', 'erasures') : '',
  ].filter((part) => part !== '');
  return (
    <div className="replace-drawing" role="alertdialog" aria-labelledby="replace-drawing-text">
      <p id="replace-drawing-text">
        {pending.what} replaces your {lost.join(' and ')} with new points.
      </p>
      <button
        type="button"
        onClick={() => {
          pending.run();
          onDone();
        }}
      >
        Replace them
      </button>
      <button type="button" ref={keepRef} onClick={onDone}>
        Keep my points
      </button>
    </div>
  );
}
