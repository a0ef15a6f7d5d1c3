import type { EdgeLayout, NeuronLayout } from './graph-layout';

/** What the readout is about: an edge or a neuron. */
export type Shown = { kind: 'edge'; edge: EdgeLayout } | { kind: 'neuron'; neuron: NeuronLayout };

interface ReadoutProps {
  readonly target: Shown;
  readonly value: number;
  readonly width: number;
  readonly top: number;
}

/** One line over the graph: the value of the edge or bias under the pointer or focus. */
export function Readout({ target, value, width, top }: ReadoutProps) {
  const sign = value < 0 ? 'negative' : 'positive';
  const text =
    target.kind === 'edge'
      ? `Weight ${target.edge.from.label} → ${target.edge.to.label} (${target.edge.name}) = ${value} (${sign})`
      : target.neuron.biasIndex < 0
        ? `Input ${target.neuron.label}: click to turn it off`
        : `Bias of ${target.neuron.label} (${target.neuron.biasName}) = ${value} (${sign})`;
  const x = target.kind === 'edge' ? (target.edge.from.x + target.edge.to.x) / 2 : target.neuron.x;
  const y =
    target.kind === 'edge' ? (target.edge.from.y + target.edge.to.y) / 2 : target.neuron.y - 30;
  return (
    <div
      className="readout"
      role="status"
      style={{ left: Math.min(Math.max(x, 160), width - 160), top: Math.max(y - 16 + top, 0) }}
    >
      {text}
    </div>
  );
}
