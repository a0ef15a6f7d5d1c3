import { useTraining } from '../store/app-store';
import { HIDDEN_ACTIVATIONS, LOSSES, OUTPUT_ACTIVATIONS } from '../store/options';
import { Select } from './Select';

const label = (name: string) => name.charAt(0).toUpperCase() + name.slice(1);
const toOptions = <T extends string>(names: readonly T[]) =>
  names.map((value) => ({ value, label: value === 'relu' ? 'ReLU' : label(value) }));

/** Activations and loss; switching them keeps the weights. */
export function NetworkSettings() {
  const config = useTraining((s) => s.config);
  const configure = useTraining((s) => s.configure);
  return (
    <div className="network-settings">
      <Select
        label="Hidden activation"
        value={config.hiddenActivation}
        options={toOptions(HIDDEN_ACTIVATIONS)}
        onChange={(hiddenActivation) => configure({ hiddenActivation })}
        title="The function each hidden neuron applies to its weighted sum"
      />
      <Select
        label="Output activation"
        value={config.outputActivation === 'relu' ? 'linear' : config.outputActivation}
        options={toOptions(OUTPUT_ACTIVATIONS)}
        onChange={(outputActivation) => configure({ outputActivation })}
      />
      <Select
        label="Loss"
        value={config.loss}
        options={LOSSES}
        onChange={(loss) => configure({ loss })}
        title="How wrong the output is: squared error, or cross-entropy for probabilities"
      />
    </div>
  );
}
