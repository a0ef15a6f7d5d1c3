import { memo } from 'react';
import type { EdgeLayout, GraphLayout, NeuronLayout } from './graph-layout';

interface Props {
  readonly layout: GraphLayout;
  readonly onFocusEdge: (edge: EdgeLayout | null) => void;
  readonly onFocusNeuron: (neuron: NeuronLayout | null) => void;
  readonly onEditEdge: (edge: EdgeLayout) => void;
  /** Enter on a bias edits it; on an input, turns its feature off. */
  readonly onEditBias: (neuron: NeuronLayout) => void;
  /** Labels of the input column's places (layout.unusedInputs[].slot indexes them). */
  readonly inputLabels: readonly string[];
  /** Adds the unused feature in place `slot` as an input. */
  readonly onAddInput: (slot: number) => void;
}

/**
 * The graph's keyboard and screen-reader side: one button per edge and neuron, in reading order.
 * They are visually hidden; focusing one lights up its edge or neuron in the picture and shows
 * its value in the readout (a polite status), Enter edits it. Their names do not carry the value,
 * so hundreds of them are not rewritten on every frame while training runs.
 */
export const GraphKeys = memo(function GraphKeys(props: Props) {
  const { layout, onFocusEdge, onFocusNeuron, onEditEdge, onEditBias } = props;
  const { inputLabels, onAddInput } = props;
  return (
    <ul className="graph-keys" aria-label="Weights and biases">
      {layout.neurons.map((neuron) => (
        <li key={neuron.id}>
          <button
            type="button"
            aria-label={
              neuron.biasIndex < 0
                ? `Input ${neuron.label}. Press Enter to turn it off.`
                : `Bias of neuron ${neuron.label} (${neuron.biasName}). Press Enter to edit.`
            }
            onFocus={() => onFocusNeuron(neuron)}
            onBlur={() => onFocusNeuron(null)}
            onClick={() => onEditBias(neuron)}
          />
        </li>
      ))}
      {layout.unusedInputs.map((input) => (
        <li key={input.id}>
          <button
            type="button"
            aria-label={`Feature ${inputLabels[input.slot] ?? ''}, not used. Press Enter to add it as an input.`}
            onClick={() => onAddInput(input.slot)}
          />
        </li>
      ))}
      {layout.edges.map((edge) => (
        <li key={edge.id}>
          <button
            type="button"
            aria-label={`Weight ${edge.from.label} to ${edge.to.label} (${edge.name}). Press Enter to edit.`}
            onFocus={() => onFocusEdge(edge)}
            onBlur={() => onFocusEdge(null)}
            onClick={() => onEditEdge(edge)}
          />
        </li>
      ))}
    </ul>
  );
});
