/**
 * How a gradient or a weight change looks on an edge in step mode: the weight palette's blue
 * (positive) and orange (negative), faded towards grey and thinned as |value| shrinks relative
 * to the largest one shown, since gradients are far smaller than weights and vary by step.
 */
import { interpolateLab } from 'd3-interpolate';

const POSITIVE = '#1f78b4';
const NEGATIVE = '#e66101';
const ZERO = '#c8c8c8';
const MIN_WIDTH = 0.75;
const MAX_WIDTH = 9;

/** |value| / largest, in [0, 1]; 0 when nothing is larger than zero. */
function share(value: number, largest: number): number {
  if (!Number.isFinite(value) || !(largest > 0)) return 0;
  return Math.min(1, Math.abs(value) / largest);
}

/** Colour by sign, saturation by size (square root, so small gradients stay visible). */
export function gradientColour(value: number, largest: number): string {
  const t = Math.sqrt(share(value, largest));
  return interpolateLab(ZERO, value < 0 ? NEGATIVE : POSITIVE)(0.25 + 0.75 * t);
}

/** Stroke width by size: area grows with |value|. */
export function gradientWidth(value: number, largest: number): number {
  return MIN_WIDTH + (MAX_WIDTH - MIN_WIDTH) * Math.sqrt(share(value, largest));
}

/** The largest |value| among the given entries of `values` (0 if none). */
export function largestMagnitude(values: ArrayLike<number>, indices: readonly number[]): number {
  let largest = 0;
  for (const i of indices) {
    const v = Math.abs(values[i] ?? 0);
    if (Number.isFinite(v) && v > largest) largest = v;
  }
  return largest;
}
