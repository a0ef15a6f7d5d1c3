/** Scales and paths for the training charts: pure d3 math, no DOM. */
import { bisector, extent } from 'd3-array';
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';

export interface Series {
  readonly epochs: readonly number[];
  readonly values: readonly number[];
}

export interface ChartScales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
  /** One SVG path per series, in order. */
  readonly paths: readonly string[];
}

export interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ChartOptions {
  readonly logScale: boolean;
  /** The x axis reaches at least this epoch (the training target). */
  readonly epochTarget: number;
  /** A fixed y range (accuracy: [0, 1]); otherwise from the data. */
  readonly yDomain?: readonly [number, number];
}

/** Smallest value a log axis shows; 0 sits on the floor. */
export const LOG_FLOOR = 1e-8;

export function chartScales(
  series: readonly Series[],
  plot: Plot,
  options: ChartOptions,
): ChartScales {
  const lastEpoch = Math.max(0, ...series.map((s) => s.epochs[s.epochs.length - 1] ?? 0));
  const x = scaleLinear()
    .domain([0, Math.max(lastEpoch, options.epochTarget, 1)])
    .range([plot.left, plot.right]);
  const finite = series.flatMap((s) => s.values.filter(Number.isFinite));
  const [low = 0, high = 1] = extent(finite);
  const y = options.logScale
    ? scaleLog()
        .domain([Math.max(low, LOG_FLOOR), Math.max(high, low * 10, LOG_FLOOR * 10)])
        .range([plot.bottom, plot.top])
        .nice()
        .clamp(true)
    : scaleLinear()
        .domain(options.yDomain ?? [Math.min(0, low), high > 0 ? high : 1])
        .range([plot.bottom, plot.top])
        .nice();
  const draw = line<readonly [number, number]>()
    .defined(([, v]) => Number.isFinite(v))
    .x(([epoch]) => x(epoch))
    .y(([, v]) => y(options.logScale ? Math.max(v, LOG_FLOOR) : v));
  const paths = series.map(
    (s) => draw(s.epochs.map((epoch, i) => [epoch, s.values[i] ?? NaN] as const)) ?? '',
  );
  return { x, y, paths };
}

const byEpoch = bisector((epoch: number) => epoch).center;

/** Index of the point nearest to `epoch`, or -1 for an empty series. */
export function nearestPoint(epochs: readonly number[], epoch: number): number {
  return epochs.length === 0 ? -1 : byEpoch(epochs, epoch);
}
