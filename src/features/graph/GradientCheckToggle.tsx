import { useStores, useStep, useView } from '@/state/hooks';

/**
 * In step mode, the switch that adds a finite-difference check to the graph's chain-rule
 * readout. It sits in the graph panel's header: inside the graph, a dense net's layer buttons
 * leave it no room.
 */
export function GradientCheckToggle() {
  const { view } = useStores();
  const stepping = useStep((s) => s.active && s.trace !== null);
  const check = useView((s) => s.checkGradients);
  if (!stepping) return null;
  return (
    <label
      className="gradient-check"
      title="Check the chain-rule readout: nudge the weight by ± h, run the forward pass again and divide the change in loss by 2h"
    >
      <input
        type="checkbox"
        checked={check}
        onChange={(event) => view.getState().set({ checkGradients: event.target.checked })}
      />
      Finite-difference check
    </label>
  );
}
