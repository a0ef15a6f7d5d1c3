import { useMemo, useState, type PointerEvent } from 'react';
import { LOG_FLOOR, chartScales } from './loss-scales';
import { nearestIndex, type Series } from './series';
import { formatCount } from './format';
import { useElementSize } from './use-element-size';
import { useRemScale } from './use-rem-scale';
import './LineChart.css';

const MARGIN = { left: 56, right: 16, top: 12, bottom: 36 };

export interface ChartSeries extends Series {
  readonly name: string;
  /** CSS class for the line: its colour and dash. */
  readonly className: string;
}

interface Props {
  /** The accessible name of the chart image. */
  readonly label: string;
  readonly series: readonly ChartSeries[];
  readonly logScale: boolean;
  readonly yDomain?: readonly [number, number];
  readonly formatValue: (value: number) => string;
  readonly height: number;
  /** An epoch to mark with a vertical line (the moment time travel shows), if any. */
  readonly marker?: number | null;
}

/**
 * Values over epochs for one or more series, with axes, a legend and a hover readout. More
 * points than pixels are drawn as each pixel column's envelope; the hover always lands on a
 * real point of the first series and reads every series at that exact epoch.
 */
export function LineChart(props: Props) {
  const { label, series, logScale, yDomain, formatValue, marker = null } = props;
  const height = props.height * useRemScale();
  const [hoverEpoch, setHoverEpoch] = useState<number | null>(null);
  const [containerRef, size] = useElementSize<HTMLDivElement>({ width: 600, height });
  const plot = {
    left: MARGIN.left,
    right: size.width - MARGIN.right,
    top: MARGIN.top,
    bottom: height - MARGIN.bottom,
  };
  const scales = useMemo(
    () => chartScales(series, plot, { logScale, yDomain }),
    // plot derives from size and height alone
    // eslint-disable-next-line react-hooks/exhaustive-deps
    [series, size.width, height, logScale, yDomain],
  );
  const xTicks = scales.x.ticks(Math.max(2, Math.floor(size.width / 110)));
  const yTicks = scales.y.ticks(logScale ? 4 : 5);
  const yFormat = scales.y.tickFormat(logScale ? 4 : 5);
  const main = series[0];
  const hovered = hoverEpoch === null || !main ? -1 : nearestIndex(main, hoverEpoch);
  const hoveredEpoch = hovered >= 0 ? main!.epoch(hovered) : null;
  // Every series read at the hovered epoch itself; one without a point there has no value.
  const readings =
    hoveredEpoch === null
      ? []
      : series.map((s) => {
          const i = nearestIndex(s, hoveredEpoch);
          return i >= 0 && s.epoch(i) === hoveredEpoch ? s.value(i) : NaN;
        });
  const xMax = scales.x.domain()[1]!;
  const showMarker = marker !== null && marker >= 0 && marker <= xMax;

  const onPointerMove = (event: PointerEvent<SVGRectElement>) => {
    const box = event.currentTarget.getBoundingClientRect();
    setHoverEpoch(scales.x.invert(event.clientX - box.left + plot.left));
  };

  return (
    <div
      className="chart"
      ref={containerRef}
      data-point-count={main?.length ?? 0}
      data-drawn-count={scales.drawn[0] ?? 0}
      data-x-max={xMax}
    >
      <svg role="img" aria-label={label} width={size.width} height={height}>
        <g className="axis y-axis">
          {yTicks.map((tick) => (
            <g key={tick} transform={`translate(0,${scales.y(tick)})`}>
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
            <g key={tick} transform={`translate(${scales.x(tick)},0)`}>
              <line y2={5} />
              {/* The last tick sits on the right edge: centred, "100,000" was cut to "100,00". */}
              <text y={18} textAnchor={tick === xMax ? 'end' : 'middle'}>
                {formatCount(tick)}
              </text>
            </g>
          ))}
          <text className="axis-label" x={(plot.left + plot.right) / 2} y={32} textAnchor="middle">
            epoch
          </text>
        </g>
        {series.map((s, i) => (
          <path key={s.name} className={`series ${s.className}`} d={scales.paths[i]} />
        ))}
        {showMarker && (
          <line
            className="viewed-line"
            data-marker-epoch={marker}
            x1={scales.x(marker)}
            x2={scales.x(marker)}
            y1={plot.top}
            y2={plot.bottom}
          />
        )}
        {hoveredEpoch !== null && (
          <line
            className="hover-line"
            x1={scales.x(hoveredEpoch)}
            x2={scales.x(hoveredEpoch)}
            y1={plot.top}
            y2={plot.bottom}
          />
        )}
        {hoveredEpoch !== null &&
          series.map((s, k) => {
            const v = readings[k]!;
            if (!Number.isFinite(v)) return null;
            return (
              <circle
                key={s.name}
                className={`hover-dot ${s.className}`}
                cx={scales.x(hoveredEpoch)}
                cy={scales.y(logScale ? Math.max(v, LOG_FLOOR) : v)}
                r={4}
              />
            );
          })}
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
      {hoveredEpoch !== null && (
        <div className="chart-readout" role="status" data-hover-epoch={hoveredEpoch}>
          Epoch {formatCount(hoveredEpoch)}:{' '}
          {series.map((s, k) => {
            const v = readings[k]!;
            return (
              <span key={s.name} data-series={s.className} data-value={v}>
                {k > 0 && ' · '}
                {s.name} {Number.isNaN(v) ? '—' : formatValue(v)}
              </span>
            );
          })}
        </div>
      )}
      <ul className="chart-legend" aria-hidden="true">
        {series.map((s) => (
          <li key={s.name}>
            <svg width={22} height={8}>
              <line className={`series ${s.className}`} x1={0} x2={22} y1={4} y2={4} />
            </svg>
            {s.name}
          </li>
        ))}
      </ul>
    </div>
  );
}
