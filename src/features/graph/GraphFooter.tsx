import type { StepPhase } from '@/state/step-phases';
import { weightColour } from './weight-style';

interface Props {
  /** Step mode's phase, or undefined outside step mode. */
  readonly phase?: StepPhase;
}

/** What the edges stand for now: the weights, or in step mode the gradient and the change. */
function quantityOf(phase: StepPhase | undefined): string {
  if (phase === 'backward') return '∂E/∂w';
  if (phase === 'update') return 'Δw';
  return 'w';
}

/** A short sample of an edge for the legend, drawn as the graph draws edges. */
function Sample({
  value,
  width,
  dashed = false,
}: {
  value: number;
  width: number;
  dashed?: boolean;
}) {
  return (
    <svg width="28" height="10" aria-hidden="true">
      <line
        x1="1"
        y1="5"
        x2="27"
        y2="5"
        stroke={weightColour(value)}
        strokeWidth={width}
        strokeDasharray={dashed ? '6 3' : undefined}
      />
    </svg>
  );
}

/** The graph's legend: colour = sign, dashes = negative, width = size. */
export function GraphFooter({ phase }: Props) {
  const q = quantityOf(phase);
  return (
    <div className="graph-footer">
      <ul className="graph-legend" aria-label="Legend">
        <li>
          <Sample value={2} width={3} /> {q} &gt; 0
        </li>
        <li>
          <Sample value={-2} width={3} dashed /> {q} &lt; 0
        </li>
        <li>
          <Sample value={0.5} width={1.5} />
          <Sample value={0.5} width={5} /> width = |{q}|
        </li>
      </ul>
    </div>
  );
}
