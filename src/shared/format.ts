import { format } from 'd3-format';

/** Exact enough to compare with the tutorial's printout, short enough to read. */
export const formatValue = (value: number): string =>
  Number.isFinite(value) ? value.toPrecision(6) : String(value);

export const formatLoss = (value: number): string =>
  Number.isFinite(value) ? (value < 1e-4 ? value.toExponential(3) : value.toFixed(6)) : '—';

export const formatCount = format(',');

export const formatRate = (value: number): string => {
  if (value >= 1e6) return `${(value / 1e6).toFixed(2)} M`;
  if (value >= 1e4) return `${Math.round(value / 1e3)} k`;
  return formatCount(Math.round(value));
};

export const formatLearningRate = (value: number): string =>
  value >= 0.1 ? String(Number(value.toPrecision(3))) : String(Number(value.toPrecision(2)));
