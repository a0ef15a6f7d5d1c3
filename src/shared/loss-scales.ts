/** Scales and paths for the training charts: pure d3 math, no DOM. */
import { scaleLinear, scaleLog, type ScaleLinear, type ScaleLogarithmic } from 'd3-scale';
import { line } from 'd3-shape';
import { decimate } from './decimate';
import { lastEpoch, type Series } from './series';

export type { Series } from './series';

export interface ChartScales {
  readonly x: ScaleLinear<number, number>;
  readonly y: ScaleLinear<number, number> | ScaleLogarithmic<number, number>;
  /** One SVG path per series, in order. */
  readonly paths: readonly string[];
  /** Points drawn per series, in order: all of them, or the envelope when they outnumber pixels. */
  readonly drawn: readonly number[];
}

export interface Plot {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

export interface ChartOptions {
  readonly logScale: boolean;
  /** A fixed y range (accuracy: [0, 1]); otherwise from the data. */
  readonly yDomain?: readonly [number, number];
}

/** The x axis spans at least this many epochs, so a run's first points are not stretched wall to wall. */
export const MIN_EPOCH_SPAN = 10;

/** Smallest value a log axis shows; 0 sits on the floor. */
export const LOG_FLOOR = 1e-8;

/** Axes for the series on `plot`, and each series' path through the points it draws. */
export function chartScales(
  series: readonly Series[],
  plot: Plot,
  options: ChartOptions,
): ChartScales {
  const last = Math.max(0, ...series.map(lastEpoch));
  // The axis follows the data (as Playground's does), rounded up to a tick: a run far short of
  // its epoch target, or one with no target, still fills the chart.
  const x = scaleLinear()
    .domain([0, Math.max(last, MIN_EPOCH_SPAN)])
    .range([plot.left, plot.right])
    .nice();
  // The scale's arithmetic without its call overhead: it runs for every point of every frame.
  const [d0, d1] = x.domain() as [number, number];
  const perEpoch = (plot.right - plot.left) / (d1 - d0);
  const column = (epoch: number) => plot.left + (epoch - d0) * perEpoch;
  // Each column's lowest and highest point are kept, so the kept points span every value.
  const kept = series.map((s) => decimate(s, column));
  let low = Infinity;
  let high = -Infinity;
  series.forEach((s, k) => {
    for (const i of kept[k]!) {
      const v = s.value(i);
      if (!Number.isFinite(v)) continue;
      if (v < low) low = v;
      if (v > high) high = v;
    }
  });
  if (low > high) [low, high] = [0, 1];
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
  const paths = series.map((s, k) => {
    const draw = line<number>()
      .defined((i) => Number.isFinite(s.value(i)))
      .x((i) => x(s.epoch(i)))
      .y((i) => y(options.logScale ? Math.max(s.value(i), LOG_FLOOR) : s.value(i)));
    return draw(kept[k]!) ?? '';
  });
  return { x, y, paths, drawn: kept.map((indices) => indices.length) };
}
