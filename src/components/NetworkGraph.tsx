import { useMemo, useState } from 'react';
import { useTraining } from '../store/app-store';
import { layoutGraph, type EdgeLayout, type NeuronLayout } from '../viz/graph-layout';
import { labelColourOn, weightColour, weightWidth } from '../viz/weight-style';
import { formatValue } from './format';
import { useElementSize } from './use-element-size';

interface Inspected {
  readonly kind: 'edge' | 'neuron';
  readonly id: string;
}

type Shown = { kind: 'edge'; edge: EdgeLayout } | { kind: 'neuron'; neuron: NeuronLayout };

/** The network as neurons in layers; edges coloured by sign and sized by weight. */
export function NetworkGraph() {
  const snapshot = useTraining((s) => s.snapshot);
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 600, height: 340 });
  const [inspected, setInspected] = useState<Inspected | null>(null);
  const sizesKey = snapshot?.layerSizes.join(',') ?? '';
  const layout = useMemo(
    () => layoutGraph(sizesKey ? sizesKey.split(',').map(Number) : [2, 1], size),
    [sizesKey, size],
  );
  const params = snapshot?.params;
  const value = (index: number) => (params && index >= 0 ? (params[index] ?? 0) : 0);
  // The inspected element may be gone after the architecture changed.
  const shown = findShown(inspected, layout.edges, layout.neurons);

  return (
    <div className="graph" ref={containerRef}>
      <svg
        role="img"
        aria-label="Network graph"
        width={size.width}
        height={size.height}
        viewBox={`0 0 ${size.width} ${size.height}`}
      >
        <g className="edges">
          {layout.edges.map((edge) => {
            const weight = value(edge.weightIndex);
            return (
              <g
                key={edge.id}
                className="edge"
                data-from={edge.from.id}
                data-to={edge.to.id}
                data-weight={weight}
                tabIndex={0}
                role="button"
                aria-label={`Weight ${edge.from.label} to ${edge.to.label}: ${formatValue(weight)}`}
                onPointerEnter={() => setInspected({ kind: 'edge', id: edge.id })}
                onPointerLeave={() => setInspected(null)}
                onFocus={() => setInspected({ kind: 'edge', id: edge.id })}
                onBlur={() => setInspected(null)}
              >
                <path className="edge-hit" d={edge.path} />
                <path
                  className="edge-line"
                  d={edge.path}
                  stroke={weightColour(weight)}
                  strokeWidth={weightWidth(weight)}
                />
              </g>
            );
          })}
        </g>
        <g className="neurons">
          {layout.neurons.map((neuron) => {
            const bias = value(neuron.biasIndex);
            const isInput = neuron.biasIndex < 0;
            return (
              <g
                key={neuron.id}
                className={isInput ? 'neuron input' : 'neuron'}
                data-layer={neuron.layer}
                data-index={neuron.index}
                data-bias={isInput ? undefined : bias}
                transform={`translate(${neuron.x},${neuron.y})`}
                tabIndex={0}
                role="button"
                aria-label={
                  isInput
                    ? `Input ${neuron.label}`
                    : `Neuron ${neuron.label}, bias ${formatValue(bias)}`
                }
                onPointerEnter={() => setInspected({ kind: 'neuron', id: neuron.id })}
                onPointerLeave={() => setInspected(null)}
                onFocus={() => setInspected({ kind: 'neuron', id: neuron.id })}
                onBlur={() => setInspected(null)}
              >
                <circle r={layout.radius} fill={isInput ? undefined : weightColour(bias)} />
                <text dy="0.35em" fill={isInput ? undefined : labelColourOn(bias)}>
                  {neuron.label}
                </text>
              </g>
            );
          })}
        </g>
      </svg>
      {shown && (
        <Readout
          target={shown}
          value={value(shown.kind === 'edge' ? shown.edge.weightIndex : shown.neuron.biasIndex)}
          width={size.width}
        />
      )}
      <p className="legend" aria-hidden="true">
        <span className="swatch negative" /> negative
        <span className="swatch positive" /> positive · thicker = larger |weight| · neuron fill =
        bias
      </p>
    </div>
  );
}

function findShown(
  inspected: Inspected | null,
  edges: readonly EdgeLayout[],
  neurons: readonly NeuronLayout[],
): Shown | null {
  if (inspected?.kind === 'edge') {
    const edge = edges.find((e) => e.id === inspected.id);
    return edge ? { kind: 'edge', edge } : null;
  }
  if (inspected?.kind === 'neuron') {
    const neuron = neurons.find((n) => n.id === inspected.id);
    return neuron ? { kind: 'neuron', neuron } : null;
  }
  return null;
}

function Readout({ target, value, width }: { target: Shown; value: number; width: number }) {
  const text =
    target.kind === 'edge'
      ? `Weight ${target.edge.from.label} → ${target.edge.to.label} = ${value}`
      : target.neuron.biasIndex < 0
        ? `Input ${target.neuron.label}`
        : `Bias of ${target.neuron.label} = ${value}`;
  const x = target.kind === 'edge' ? (target.edge.from.x + target.edge.to.x) / 2 : target.neuron.x;
  const y =
    target.kind === 'edge' ? (target.edge.from.y + target.edge.to.y) / 2 : target.neuron.y - 30;
  return (
    <div
      className="readout"
      role="status"
      style={{ left: Math.min(Math.max(x, 120), width - 120), top: Math.max(y - 24, 0) }}
    >
      {text}
    </div>
  );
}
