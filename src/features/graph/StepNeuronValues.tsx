import { useLayoutEffect, useRef, useState } from 'react';
import { formatStepNumber } from '@/shared/step-format';

interface Props {
  /** One value per traced sample (activation in forward, δ in backward). */
  readonly values: readonly number[];
  /** The column of the tutorial's matrix they are, e.g. `hidden_output[:, 0]`. */
  readonly name: string;
  readonly radius: number;
  readonly kind: 'activation' | 'delta';
  /**
   * Where the stack goes: right of the neuron; left (an output among several, whose right side
   * is the graph's edge); or below its label (a lone output, with the column's height free).
   */
  readonly side: 'right' | 'left' | 'below';
  /** Height (px) between this neuron and the next of its layer: what a stack may fill. */
  readonly room: number;
}

/** Line spacing in em, so the stack grows with the type (presenter mode). */
const LINE_EM = 1.15;

/** One line for several rows: the batch's Σδ (what the bias update uses), or the activations' range. */
function summary(values: readonly number[], kind: Props['kind']): string {
  if (kind === 'delta') return `Σδ ${formatStepNumber(values.reduce((sum, v) => sum + v, 0))}`;
  const low = formatStepNumber(Math.min(...values));
  const high = formatStepNumber(Math.max(...values));
  return `${low} … ${high}`;
}

/** Where a neuron of `layer` shows its step values (see Props.side). */
export function stepValuesSide(layerSizes: readonly number[], layer: number): Props['side'] {
  if (layer < layerSizes.length - 1) return 'right';
  return layerSizes[layer] === 1 ? 'below' : 'left';
}

/**
 * A neuron's numbers in step mode, stacked beside it (one line per traced row); where the stack
 * would run into the next neuron (wide layers), one summary line instead. Hovering them names
 * the tutorial's matrix column they are and lists every row.
 */
export function StepNeuronValues({ values, name, radius, kind, side, room }: Props) {
  const text = useRef<SVGTextElement>(null);
  const [fontPx, setFontPx] = useState<number | null>(null);
  useLayoutEffect(() => {
    if (text.current) setFontPx(parseFloat(getComputedStyle(text.current).fontSize) || null);
  }, [room, values.length]);
  if (values.length === 0) return null;
  const fits = values.length === 1 || fontPx === null || values.length * LINE_EM * fontPx <= room;
  const lines = fits
    ? values.map((value) => `${kind === 'delta' ? 'δ ' : ''}${formatStepNumber(value)}`)
    : [summary(values, kind)];
  // Below: under the neuron's label line, flush with the graph's right margin (graph-layout.ts:
  // 2.2 radii from the centre), clear of the previous column's numbers; beside: centred on it.
  const first = side === 'below' ? 2.2 : 0.35 - ((lines.length - 1) * LINE_EM) / 2;
  const x = side === 'below' ? radius * 2.2 - 4 : side === 'left' ? -radius - 5 : radius + 5;
  return (
    <text
      ref={text}
      className={`step-values ${kind} ${side}`}
      x={x}
      y={side === 'below' ? radius : 0}
      data-values={values.join(' ')}
      data-name={name}
      data-summary={fits ? undefined : ''}
      aria-hidden="true"
    >
      <title>{`${name}: ${values.map(formatStepNumber).join(', ')}`}</title>
      {lines.map((line, i) => (
        <tspan key={i} x={x} dy={`${i === 0 ? first : LINE_EM}em`}>
          {line}
        </tspan>
      ))}
    </text>
  );
}
