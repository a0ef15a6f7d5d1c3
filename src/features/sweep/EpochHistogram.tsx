import { bin, max } from 'd3-array';
import { scaleLinear } from 'd3-scale';
import { useMemo } from 'react';
import { formatCount } from '@/shared/format';

const WIDTH = 320;
const HEIGHT = 120;
const MARGIN = { left: 30, right: 20, top: 8, bottom: 28 };

interface HistogramProps {
  readonly outcomes: readonly { readonly epochsToSolve: number | null }[];
  readonly epochTarget: number;
}

/** Epochs needed by the seeds that solved, binned; a table says the same for screen readers. */
export function EpochHistogram({ outcomes, epochTarget }: HistogramProps) {
  const bins = useMemo(() => {
    const epochs = outcomes.flatMap((o) => (o.epochsToSolve === null ? [] : [o.epochsToSolve]));
    return bin().domain([0, epochTarget]).thresholds(10)(epochs);
  }, [outcomes, epochTarget]);
  const x = scaleLinear()
    .domain([0, epochTarget])
    .range([MARGIN.left, WIDTH - MARGIN.right]);
  const y = scaleLinear()
    .domain([0, Math.max(1, max(bins, (b) => b.length) ?? 0)])
    .nice()
    .range([HEIGHT - MARGIN.bottom, MARGIN.top]);
  return (
    <figure className="sweep-histogram">
      <svg width={WIDTH} height={HEIGHT} aria-hidden="true">
        {bins.map((b) => (
          <rect
            key={b.x0}
            className="bar"
            x={x(b.x0 ?? 0) + 1}
            width={Math.max(0, x(b.x1 ?? 0) - x(b.x0 ?? 0) - 2)}
            y={y(b.length)}
            height={y(0) - y(b.length)}
          />
        ))}
        <g className="axis">
          <line x1={MARGIN.left} x2={WIDTH - MARGIN.right} y1={y(0)} y2={y(0)} />
          {x.ticks(4).map((t) => (
            <text key={t} x={x(t)} y={HEIGHT - 12} textAnchor="middle">
              {formatCount(t)}
            </text>
          ))}
          {y.ticks(3).map((t) => (
            <text key={t} x={MARGIN.left - 4} y={y(t)} dy="0.32em" textAnchor="end">
              {t}
            </text>
          ))}
        </g>
      </svg>
      <figcaption>Epochs needed to solve, per seed that solved</figcaption>
      <details>
        <summary>Table</summary>
        <table className="sweep-table">
          <thead>
            <tr>
              <th scope="col">epochs</th>
              <th scope="col">seeds solved</th>
            </tr>
          </thead>
          <tbody>
            {bins.map((b) => (
              <tr key={b.x0}>
                <td>
                  {formatCount(b.x0 ?? 0)}–{formatCount(b.x1 ?? 0)}
                </td>
                <td>{b.length}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
