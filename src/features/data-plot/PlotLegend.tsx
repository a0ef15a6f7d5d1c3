import { classColour, valueColour } from '@/shared/class-colours';

interface PlotLegendProps {
  readonly regression: boolean;
  /** Classes the map shows (the output neurons, or 2 for one sigmoid output). */
  readonly classes: number;
}

/** What the colours of the points and the map mean: classes, or values on one diverging scale. */
export function PlotLegend({ regression, classes }: PlotLegendProps) {
  if (regression) {
    const stops = [-1, -0.5, 0, 0.5, 1].map((v) => valueColour(v)).join(', ');
    return (
      <div className="plot-legend" data-legend="value">
        <span>value</span>
        <span className="value-scale">
          <span className="bar" style={{ background: `linear-gradient(to right, ${stops})` }} />
          <span className="ticks" aria-hidden="true">
            <span>−1</span>
            <span>0</span>
            <span>+1</span>
          </span>
        </span>
        <span className="hint">points by target, the map by output (lighter); 0 is grey</span>
      </div>
    );
  }
  return (
    <div className="plot-legend" data-legend="classes">
      {Array.from({ length: classes }, (_, c) => (
        <span key={c} className="legend-class">
          <span className="swatch" style={{ background: classColour(c) }} aria-hidden="true" />
          class {c}
        </span>
      ))}
      <span className="hint">
        {classes > 2
          ? 'map: the likeliest class, lighter where unsure'
          : 'map: the output, orange to blue'}
      </span>
    </div>
  );
}
