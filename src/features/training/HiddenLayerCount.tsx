import { useTraining } from '@/state/hooks';
import { LIMITS } from '@/state/options';

/** Add or remove a hidden layer (before the output); learned weights are kept. */
export function HiddenLayerCount() {
  const hiddenSizes = useTraining((s) => s.config.hiddenSizes);
  const configure = useTraining((s) => s.configure);
  const setSizes = (sizes: number[]) => configure({ hiddenSizes: sizes });
  return (
    <div className="layer-count" role="group" aria-label="Hidden layers">
      <button
        type="button"
        aria-label="Remove hidden layer"
        title="Remove the last hidden layer"
        disabled={hiddenSizes.length <= LIMITS.hiddenLayers.min}
        onClick={() => setSizes(hiddenSizes.slice(0, -1))}
      >
        −
      </button>
      <span data-hidden-layers={hiddenSizes.length}>
        {hiddenSizes.length} hidden {hiddenSizes.length === 1 ? 'layer' : 'layers'}
      </span>
      <button
        type="button"
        aria-label="Add hidden layer"
        title="Add a hidden layer before the output; it starts close to passing values through"
        disabled={hiddenSizes.length >= LIMITS.hiddenLayers.max}
        onClick={() => setSizes([...hiddenSizes, hiddenSizes.at(-1) ?? 2])}
      >
        +
      </button>
    </div>
  );
}
