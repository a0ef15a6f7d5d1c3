import type { NumpyRandom } from './random.ts';

/**
 * Writes a uniform random permutation of 0..count−1 into order[0..count) by Fisher–Yates
 * (j = ⌊u·(i+1)⌋ for i = count−1 … 1). The result depends only on `count` and the state of
 * `rng`, never on what `order` held before.
 */
export function shuffleIndices(order: Int32Array, count: number, rng: NumpyRandom): void {
  if (order.length < count) throw new RangeError('order is shorter than count');
  for (let i = 0; i < count; i++) order[i] = i;
  for (let i = count - 1; i > 0; i--) {
    const j = Math.floor(rng.rand() * (i + 1));
    const t = order[i]!;
    order[i] = order[j]!;
    order[j] = t;
  }
}
