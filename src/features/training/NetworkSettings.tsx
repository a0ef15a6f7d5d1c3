import { useTraining } from '@/state/hooks';
import { HIDDEN_ACTIVATIONS, LOSSES, OUTPUT_ACTIVATIONS } from '@/state/options';
import { GLOSSARY } from '@/shared/glossary';
import { HiddenLayerCount } from './HiddenLayerCount';
import { Select } from '@/shared/Select';
import { outputMismatch } from './output-mismatch';

/** Activations and loss; switching them keeps the weights. */
export function NetworkSettings() {
  const config = useTraining((s) => s.config);
  const configure = useTraining((s) => s.configure);
  const mismatch = outputMismatch(config);
  return (
    <div className="network-settings">
      <HiddenLayerCount />
      <Select
        label="Hidden activation"
        value={config.hiddenActivation}
        options={HIDDEN_ACTIVATIONS}
        onChange={(hiddenActivation) => configure({ hiddenActivation })}
        title={GLOSSARY.activation.text}
        control="activation"
      />
      <Select
        label="Output activation"
        value={config.outputActivation === 'relu' ? 'linear' : config.outputActivation}
        options={OUTPUT_ACTIVATIONS}
        onChange={(outputActivation) => configure({ outputActivation })}
        title="The function the output neuron applies: sigmoid for probabilities, linear for values"
        control="activation"
      />
      <Select
        label="Loss"
        value={config.loss}
        options={LOSSES}
        onChange={(loss) => configure({ loss })}
        title={GLOSSARY.loss.text}
        control="loss"
      />
      {mismatch && (
        <p className="guard-rail" data-control="loss">
          <span>{mismatch.text}</span>
          <button type="button" onClick={() => configure(mismatch.fix)}>
            {mismatch.fixLabel}
          </button>
        </p>
      )}
    </div>
  );
}
