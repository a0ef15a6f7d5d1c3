import { Network, paramCount } from './network.ts';
import { uniformSymmetric, type NumpyRandom } from './random.ts';

/** Most hidden layers the studio offers. */
export const MAX_HIDDEN_LAYERS = 6;
/** Most neurons per hidden layer. */
export const MAX_NEURONS = 8;
/** Fewest neurons per hidden layer. */
export const MIN_NEURONS = 1;

/** Half-width of the uniform draw for weights that did not exist before. */
const NEW_WEIGHT_SCALE = 0.1;

/** Which old layer a new layer stands for, and which old neuron each of its neurons copies. */
interface LayerOrigin {
  /** Old layer index this layer reproduces (an inserted layer repeats its predecessor's). */
  readonly oldLayer: number;
  /** Per neuron: the old neuron it reproduces, or −1 for a neuron that is new. */
  readonly neurons: Int32Array;
  /** True for a layer that did not exist before (initialised near identity). */
  readonly inserted: boolean;
}

function validateHiddenSizes(hiddenSizes: readonly number[]): void {
  if (hiddenSizes.length > MAX_HIDDEN_LAYERS) {
    throw new RangeError(`at most ${MAX_HIDDEN_LAYERS} hidden layers, got ${hiddenSizes.length}`);
  }
  for (const n of hiddenSizes) {
    if (!Number.isInteger(n) || n < MIN_NEURONS || n > MAX_NEURONS) {
      throw new RangeError(`hidden layers need ${MIN_NEURONS}–${MAX_NEURONS} neurons, got ${n}`);
    }
  }
}

function originsOf(oldSizes: readonly number[], newSizes: readonly number[]): LayerOrigin[] {
  const oldHidden = oldSizes.length - 2;
  const newHidden = newSizes.length - 2;
  const origins: LayerOrigin[] = [];
  for (let l = 0; l < newSizes.length; l++) {
    const n = newSizes[l]!;
    const neurons = new Int32Array(n);
    const isOutput = l === newHidden + 1;
    if (!isOutput && l > oldHidden) {
      // Inserted: neuron i passes neuron i of the previous layer through the identity diagonal.
      const prev = origins[l - 1]!;
      for (let i = 0; i < n; i++) neurons[i] = i < prev.neurons.length ? prev.neurons[i]! : -1;
      origins.push({ oldLayer: prev.oldLayer, neurons, inserted: true });
    } else {
      const oldLayer = isOutput ? oldHidden + 1 : l;
      const oldN = oldSizes[oldLayer]!;
      for (let i = 0; i < n; i++) neurons[i] = i < oldN ? i : -1;
      origins.push({ oldLayer, neurons, inserted: false });
    }
  }
  return origins;
}

/**
 * A new network with the given hidden layer sizes that keeps what `net` learned.
 *
 * - Kept neurons keep their weights and biases; a removed neuron takes its row and column
 *   with it (the last neurons of a layer are the ones removed).
 * - A new neuron gets zero outgoing weights, so the output is unchanged at that instant, and
 *   small incoming weights U(±0.1) with bias 0 (draws from `rng` in parameter order).
 * - Extra hidden layers are inserted before the output, initialised to the identity on the
 *   min(n_prev, n_new) diagonal (0 elsewhere, U(±0.1) into neurons beyond it, bias 0). The
 *   output is then preserved exactly for relu/linear when n_new ≥ n_prev; sigmoid and tanh
 *   apply their curve once more, so for them it is only approximate.
 * - Fewer layers drop the last hidden layers; the output layer keeps its weights, cropped
 *   or padded with U(±0.1) rows to fit the layer now before it.
 *
 * @throws RangeError unless 0–MAX_HIDDEN_LAYERS layers of MIN_NEURONS–MAX_NEURONS neurons.
 */
export function resizeHidden(
  net: Network,
  hiddenSizes: readonly number[],
  rng: NumpyRandom,
): Network {
  validateHiddenSizes(hiddenSizes);
  const oldSizes = net.spec.layerSizes;
  const inputSize = oldSizes[0]!;
  const outputSize = oldSizes[oldSizes.length - 1]!;
  const newSizes = [inputSize, ...hiddenSizes, outputSize];
  const spec = { ...net.spec, layerSizes: newSizes };
  const origins = originsOf(oldSizes, newSizes);
  const oldP = net.params;
  // fromParams validates the spec; its zero-filled parameters are then overwritten in place.
  const next = Network.fromParams(spec, new Float64Array(paramCount(newSizes)));
  const p = next.params;

  for (let l = 1; l < newSizes.length; l++) {
    const from = origins[l - 1]!;
    const to = origins[l]!;
    const nIn = from.neurons.length;
    const nOut = to.neurons.length;
    const w = next.weightOffset(l);
    const b = next.biasOffset(l);
    if (to.inserted) {
      for (let i = 0; i < nIn; i++) {
        for (let j = 0; j < nOut; j++) {
          const fresh = j >= nIn && from.neurons[i] !== -1;
          p[w + i * nOut + j] = i === j ? 1 : fresh ? uniformSymmetric(rng, NEW_WEIGHT_SCALE) : 0;
        }
      }
      continue; // biases stay 0
    }
    const oldL = to.oldLayer;
    const oldOut = oldSizes[oldL]!;
    const oldW = net.weightOffset(oldL);
    const oldB = net.biasOffset(oldL);
    // Dropped layers in between: the old weights meet a layer they were not trained on.
    const cropOrPad = from.oldLayer !== oldL - 1;
    const oldIn = oldSizes[oldL - 1]!;
    for (let i = 0; i < nIn; i++) {
      const oi = cropOrPad ? (i < oldIn ? i : -1) : from.neurons[i]!;
      for (let j = 0; j < nOut; j++) {
        const oj = to.neurons[j]!;
        let value: number;
        if (oi !== -1 && oj !== -1) value = oldP[oldW + oi * oldOut + oj]!;
        else if (cropOrPad || (oi !== -1 && oj === -1))
          value = uniformSymmetric(rng, NEW_WEIGHT_SCALE);
        else value = 0; // outgoing weight of a new neuron
        p[w + i * nOut + j] = value;
      }
    }
    for (let j = 0; j < nOut; j++) {
      const oj = to.neurons[j]!;
      p[b + j] = oj === -1 ? 0 : oldP[oldB + oj]!;
    }
  }
  return next;
}
