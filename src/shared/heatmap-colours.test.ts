import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { paintValues, toColourAxis } from './heatmap-colours';

function pixel(value: number, discretize = false) {
  const out = new Uint8ClampedArray(4);
  paintValues([value], toColourAxis('sigmoid'), discretize, out);
  return [...out];
}

describe('heatmap colours', () => {
  it('paints sigmoid 0 orange, 1 blue and 0.5 near white', () => {
    const [r0, , b0] = pixel(0);
    const [r1, , b1] = pixel(1);
    expect(r0).toBeGreaterThan(b0!);
    expect(b1).toBeGreaterThan(r1!);
    const mid = pixel(0.5);
    expect(Math.min(mid[0]!, mid[1]!, mid[2]!)).toBeGreaterThan(225);
  });

  it('paints the ends in the stop colours exactly', () => {
    const channels = (hex: string) => {
      const { r, g, b } = rgb(hex);
      return [r, g, b, 255];
    };
    expect(pixel(0)).toEqual(channels('#f5a56a'));
    expect(pixel(1)).toEqual(channels('#7fb6dd'));
  });

  it('discretizes at the threshold', () => {
    expect(pixel(0.51, true)).toEqual(pixel(1));
    expect(pixel(0.49, true)).toEqual(pixel(0));
  });

  it('paints NaN as the neutral colour, opaque', () => {
    expect(pixel(NaN)).toEqual(pixel(0.5));
    expect(pixel(NaN)[3]).toBe(255);
  });
});
