import { useTraining } from '@/state/hooks';
import { HIDDEN_ACTIVATIONS, LOSSES, OUTPUT_ACTIVATIONS } from '@/state/options';
import { GLOSSARY } from '@/shared/glossary';
import { HiddenLayerCount } from './HiddenLayerCount';
import { Select } from '@/shared/Select';
import { RUN_CONFIG, type InitName } from '@/engine/run-config';
import { outputMismatch } from './output-mismatch';

const INITS = RUN_CONFIG.init.options.map((value: InitName) => ({
  value,
  label: RUN_CONFIG.init.labels?.[value] ?? value,
}));

/** Activations and loss, switched keeping the weights; the initialisation, a fresh start. */
export function NetworkSettings() {
  const config = useTraining((s) => s.config);
  const configure = useTraining((s) => s.configure);
  const reset = useTraining((s) => s.reset);
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
      <Select
        label="Initial weights"
        value={config.init}
        options={INITS}
        onChange={(init) => {
          // Only fresh weights are drawn by it: choosing one starts the run afresh, as Reset.
          configure({ init });
          reset();
        }}
        title="How a fresh start draws the weights (choosing one resets the run): Zero shows why they must differ"
        control="init"
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
