import { stepStore, useStep } from '@/state/app-step-store';

/** Enters step mode (pausing training) or leaves it. */
export function StepThroughButton() {
  const active = useStep((s) => s.active);
  return (
    <button
      type="button"
      className="step-through"
      aria-pressed={active}
      onClick={() => (active ? stepStore.getState().exit() : stepStore.getState().enter())}
      title="Take one epoch apart: forward, loss, backward, update (→ / ← to move, Esc to leave)"
    >
      Step through
    </button>
  );
}
