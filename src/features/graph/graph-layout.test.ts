import { describe, expect, it } from 'vitest';
import { layoutGraph } from './graph-layout';

describe('graph layout', () => {
  it('lays out the tutorial network: 6 neurons, 9 edges, parameters in W1 b1 W2 b2 order', () => {
    const { neurons, edges } = layoutGraph([2, 3, 1], { width: 600, height: 300 });
    expect(neurons.map((n) => n.label)).toEqual(['x1', 'x2', 'h1', 'h2', 'h3', 'ŷ']);
    expect(edges).toHaveLength(9);
    // W1 is 2×3 row-major at 0..5, b1 at 6..8, W2 at 9..11, b2 at 12.
    const w = (from: string, to: string) =>
      edges.find((e) => e.id === `${from}:${to}`)?.weightIndex;
    expect(w('0-0', '1-0')).toBe(0);
    expect(w('0-1', '1-2')).toBe(5);
    expect(w('1-2', '2-0')).toBe(11);
    expect(neurons.map((n) => n.biasIndex)).toEqual([-1, -1, 6, 7, 8, 12]);
  });

  it('keeps every neuron inside the box for the largest network', () => {
    const sizes = [2, 8, 8, 8, 8, 8, 8, 1];
    const { neurons, radius } = layoutGraph(sizes, { width: 800, height: 400 });
    for (const n of neurons) {
      expect(n.x - radius).toBeGreaterThanOrEqual(0);
      expect(n.x + radius).toBeLessThanOrEqual(800);
      expect(n.y - radius).toBeGreaterThanOrEqual(0);
      expect(n.y + radius).toBeLessThanOrEqual(400);
    }
  });
});
