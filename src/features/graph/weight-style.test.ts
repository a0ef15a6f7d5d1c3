import { describe, expect, it } from 'vitest';
import { weightColour, weightWidth } from './weight-style';

describe('weight style', () => {
  it('tells sign by hue and size by width', () => {
    expect(weightColour(-4)).toBe('rgb(230, 97, 1)');
    expect(weightColour(4)).toBe('rgb(31, 120, 180)');
    expect(weightColour(0)).toBe('rgb(200, 200, 200)');
    expect(weightWidth(0)).toBe(0.75);
    expect(weightWidth(8)).toBe(9);
    expect(weightWidth(-2)).toBe(weightWidth(2));
    expect(weightWidth(2)).toBeGreaterThan(weightWidth(1));
  });

  it('shows the sign from the first colour step: grey only for |w| ≈ 0', () => {
    const rgb = (value: number) => weightColour(value).match(/\d+/g)!.map(Number);
    expect(weightColour(0.01)).toBe(weightColour(0));
    expect(weightColour(-0.01)).toBe(weightColour(0));
    // The tutorial's smallest starting weight from seed 0 (0.0871) and a typical one (0.55).
    for (const w of [0.0871, 0.55]) {
      const [r, , b] = rgb(w);
      expect(b! - r!, `w = ${w}`).toBeGreaterThan(60);
      const [nr, , nb] = rgb(-w);
      expect(nr! - nb!, `w = ${-w}`).toBeGreaterThan(60);
    }
  });

  it('moves in small steps, so a nearly unchanged weight keeps its look', () => {
    expect(weightColour(1.001)).toBe(weightColour(1));
    expect(weightColour(1.1)).not.toBe(weightColour(1));
    expect(weightWidth(1.001)).toBe(weightWidth(1));
    for (const w of [0.01, 0.3, 1.7, 5]) expect((weightWidth(w) * 4) % 1).toBe(0);
  });

  it('clamps beyond the colour range and survives non-numbers', () => {
    expect(weightColour(-40)).toBe(weightColour(-4));
    expect(weightColour(1e300)).toBe(weightColour(4));
    expect(weightColour(Number.NaN)).toBe('#888888');
    expect(weightWidth(Number.POSITIVE_INFINITY)).toBe(0.75);
  });
});
