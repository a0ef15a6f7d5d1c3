import { useState, type KeyboardEvent } from 'react';

/** Arrow-key steps across the plot: fine enough to aim, few enough to cross it quickly. */
const STEPS = 20;
/** With Shift held, a step is this much smaller. */
const FINE = 5;

export interface PlotCursor {
  /** Where the cross is, in data coordinates; null while the plot has no keyboard focus. */
  readonly at: readonly [number, number] | null;
  readonly onKeyDown: (event: KeyboardEvent<SVGSVGElement>) => void;
  readonly onFocus: () => void;
  readonly onBlur: () => void;
}

/**
 * The keyboard's way onto the data plot: the arrow keys move a cross over the input plane
 * (Shift for small steps); Enter or Space does what a click would (add a point of the chosen
 * class, or erase), Delete and Backspace erase around the cross.
 */
export function usePlotCursor(
  low: number,
  high: number,
  click: (x: number, y: number) => void,
  erase: (x: number, y: number) => void,
): PlotCursor {
  const middle = (low + high) / 2;
  const [position, setPosition] = useState<readonly [number, number]>([middle, middle]);
  const [shown, setShown] = useState(false);
  // The plane can change (another dataset): the cross stays on it.
  const clamp = (value: number) => Math.min(high, Math.max(low, value));
  const at = [clamp(position[0]), clamp(position[1])] as const;

  const onKeyDown = (event: KeyboardEvent<SVGSVGElement>) => {
    if (event.ctrlKey || event.metaKey || event.altKey) return;
    const step = (high - low) / STEPS / (event.shiftKey ? FINE : 1);
    const moves: Record<string, readonly [number, number]> = {
      ArrowLeft: [-step, 0],
      ArrowRight: [step, 0],
      ArrowUp: [0, step],
      ArrowDown: [0, -step],
    };
    const move = moves[event.key];
    if (move) setPosition([clamp(at[0] + move[0]), clamp(at[1] + move[1])]);
    else if (event.key === 'Enter' || event.key === ' ') click(at[0], at[1]);
    else if (event.key === 'Delete' || event.key === 'Backspace') erase(at[0], at[1]);
    else return;
    // Handled here: no page scroll, and no app-wide shortcut (Space is Play elsewhere).
    event.preventDefault();
    setShown(true);
  };

  return {
    at: shown ? at : null,
    onKeyDown,
    onFocus: () => setShown(true),
    onBlur: () => setShown(false),
  };
}
