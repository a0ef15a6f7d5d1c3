import { rgb } from 'd3-color';
import { describe, expect, it } from 'vitest';
import { classColour, NEUTRAL_POINT, paintClasses, valueColour } from './class-colours';

const channels = (colour: string) => {
  const { r, g, b } = rgb(colour);
  return [r, g, b];
};

describe('class colours', () => {
  it('keeps class 0 orange and class 1 blue, adds green for class 2', () => {
    expect([0, 1, 2].map(classColour)).toEqual(['#e66101', '#1f78b4', '#33a02c']);
  });

  it('draws a regression value of 0 grey, −1 orange and +1 blue, clamped beyond', () => {
    expect(channels(valueColour(0))).toEqual(channels(NEUTRAL_POINT));
    expect(channels(valueColour(-1))).toEqual(channels('#e66101'));
    expect(channels(valueColour(1))).toEqual(channels('#1f78b4'));
    expect(valueColour(3)).toBe(valueColour(1));
    // Halfway is between grey and blue: bluer than grey, less than the end.
    const [r, , b] = channels(valueColour(0.5));
    expect(b! - r!).toBeGreaterThan(0);
    expect(b! - r!).toBeLessThan(channels('#1f78b4')[2]! - channels('#1f78b4')[0]!);
  });

  it('paints each pixel in its winning class, lighter the less sure', () => {
    // Two pixels, three classes (one slice each): a sure class 2, an unsure class 0.
    const values = [0.05, 0.4, 0.05, 0.35, 0.9, 0.25];
    const pixels = new Uint8ClampedArray(8);
    paintClasses(values, 3, false, pixels);
    const [sure, unsure] = [[...pixels.subarray(0, 3)], [...pixels.subarray(4, 7)]];
    // Green wins the first pixel; the second leans orange but stays near the neutral #f2f2f2.
    expect(sure[1]).toBeGreaterThan(sure[0]!);
    expect(unsure[0]).toBeGreaterThan(unsure[2]!);
    expect(Math.min(...unsure)).toBeGreaterThan(Math.min(...sure));
    // Discretized, only the winner's full colour remains.
    const flat = new Uint8ClampedArray(8);
    paintClasses(values, 3, true, flat);
    expect([...flat.subarray(4, 7)]).toEqual(channels('#f5a56a'));
    expect(pixels[3]).toBe(255);
  });
});
