import { formatStepNumber } from '@/shared/step-format';

interface Props {
  /** One value per traced sample (activation in forward, δ in backward). */
  readonly values: readonly number[];
  /** The column of the tutorial's matrix they are, e.g. `hidden_output[:, 0]`. */
  readonly name: string;
  readonly radius: number;
  readonly kind: 'activation' | 'delta';
  /** Drawn on the left (the output layer, whose right side is the graph's edge). */
  readonly left?: boolean;
}

/**
 * A neuron's numbers in step mode, stacked beside it (one line per traced row); hovering them
 * names the tutorial's matrix column they are.
 */
export function StepNeuronValues({ values, name, radius, kind, left = false }: Props) {
  if (values.length === 0) return null;
  // Line spacing in em, so the stack grows with the type (presenter mode) and never overlaps.
  const line = 1.15;
  const first = 0.35 - ((values.length - 1) * line) / 2;
  const x = left ? -radius - 5 : radius + 5;
  return (
    <text
      className={`step-values ${kind}${left ? ' left' : ''}`}
      x={x}
      y={0}
      data-values={values.join(' ')}
      data-name={name}
      aria-hidden="true"
    >
      <title>{name}</title>
      {values.map((value, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? first : line}em`}>
          {kind === 'delta' ? 'δ ' : ''}
          {formatStepNumber(value)}
        </tspan>
      ))}
    </text>
  );
}
