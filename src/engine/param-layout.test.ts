import { describe, expect, it } from 'vitest';
import { paramCount, paramLayout } from './param-layout.ts';

describe('paramLayout', () => {
  it('lays the tutorial net out as W1 (2×3, [in][out]), b1, W2 (3×1), b2', () => {
    const layout = paramLayout([2, 3, 1]);
    expect(layout.count).toBe(13);
    expect(layout.layerCount).toBe(2);
    expect([layout.weightOffset(1), layout.biasOffset(1)]).toEqual([0, 6]);
    expect([layout.weightOffset(2), layout.biasOffset(2)]).toEqual([9, 12]);
    // W1[i, j] at i · 3 + j: row i is input i, column j hidden neuron j.
    expect(layout.weightIndex(1, 0, 0)).toBe(0);
    expect(layout.weightIndex(1, 0, 2)).toBe(2);
    expect(layout.weightIndex(1, 1, 1)).toBe(4);
    expect(layout.weightIndex(2, 2, 0)).toBe(11);
    expect(layout.biasIndex(1, 2)).toBe(8);
    expect(layout.biasIndex(2, 0)).toBe(12);
  });

  it('locates every index, the inverse of weightIndex and biasIndex', () => {
    const sizes = [3, 5, 4, 2, 1];
    const layout = paramLayout(sizes);
    expect(layout.count).toBe(paramCount(sizes));
    const seen = new Set<number>();
    for (let l = 1; l < sizes.length; l++) {
      for (let j = 0; j < sizes[l]!; j++) {
        for (let i = 0; i < sizes[l - 1]!; i++) {
          const k = layout.weightIndex(l, i, j);
          expect(layout.locate(k)).toEqual({ layer: l, kind: 'weight', i, j });
          seen.add(k);
        }
        const k = layout.biasIndex(l, j);
        expect(layout.locate(k)).toEqual({ layer: l, kind: 'bias', j });
        seen.add(k);
      }
    }
    // Every index of the vector is used exactly once.
    expect([...seen].sort((a, b) => a - b)).toEqual([...Array(layout.count).keys()]);
  });

  it('locates nothing outside the vector', () => {
    const layout = paramLayout([2, 3, 1]);
    expect(layout.locate(4)).toEqual({ layer: 1, kind: 'weight', i: 1, j: 1 });
    expect(layout.locate(12)).toEqual({ layer: 2, kind: 'bias', j: 0 });
    for (const k of [-1, 13, 0.5, NaN]) expect(layout.locate(k)).toBeNull();
  });

  it('rejects layers and neurons that do not exist', () => {
    const layout = paramLayout([2, 3, 1]);
    expect(() => layout.weightOffset(0)).toThrow(RangeError);
    expect(() => layout.biasOffset(3)).toThrow(RangeError);
    expect(() => layout.weightIndex(1, 2, 0)).toThrow(RangeError);
    expect(() => layout.weightIndex(2, 0, 1)).toThrow(RangeError);
    expect(() => layout.biasIndex(1, 3)).toThrow(RangeError);
  });

  it('counts Σ (n_{l−1} + 1) · n_l and has no parameters without a weight layer', () => {
    expect(paramCount([2, 3, 2, 1])).toBe(9 + 8 + 3);
    expect(paramLayout([2, 8, 8, 8, 8, 8, 8, 1]).count).toBe(24 + 5 * 72 + 9);
    expect(paramLayout([4]).count).toBe(0);
    expect(paramLayout([4]).locate(0)).toBeNull();
  });
});
