import type { PointSet } from './datasets.ts';
import { Network, paramCount } from './network.ts';
import { uniformSymmetric, type NumpyRandom } from './random.ts';
import type { Dataset } from './types.ts';

/** The inputs a point (x₁, x₂) can feed the network, as in TF Playground. */
export type FeatureName = 'x1' | 'x2' | 'x1sq' | 'x2sq' | 'x1x2' | 'sinx1' | 'sinx2';

/** Every feature, in display order. */
export const FEATURES: readonly FeatureName[] = [
  'x1',
  'x2',
  'x1sq',
  'x2sq',
  'x1x2',
  'sinx1',
  'sinx2',
];

/** How each feature is written for people. */
export const FEATURE_LABELS: Record<FeatureName, string> = {
  x1: 'x₁',
  x2: 'x₂',
  x1sq: 'x₁²',
  x2sq: 'x₂²',
  x1x2: 'x₁x₂',
  sinx1: 'sin x₁',
  sinx2: 'sin x₂',
};

/** The value of one feature at (x₁, x₂) = (x, y). */
export function featureValue(name: FeatureName, x: number, y: number): number {
  switch (name) {
    case 'x1':
      return x;
    case 'x2':
      return y;
    case 'x1sq':
      return x * x;
    case 'x2sq':
      return y * y;
    case 'x1x2':
      return x * y;
    case 'sinx1':
      return Math.sin(x);
    case 'sinx2':
      return Math.sin(y);
  }
}

/** Writes features[k](x, y) into out[offset + k] for every k; allocates nothing. */
export function featureVector(
  x: number,
  y: number,
  features: readonly FeatureName[],
  out: Float64Array,
  offset: number,
): void {
  for (let k = 0; k < features.length; k++) out[offset + k] = featureValue(features[k]!, x, y);
}

function checkFeatures(features: readonly FeatureName[]): void {
  if (features.length === 0) throw new RangeError('at least one input feature is needed');
  if (new Set(features).size !== features.length) {
    throw new RangeError(`features repeat: ${features.join(', ')}`);
  }
}

/**
 * The network's view of a point set: inputs (count × features.length, row-major, in the
 * given feature order) and targets: the labels themselves for one output, or for k outputs
 * each label as a one-hot row (class c → 1 at column c, 0 elsewhere; a label that names no
 * class gives a row of zeros).
 *
 * @throws RangeError for no features or a repeated one.
 */
export function toDataset(
  points: PointSet,
  features: readonly FeatureName[],
  outputs = 1,
): Dataset {
  checkFeatures(features);
  const n = features.length;
  const inputs = new Float64Array(points.count * n);
  for (let s = 0; s < points.count; s++) {
    featureVector(points.x[s]!, points.y[s]!, features, inputs, s * n);
  }
  const labels = points.label.subarray(0, points.count);
  return {
    inputs,
    targets: outputs === 1 ? Float64Array.from(labels) : oneHot(labels, outputs),
    count: points.count,
    inputSize: n,
    outputSize: outputs,
  };
}

function oneHot(labels: Float64Array, classes: number): Float64Array {
  const rows = new Float64Array(labels.length * classes);
  labels.forEach((c, s) => {
    if (Number.isInteger(c) && c >= 0 && c < classes) rows[s * classes + c] = 1;
  });
  return rows;
}

/** Half-width of the uniform draw for the weights of a newly added input. */
const NEW_WEIGHT_SCALE = 0.1;

/**
 * A copy of `net` fed by `newFeatures` instead of `oldFeatures`. Row i of W₁ belongs to
 * input i, so a kept feature (matched by name) keeps its row exactly, a dropped one loses
 * it, and an added one gets a fresh row U(±0.1) (drawn from `rng` row by row). All other
 * parameters, b₁ included, are copied unchanged. With no hidden layer, W₁ is the output's.
 *
 * @throws RangeError if oldFeatures does not match the net's inputs, or newFeatures is
 *   empty or repeats a name.
 */
export function changeInputs(
  net: Network,
  oldFeatures: readonly FeatureName[],
  newFeatures: readonly FeatureName[],
  rng: NumpyRandom,
): Network {
  checkFeatures(newFeatures);
  if (oldFeatures.length !== net.layerSize(0)) {
    throw new RangeError(`the net has ${net.layerSize(0)} inputs, not ${oldFeatures.length}`);
  }
  const sizes = net.spec.layerSizes;
  const n1 = sizes[1]!;
  const newSizes = [newFeatures.length, ...sizes.slice(1)];
  const next = Network.fromParams(
    { ...net.spec, layerSizes: newSizes },
    new Float64Array(paramCount(newSizes)),
  );
  const oldP = net.params;
  const p = next.params;
  const oldW = net.weightOffset(1);
  const w = next.weightOffset(1);
  for (let i = 0; i < newFeatures.length; i++) {
    const oi = oldFeatures.indexOf(newFeatures[i]!);
    for (let j = 0; j < n1; j++) {
      p[w + i * n1 + j] =
        oi === -1 ? uniformSymmetric(rng, NEW_WEIGHT_SCALE) : oldP[oldW + oi * n1 + j]!;
    }
  }
  // Only W₁ changes shape: from b₁ on, both layouts hold the same parameters in the same order.
  p.set(oldP.subarray(net.biasOffset(1)), next.biasOffset(1));
  return next;
}
