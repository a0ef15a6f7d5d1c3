import { formatStepNumber } from '@/shared/step-format';

interface Props {
  /** One value per traced sample (activation in forward, δ in backward). */
  readonly values: readonly number[];
  readonly radius: number;
  readonly kind: 'activation' | 'delta';
  /** Drawn on the left (the output layer, whose right side is the graph's edge). */
  readonly left?: boolean;
}

/** A neuron's numbers in step mode, stacked beside it (one line per traced row). */
export function StepNeuronValues({ values, radius, kind, left = false }: Props) {
  if (values.length === 0) return null;
  const line = 11;
  const top = -((values.length - 1) * line) / 2;
  const x = left ? -radius - 5 : radius + 5;
  return (
    <text
      className={`step-values ${kind}${left ? ' left' : ''}`}
      x={x}
      y={top}
      data-values={values.join(' ')}
      aria-hidden="true"
    >
      {values.map((value, i) => (
        <tspan key={i} x={x} dy={i === 0 ? '0.35em' : line}>
          {kind === 'delta' ? 'δ ' : ''}
          {formatStepNumber(value)}
        </tspan>
      ))}
    </text>
  );
}
