import { Network, paramCount } from './network.ts';
import { uniformSymmetric, type NumpyRandom } from './random.ts';

/** Half-width of the uniform draw for the weights into a new output neuron. */
const NEW_WEIGHT_SCALE = 0.1;

/**
 * A copy of `net` with `outputs` output neurons (a dataset with another number of classes, a
 * softmax switched on or off). Every parameter below the output layer is kept; output neuron j
 * of both keeps its incoming weights and bias; a new one gets weights U(±0.1) drawn from `rng`
 * row by row, and bias 0.
 *
 * @throws RangeError unless outputs is a whole number ≥ 1.
 */
export function changeOutputs(net: Network, outputs: number, rng: NumpyRandom): Network {
  if (!Number.isInteger(outputs) || outputs < 1) {
    throw new RangeError(`a network needs at least one output, got ${outputs}`);
  }
  const L = net.layerCount;
  const sizes = [...net.spec.layerSizes.slice(0, L), outputs];
  const next = Network.fromParams(
    { ...net.spec, layerSizes: sizes },
    new Float64Array(paramCount(sizes)),
  );
  const oldP = net.params;
  const p = next.params;
  const w = next.weightOffset(L);
  // Everything before W_L has the same layout in both.
  p.set(oldP.subarray(0, w));
  const nIn = net.layerSize(L - 1);
  const oldOutputs = net.layerSize(L);
  const oldW = net.weightOffset(L);
  for (let i = 0; i < nIn; i++) {
    for (let j = 0; j < outputs; j++) {
      p[w + i * outputs + j] =
        j < oldOutputs ? oldP[oldW + i * oldOutputs + j]! : uniformSymmetric(rng, NEW_WEIGHT_SCALE);
    }
  }
  const b = next.biasOffset(L);
  const oldB = net.biasOffset(L);
  for (let j = 0; j < Math.min(outputs, oldOutputs); j++) p[b + j] = oldP[oldB + j]!;
  return next;
}
