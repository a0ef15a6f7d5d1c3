/** Scales and path for the loss curve: pure d3 math, no DOM. */
import { bisector, extent } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';

export interface LossCurve {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
  readonly path: string;
}

export interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** Smallest loss a log axis shows; a loss of exactly 0 sits on the floor. */
const LOG_FLOOR = 1e-8;

export function lossCurve(
  epochs: readonly number[],
  losses: readonly number[],
  plot: Plot,
  logScale: boolean,
  epochTarget: number,
): LossCurve {
  const lastEpoch = epochs[epochs.length - 1] ?? 0;
  const x = scaleLinear()
    .domain([0, Math.max(lastEpoch, epochTarget, 1)])
    .range([plot.left, plot.right]);
  const finite = losses.filter(Number.isFinite);
  const [low = 0, high = 1] = extent(finite);
  const y = logScale
    ? scaleLog()
        .domain([Math.max(low, LOG_FLOOR), Math.max(high, low * 10, LOG_FLOOR * 10)])
        .range([plot.bottom, plot.top])
        .nice()
        .clamp(true)
    : scaleLinear()
        .domain([0, high > 0 ? high : 1])
        .range([plot.bottom, plot.top])
        .nice();
  const points = epochs.map((epoch, i) => [epoch, losses[i] ?? NaN] as const);
  const path =
    line<readonly [number, number]>()
      .defined(([, loss]) => Number.isFinite(loss))
      .x(([epoch]) => x(epoch))
      .y(([, loss]) => y(logScale ? Math.max(loss, LOG_FLOOR) : loss))(points) ?? '';
  return { x, y, path };
}

const byEpoch = bisector((epoch: number) => epoch).center;

/** Index of the point nearest to `epoch`, or -1 for an empty curve. */
export function nearestPoint(epochs: readonly number[], epoch: number): number {
  return epochs.length === 0 ? -1 : byEpoch(epochs, epoch);
}
