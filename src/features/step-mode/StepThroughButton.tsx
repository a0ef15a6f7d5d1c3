import { useStep, useStores } from '@/state/hooks';
/** Enters step mode (pausing training) or leaves it. */
export function StepThroughButton() {
  const { step } = useStores();
  const active = useStep((s) => s.active);
  return (
    <button
      type="button"
      className="step-through"
      aria-pressed={active}
      onClick={() => (active ? step.getState().exit() : step.getState().enter())}
      title="Take one epoch apart: forward, loss, backward, update (→ / ← to move, Esc to leave)"
    >
      Step through
    </button>
  );
}
