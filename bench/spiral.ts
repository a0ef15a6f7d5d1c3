import { generatePoints } from '../src/engine/datasets.ts';
import { NumpyRandom } from '../src/engine/random.ts';
import { shuffleIndices } from '../src/engine/shuffle.ts';
import type { Dataset } from '../src/engine/types.ts';

/**
 * The engine's two-arm spiral (datasets.ts), which is TF Playground's `classifySpiralData`:
 * n/2 points per arm, r = 5i/(n/2), t = 1.75 · 2π · i/(n/2) (+π for the second arm), each
 * coordinate jittered by U(−1, 1) · noise. As in Playground, labels are ±1 (the engine's
 * 1/0 mapped to +1/−1, for the tanh output) and the points are shuffled once, here by
 * Fisher–Yates from a second stream of the same seed.
 */
export function playgroundSpiral(count: number, noise: number, seed: number): Dataset {
  const points = generatePoints('spiral', count, noise, new NumpyRandom(seed));
  const order = new Int32Array(count);
  shuffleIndices(order, count, new NumpyRandom(seed + 1));
  const inputs = new Float64Array(2 * count);
  const targets = new Float64Array(count);
  for (let k = 0; k < count; k++) {
    const s = order[k]!;
    inputs[2 * k] = points.x[s]!;
    inputs[2 * k + 1] = points.y[s]!;
    targets[k] = points.label[s] === 1 ? 1 : -1;
  }
  return { inputs, targets, count, inputSize: 2, outputSize: 1 };
}
