/**
 * How a weight or bias looks: orange for negative, blue for positive (a pair colour-blind viewers
 * tell apart), grey near zero; thickness grows with size, so sign and size never rest on colour alone.
 */
import { interpolateLab } from 'd3-interpolate';
import { scaleLinear, scaleSqrt } from 'd3-scale';

const SATURATION = 4;

const colour = scaleLinear<string>()
  .domain([-SATURATION, 0, SATURATION])
  .range(['#e66101', '#c8c8c8', '#1f78b4'])
  .interpolate(interpolateLab)
  .clamp(true);

const width = scaleSqrt().domain([0, 8]).range([0.75, 9]).clamp(true);

export function weightColour(value: number): string {
  return Number.isFinite(value) ? colour(value) : '#888888';
}

export function weightWidth(value: number): number {
  return Number.isFinite(value) ? width(Math.abs(value)) : 0.75;
}

/** Text colour that stays readable on a neuron filled with weightColour(value). */
export function labelColourOn(value: number): string {
  return Math.abs(value) > SATURATION * 0.55 ? '#ffffff' : '#1a1a1a';
}
