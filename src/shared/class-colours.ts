/**
 * Colours for classes and for regression values. Class 0 and 1 keep the app's orange and blue
 * (heatmap-colours.ts); a third class is green. Regression values use one diverging scale, the
 * same orange–blue, with 0 a neutral grey: a target of 0 reads as neither side.
 */
import { interpolateLab } from 'd3-interpolate';
import { scaleLinear } from 'd3-scale';
import { rgb } from 'd3-color';

/** Saturated colours for points of each class, in class order. */
export const CLASS_PALETTE = ['#e66101', '#1f78b4', '#33a02c'] as const;
/** The same hues, light, for the map under the points (class 0 and 1 as heatmap-colours.ts). */
const MAP_PALETTE = ['#f5a56a', '#7fb6dd', '#8fd18a'] as const;
/** The map's colour where no class is favoured (heatmap-colours.ts's middle). */
const MAP_NEUTRAL = '#f2f2f2';
/** A regression point of value 0: grey, visible on the light map and on neither side. */
export const NEUTRAL_POINT = '#9a9a9a';

/** The point colour of class c (colours repeat beyond the palette). */
export function classColour(c: number): string {
  const index = Number.isInteger(c) && c >= 0 ? c % CLASS_PALETTE.length : 0;
  return CLASS_PALETTE[index]!;
}

/** A regression value's colour: −1 orange, 0 grey, +1 blue, clamped beyond. */
export const valueColour: (value: number) => string = scaleLinear<string>()
  .domain([-1, 0, 1])
  .range([CLASS_PALETTE[0], NEUTRAL_POINT, CLASS_PALETTE[1]])
  .interpolate(interpolateLab)
  .clamp(true);

const STEPS = 64;

/**
 * Per class, STEPS colours from the neutral map colour (no confidence) to its own (certain).
 * Built on the first map painted, not while the page's script is evaluated.
 */
let classTables: Uint8ClampedArray[] | null = null;
const classTablesBuilt = () =>
  (classTables ??= MAP_PALETTE.map((colour) => {
    const mix = interpolateLab(MAP_NEUTRAL, colour);
    const table = new Uint8ClampedArray(STEPS * 3);
    for (let i = 0; i < STEPS; i++) {
      const { r, g, b } = rgb(mix(i / (STEPS - 1)));
      table.set([r, g, b], i * 3);
    }
    return table;
  }));

/**
 * RGBA pixels for a map of k class probabilities (`values` holds k slices of `pixelCount`):
 * each pixel in its winning class's colour, lighter the less sure the network is: from the
 * neutral colour at 1/k (a uniform guess) to the full map colour at 1. `discretize` shows the
 * winner alone, at full colour.
 */
export function paintClasses(
  values: ArrayLike<number>,
  classes: number,
  discretize: boolean,
  pixels: Uint8ClampedArray,
): void {
  const pixelCount = Math.floor(values.length / classes);
  const chance = 1 / classes;
  const tables = classTablesBuilt();
  for (let i = 0; i < pixelCount; i++) {
    let best = 0;
    for (let c = 1; c < classes; c++) {
      if (values[c * pixelCount + i]! > values[best * pixelCount + i]!) best = c;
    }
    const sure = (values[best * pixelCount + i]! - chance) / (1 - chance);
    const t = discretize ? 1 : Number.isFinite(sure) ? Math.min(1, Math.max(0, sure)) : 0;
    const table = tables[best % tables.length]!;
    const step = Math.round(t * (STEPS - 1)) * 3;
    pixels[i * 4] = table[step]!;
    pixels[i * 4 + 1] = table[step + 1]!;
    pixels[i * 4 + 2] = table[step + 2]!;
    pixels[i * 4 + 3] = 255;
  }
}
