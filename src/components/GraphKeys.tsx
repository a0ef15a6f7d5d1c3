import type { EdgeLayout, GraphLayout, NeuronLayout } from '../viz/graph-layout';
import { formatValue } from './format';

interface Props {
  readonly layout: GraphLayout;
  readonly value: (paramIndex: number) => number;
  readonly onFocusEdge: (edge: EdgeLayout | null) => void;
  readonly onFocusNeuron: (neuron: NeuronLayout | null) => void;
  readonly onEditEdge: (edge: EdgeLayout) => void;
  readonly onEditBias: (neuron: NeuronLayout) => void;
}

/**
 * The graph's keyboard and screen-reader side: one button per edge and neuron, in reading order.
 * They are visually hidden; focusing one lights up its edge or neuron in the picture and shows
 * its value, Enter edits it.
 */
export function GraphKeys({
  layout,
  value,
  onFocusEdge,
  onFocusNeuron,
  onEditEdge,
  onEditBias,
}: Props) {
  return (
    <ul className="graph-keys" aria-label="Weights and biases">
      {layout.neurons.map((neuron) => {
        const isInput = neuron.biasIndex < 0;
        return (
          <li key={neuron.id}>
            <button
              type="button"
              aria-label={
                isInput
                  ? `Input ${neuron.label}`
                  : `Neuron ${neuron.label}, bias ${formatValue(value(neuron.biasIndex))}. Press Enter to edit.`
              }
              onFocus={() => onFocusNeuron(neuron)}
              onBlur={() => onFocusNeuron(null)}
              onClick={() => onEditBias(neuron)}
            />
          </li>
        );
      })}
      {layout.edges.map((edge) => (
        <li key={edge.id}>
          <button
            type="button"
            aria-label={`Weight ${edge.from.label} to ${edge.to.label}: ${formatValue(value(edge.weightIndex))}. Press Enter to edit.`}
            onFocus={() => onFocusEdge(edge)}
            onBlur={() => onFocusEdge(null)}
            onClick={() => onEditEdge(edge)}
          />
        </li>
      ))}
    </ul>
  );
}
