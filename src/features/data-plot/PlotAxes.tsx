import type { ScaleLinear } from 'd3-scale';

/** Room beside and under the plot for the tick labels, in CSS pixels. */
export const AXIS_WIDTH = 30;
export const AXIS_HEIGHT = 18;
const TICK = 4;

interface PlotAxisProps {
  /** Data coordinate → pixels from the plot's left (x) or bottom (y) edge. */
  readonly scale: ScaleLinear<number, number>;
  readonly side: number;
}

/** x₁'s ticks under the plot. */
export function BottomAxis({ scale, side }: PlotAxisProps) {
  const ticks = scale.ticks(side < 240 ? 4 : 7);
  const format = scale.tickFormat(side < 240 ? 4 : 7);
  return (
    <svg className="plot-axis bottom" width={side} height={AXIS_HEIGHT} aria-hidden="true">
      {ticks.map((t) => (
        <g key={t} transform={`translate(${scale(t)} 0)`}>
          <line y2={TICK} />
          <text y={TICK + 2} dominantBaseline="hanging" textAnchor="middle">
            {format(t)}
          </text>
        </g>
      ))}
    </svg>
  );
}

/** x₂'s ticks left of the plot (up is larger). */
export function LeftAxis({ scale, side }: PlotAxisProps) {
  const ticks = scale.ticks(side < 240 ? 4 : 7);
  const format = scale.tickFormat(side < 240 ? 4 : 7);
  return (
    <svg className="plot-axis left" width={AXIS_WIDTH} height={side} aria-hidden="true">
      {ticks.map((t) => (
        <g key={t} transform={`translate(${AXIS_WIDTH} ${side - scale(t)})`}>
          <line x2={-TICK} />
          <text x={-TICK - 2} dominantBaseline="middle" textAnchor="end">
            {format(t)}
          </text>
        </g>
      ))}
    </svg>
  );
}
