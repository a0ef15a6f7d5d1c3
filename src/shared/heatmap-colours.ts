/**
 * Colours for maps of what a neuron computes: the same orange–grey–blue as the weights, so that
 * "negative/class 0" and "positive/class 1" read alike everywhere. A lookup table keeps the
 * per-pixel work to an array read.
 */
import { rgb } from 'd3-color';
import { interpolateLab } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import type { ActivationName } from '@/engine/types';
import { CLASS_PALETTE, classColour, valueColour } from './class-colours';

const STEPS = 256;

function buildTable(low: string, mid: string, high: string): Uint8ClampedArray {
  const scale = scaleLinear<string>()
    .domain([0, STEPS / 2, STEPS - 1])
    .range([low, mid, high])
    .interpolate(interpolateLab);
  const table = new Uint8ClampedArray(STEPS * 3);
  for (let i = 0; i < STEPS; i++) {
    const { r, g, b } = rgb(scale(i));
    table[i * 3] = r;
    table[i * 3 + 1] = g;
    table[i * 3 + 2] = b;
  }
  return table;
}

/**
 * Lighter than the weight colours, so that points drawn on top stand out. Built on the first
 * map painted, not while the page's script is evaluated (part of the start's longest task).
 */
let table: Uint8ClampedArray | null = null;
const mapTable = () => (table ??= buildTable('#f5a56a', '#f2f2f2', '#7fb6dd'));

/** Where a neuron's output sits on the −1…1 colour axis, given its activation. */
export function toColourAxis(activation: ActivationName): (value: number) => number {
  // Sigmoid and softmax give probabilities in 0…1: 0.5 is the neutral middle.
  return activation === 'sigmoid' || activation === 'softmax' ? (v) => 2 * v - 1 : (v) => v;
}

/**
 * Writes RGBA pixels for `values` (row-major) into `pixels`.
 * @param discretize show only which side of the decision threshold each pixel is on.
 */
export function paintValues(
  values: ArrayLike<number>,
  toAxis: (value: number) => number,
  discretize: boolean,
  pixels: Uint8ClampedArray,
  offset = 0,
  count = values.length - offset,
): void {
  const colours = mapTable();
  for (let i = 0; i < count; i++) {
    let t = toAxis(values[offset + i]!);
    if (!Number.isFinite(t)) t = 0;
    if (discretize) t = t >= 0 ? 1 : -1;
    const step = Math.round(((Math.max(-1, Math.min(1, t)) + 1) / 2) * (STEPS - 1));
    pixels[i * 4] = colours[step * 3]!;
    pixels[i * 4 + 1] = colours[step * 3 + 1]!;
    pixels[i * 4 + 2] = colours[step * 3 + 2]!;
    pixels[i * 4 + 3] = 255;
  }
}

/** Point colours: the saturated ends of the same axis. */
export const CLASS_COLOURS = { negative: CLASS_PALETTE[0], positive: CLASS_PALETTE[1] } as const;

/** A point's colour: its class's, or for regression its value's on the diverging scale. */
export function pointColour(label: number, regression: boolean): string {
  return regression ? valueColour(label) : classColour(label);
}
