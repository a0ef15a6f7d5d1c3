import { useMemo, useState, type PointerEvent } from 'react';
import { useTraining } from '../store/app-store';
import { lossCurve, nearestPoint } from '../viz/loss-scales';
import { formatCount, formatLoss } from './format';
import { useElementSize } from './use-element-size';

const MARGIN = { left: 56, right: 16, top: 12, bottom: 36 };

/** Loss over epochs, with axes, a log-scale toggle and a hover readout. */
export function LossChart() {
  const history = useTraining((s) => s.history);
  const epochTarget = useTraining((s) => s.config.epochTarget);
  const currentLoss = useTraining((s) => s.snapshot?.loss);
  const currentEpoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const [logScale, setLogScale] = useState(false);
  const [hoverEpoch, setHoverEpoch] = useState<number | null>(null);
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 600, height: 240 });
  const plot = {
    left: MARGIN.left,
    right: size.width - MARGIN.right,
    top: MARGIN.top,
    bottom: size.height - MARGIN.bottom,
  };
  const curve = useMemo(
    () => lossCurve(history.epochs, history.losses, plot, logScale, epochTarget),
    // plot is derived from size alone
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [history, size, logScale, epochTarget],
  );
  const hovered = hoverEpoch === null ? -1 : nearestPoint(history.epochs, hoverEpoch);
  const xTicks = curve.x.ticks(Math.max(2, Math.floor(size.width / 110)));
  const yTicks = curve.y.ticks(logScale ? 4 : 5);
  const yFormat = curve.y.tickFormat(logScale ? 4 : 5);

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHoverEpoch(curve.x.invert(event.clientX - box.left + plot.left));
  };

  return (
    <section className="panel loss-panel" aria-labelledby="loss-title">
      <header className="panel-header">
        <h2 id="loss-title">Loss</h2>
        <output className="loss-now" aria-live="off" data-loss={currentLoss}>
          {currentLoss === undefined
            ? '—'
            : `${formatLoss(currentLoss)} at epoch ${formatCount(currentEpoch)}`}
        </output>
        <label className="toggle">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(event) => setLogScale(event.target.checked)}
          />
          Log scale
        </label>
      </header>
      <div className="chart" ref={containerRef}>
        <svg
          role="img"
          aria-label="Loss curve"
          width={size.width}
          height={size.height}
          viewBox={`0 0 ${size.width} ${size.height}`}
        >
          <g className="axis y-axis">
            {yTicks.map((tick) => (
              <g key={tick} transform={`translate(0,${curve.y(tick)})`}>
                <line x1={plot.left} x2={plot.right} className="grid" />
                <text x={plot.left - 6} dy="0.32em" textAnchor="end">
                  {yFormat(tick)}
                </text>
              </g>
            ))}
          </g>
          <g className="axis x-axis" transform={`translate(0,${plot.bottom})`}>
            <line x1={plot.left} x2={plot.right} />
            {xTicks.map((tick) => (
              <g key={tick} transform={`translate(${curve.x(tick)},0)`}>
                <line y2={5} />
                <text y={18} textAnchor="middle">
                  {formatCount(tick)}
                </text>
              </g>
            ))}
            <text
              className="axis-label"
              x={(plot.left + plot.right) / 2}
              y={32}
              textAnchor="middle"
            >
              epoch
            </text>
          </g>
          <path className="loss-line" d={curve.path} />
          {hovered >= 0 && (
            <HoverMark
              x={curve.x(history.epochs[hovered]!)}
              y={curve.y(Math.max(history.losses[hovered]!, 1e-8))}
              top={plot.top}
              bottom={plot.bottom}
            />
          )}
          <rect
            className="hover-target"
            x={plot.left}
            y={plot.top}
            width={Math.max(0, plot.right - plot.left)}
            height={Math.max(0, plot.bottom - plot.top)}
            onPointerMove={onPointerMove}
            onPointerLeave={() => setHoverEpoch(null)}
          />
        </svg>
        {hovered >= 0 && (
          <div className="chart-readout" role="status">
            Epoch {formatCount(history.epochs[hovered]!)}: loss{' '}
            {formatLoss(history.losses[hovered]!)}
          </div>
        )}
      </div>
    </section>
  );
}

function HoverMark({ x, y, top, bottom }: { x: number; y: number; top: number; bottom: number }) {
  return (
    <g className="hover-mark">
      <line x1={x} x2={x} y1={top} y2={bottom} />
      <circle cx={x} cy={y} r={4} />
    </g>
  );
}
