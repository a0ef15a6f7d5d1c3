/**
 * Where each weight and bias of a fully connected net sits in its one flat parameter vector.
 *
 * The vector holds W1, b1, W2, b2, … back to back, the order the tutorial draws them. W_l is the
 * n_{l−1} × n_l matrix of layer l, stored row-major ([in][out], as NumPy's
 * weights_input_hidden): W_l[i, j] links neuron i of layer l−1 to neuron j of layer l and sits
 * at weightOffset(l) + i · n_l + j; b_l[j] follows the whole matrix, at biasOffset(l) + j.
 */

/** What a flat index holds: weight W_l[i, j] or bias b_l[j] of layer l = 1..L. */
export type ParamLocation =
  | { readonly layer: number; readonly kind: 'weight'; readonly i: number; readonly j: number }
  | { readonly layer: number; readonly kind: 'bias'; readonly j: number };

/** The layout of one shape of net: see the module comment. Pure arithmetic, never changes. */
export interface ParamLayout {
  /** n_0, n_1, …, n_L: neurons per layer, input first. */
  readonly layerSizes: readonly number[];
  /** L, the number of weight layers. */
  readonly layerCount: number;
  /** Σ_l (n_{l−1} + 1) · n_l, the length of the parameter vector. */
  readonly count: number;
  /** Start of W_l, l = 1..L (throws RangeError for another l). */
  weightOffset(l: number): number;
  /** Start of b_l, l = 1..L: weightOffset(l) + n_{l−1} · n_l. */
  biasOffset(l: number): number;
  /** Index of W_l[i, j], the weight from neuron i of layer l − 1 to neuron j of layer l. */
  weightIndex(l: number, i: number, j: number): number;
  /** Index of b_l[j]. */
  biasIndex(l: number, j: number): number;
  /** What index k holds, or null if k is not an index of the vector. */
  locate(k: number): ParamLocation | null;
}

/** Number of parameters of a fully connected net: Σ_l (n_{l−1} + 1) · n_l. */
export function paramCount(layerSizes: readonly number[]): number {
  let total = 0;
  for (let l = 1; l < layerSizes.length; l++) {
    total += ((layerSizes[l - 1] ?? 0) + 1) * (layerSizes[l] ?? 0);
  }
  return total;
}

/** The layout of a net with these layer sizes (input first; the sizes are not validated). */
export function paramLayout(layerSizes: readonly number[]): ParamLayout {
  const sizes = Object.freeze([...layerSizes]);
  const L = Math.max(0, sizes.length - 1);
  // Index l = 1..L; index 0 is unused.
  const wOffsets: number[] = [0];
  const bOffsets: number[] = [0];
  let offset = 0;
  for (let l = 1; l <= L; l++) {
    wOffsets.push(offset);
    offset += sizes[l - 1]! * sizes[l]!;
    bOffsets.push(offset);
    offset += sizes[l]!;
  }
  const count = offset;

  const checkLayer = (l: number) => {
    if (!Number.isInteger(l) || l < 1 || l > L) {
      throw new RangeError(`layer ${l} is not in 1..${L}`);
    }
  };
  const checkIndex = (what: string, x: number, n: number) => {
    if (!Number.isInteger(x) || x < 0 || x >= n) {
      throw new RangeError(`${what} ${x} is not in 0..${n - 1}`);
    }
  };

  return Object.freeze({
    layerSizes: sizes,
    layerCount: L,
    count,
    weightOffset(l: number): number {
      checkLayer(l);
      return wOffsets[l]!;
    },
    biasOffset(l: number): number {
      checkLayer(l);
      return bOffsets[l]!;
    },
    weightIndex(l: number, i: number, j: number): number {
      checkLayer(l);
      checkIndex('input', i, sizes[l - 1]!);
      checkIndex('neuron', j, sizes[l]!);
      return wOffsets[l]! + i * sizes[l]! + j;
    },
    biasIndex(l: number, j: number): number {
      checkLayer(l);
      checkIndex('neuron', j, sizes[l]!);
      return bOffsets[l]! + j;
    },
    locate(k: number): ParamLocation | null {
      if (!Number.isInteger(k) || k < 0 || k >= count) return null;
      // The last layer that starts at or before k holds it.
      let l = L;
      while (wOffsets[l]! > k) l--;
      const n = sizes[l]!;
      const b = bOffsets[l]!;
      if (k >= b) return { layer: l, kind: 'bias', j: k - b };
      const r = k - wOffsets[l]!;
      return { layer: l, kind: 'weight', i: Math.floor(r / n), j: r % n };
    },
  });
}
