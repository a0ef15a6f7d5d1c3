import { useState } from 'react';
import { useTraining } from '@/state/hooks';
import { HIDDEN_NEURON_RANGE } from '@/state/defaults';
import { Select } from '@/shared/Select';
import { Slider } from '@/shared/Slider';

/**
 * The neurons of one hidden layer, live (what was learned is kept); with several layers, a menu
 * says which one the slider changes, so that it is never a silent "layer 1".
 */
export function HiddenNeurons() {
  const sizes = useTraining((s) => s.config.hiddenSizes);
  const configure = useTraining((s) => s.configure);
  const [chosen, setChosen] = useState(0);
  // Layers come and go: the choice stays on one that exists.
  const layer = Math.min(chosen, Math.max(0, sizes.length - 1));
  const neurons = sizes[layer] ?? 1;
  const layerOptions = sizes.map((_, i) => ({ value: String(i), label: `Layer ${i + 1}` }));
  return (
    <>
      {sizes.length > 1 && (
        <Select
          label="Layer to resize"
          value={String(layer)}
          options={layerOptions}
          onChange={(value) => setChosen(Number(value))}
          control="layers"
        />
      )}
      <Slider
        label="Hidden neurons"
        disabled={sizes.length === 0}
        display={String(neurons)}
        min={HIDDEN_NEURON_RANGE.min}
        max={HIDDEN_NEURON_RANGE.max}
        step={1}
        position={neurons}
        onPosition={(n) => configure({ hiddenSizes: sizes.map((s, i) => (i === layer ? n : s)) })}
        title={`Neurons in hidden layer ${layer + 1}; changing it keeps what was learned`}
        control="layers"
      />
    </>
  );
}
