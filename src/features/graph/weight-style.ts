/**
 * How a weight or bias looks: orange for negative, blue for positive (a pair colour-blind viewers
 * tell apart), grey near zero; thickness grows with size, so sign and size never rest on colour alone.
 */
import { interpolateLab } from 'd3-interpolate';
import { scaleLinear, scaleSqrt } from 'd3-scale';

const SATURATION = 4;
/**
 * Colour steps per unit of weight and width steps per pixel: finer than the eye tells apart,
 * coarse enough that while a big net trains, a frame in which weights barely move rewrites
 * (and the browser repaints) few edges instead of all of them.
 */
const COLOUR_STEPS_PER_UNIT = 16;
const WIDTH_STEPS_PER_PIXEL = 4;

/**
 * Grey only at zero: one colour step away (|w| ≥ 1/32 after rounding) a weight already takes a
 * clear light hue of its sign, then deepens up to SATURATION. The tutorial's starting weights
 * (all in [0, 1)) are visibly positive from epoch 0.
 */
const FIRST_STEP = 1 / COLOUR_STEPS_PER_UNIT;

const colour = scaleLinear<string>()
  .domain([-SATURATION, -FIRST_STEP, 0, FIRST_STEP, SATURATION])
  .range(['#e66101', '#f2a66e', '#c8c8c8', '#86b7de', '#1f78b4'])
  .interpolate(interpolateLab)
  .clamp(true);

const width = scaleSqrt().domain([0, 8]).range([0.75, 9]).clamp(true);

const palette = Array.from({ length: 2 * SATURATION * COLOUR_STEPS_PER_UNIT + 1 }, (_, i) =>
  colour(i / COLOUR_STEPS_PER_UNIT - SATURATION),
);

export function weightColour(value: number): string {
  if (!Number.isFinite(value)) return '#888888';
  const clamped = Math.min(SATURATION, Math.max(-SATURATION, value));
  return palette[Math.round((clamped + SATURATION) * COLOUR_STEPS_PER_UNIT)]!;
}

export function weightWidth(value: number): number {
  if (!Number.isFinite(value)) return 0.75;
  return Math.round(width(Math.abs(value)) * WIDTH_STEPS_PER_PIXEL) / WIDTH_STEPS_PER_PIXEL;
}

/** Text colour that stays readable on a neuron filled with weightColour(value). */
export function labelColourOn(value: number): string {
  return Math.abs(value) > SATURATION * 0.55 ? '#ffffff' : '#1a1a1a';
}
