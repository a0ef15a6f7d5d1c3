import { controlAttr } from '@/shared/control-ids';
import { useTraining } from '@/state/hooks';
import { LIMITS } from '@/state/options';
import type { GraphLayout } from './graph-layout';

interface Props {
  readonly layout: GraphLayout;
  readonly height: number;
}

/** Add or remove a neuron in each hidden layer, from buttons above its column in the graph. */
export function LayerControls({ layout, height }: Props) {
  const hiddenSizes = useTraining((s) => s.config.hiddenSizes);
  const configure = useTraining((s) => s.configure);
  const setSizes = (sizes: number[]) => configure({ hiddenSizes: sizes });
  const columns = hiddenSizes.map((size, i) => {
    const x = layout.neurons.find((n) => n.layer === i + 1)?.x ?? 0;
    return { size, x, layer: i + 1 };
  });
  const resize = (layer: number, delta: number) =>
    setSizes(hiddenSizes.map((n, i) => (i === layer - 1 ? n + delta : n)));

  return (
    <div className="layer-controls" style={{ height }} {...controlAttr('layers')}>
      {columns.map(({ size, x, layer }) => (
        <div
          key={layer}
          className="layer-neurons"
          style={{ left: x }}
          role="group"
          aria-label={`Hidden layer ${layer}`}
        >
          <button
            type="button"
            aria-label={`Remove neuron from layer ${layer}`}
            disabled={size <= LIMITS.neurons.min}
            onClick={() => resize(layer, -1)}
          >
            −
          </button>
          <button
            type="button"
            aria-label={`Add neuron to layer ${layer}`}
            disabled={size >= LIMITS.neurons.max}
            onClick={() => resize(layer, +1)}
          >
            +
          </button>
        </div>
      ))}
    </div>
  );
}
