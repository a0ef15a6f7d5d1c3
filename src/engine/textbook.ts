/**
 * The engine's math in plain sight: one sample at a time, the tutorial's formulas as plain
 * loops. This is the reference; fast-kernels.ts computes the same numbers for many samples at
 * once and is held to these loops bit for bit (train-batch.test.ts).
 *
 * Notation (layers l = 1..L, n_l neurons each, a_0 = x the input, t the target):
 *
 *   z_l[j]          = Σ_i a_{l−1}[i] · W_l[i, j] + b_l[j]       (NumPy: np.dot(a, W) + b)
 *   a_l[j]          = f_l(z_l[j])                               (f = hidden or output activation)
 *   a_L             = softmax(z_L)                               (a softmax output: the whole layer)
 *   E               = Σ_j E(a_L[j], t[j])                        (losses.ts, per output)
 *   δ_L[j]          = dE/da_L[j] · f_L'(z_L[j])                  (sigmoid + BCE, softmax + CE: a_L[j] − t[j])
 *   δ_L[j]          = a_L[j] · (g_j − Σ_i g_i · a_L[i])          (softmax + another loss, g = dE/da_L)
 *   dE/da_{l−1}[i]  = Σ_j δ_l[j] · W_l[i, j]                     (the tutorial's error_hidden, negated)
 *   δ_{l−1}[i]      = dE/da_{l−1}[i] · f_{l−1}'(z_{l−1}[i])
 *   dE/db_l[j]     += δ_l[j]
 *   dE/dW_l[i, j]  += a_{l−1}[i] · δ_l[j]
 *
 * with δ_l = dE/dz_l and f'(z) computed from the output a = f(z) (activations.ts). W_l is
 * n_{l−1} × n_l, stored as param-layout.ts says. Floating-point addition is not associative, so
 * the order is part of the definition: every Σ runs over its index from 0 starting at 0, the
 * bias is added after the sum, and gradients are accumulated sample after sample onto what is
 * there.
 */
import {
  ACTIVATIONS,
  activationCode,
  derivativeFromOutput,
  softmaxInPlace,
  softmaxJacobianProduct,
  type Activation,
} from './activations.ts';
import { crossEntropyDelta, LOSSES } from './losses.ts';
import { paramLayout, type ParamLayout } from './param-layout.ts';
import type { NetworkSpec } from './types.ts';

/** What one forward pass of one sample computes, per layer l = 0..L. */
export interface ForwardPass {
  /** a_0 (the input), a_1, …, a_L (the output). */
  readonly a: readonly number[][];
  /** z_1, …, z_L, the pre-activations; z[0] is empty. */
  readonly z: readonly number[][];
}

/** What one backward pass of one sample computes, per layer l = 1..L (index 0 is empty). */
export interface BackwardPass {
  /** E(a_L[j], t[j]) for each output j. */
  readonly losses: readonly number[];
  /** dE/da_l: what flows back into each neuron (for l = L, the loss derivative). */
  readonly upstream: readonly number[][];
  /** f_l'(z_l), computed from a_l. */
  readonly derivatives: readonly number[][];
  /** δ_l = dE/dz_l. */
  readonly deltas: readonly number[][];
}

/** f_l of a hidden layer (network.ts refuses softmax there). */
function hiddenActivationOf(spec: NetworkSpec): Activation {
  const name = spec.hiddenActivation;
  if (name === 'softmax') throw new RangeError('softmax is for the output layer only');
  return ACTIVATIONS[name];
}

/** a_l = f_l(z_l): the output activation for l = L (softmax over the layer), the hidden one below. */
function activate(spec: NetworkSpec, l: number, zl: readonly number[]): number[] {
  const L = spec.layerSizes.length - 1;
  const name = l === L ? spec.outputActivation : spec.hiddenActivation;
  if (name !== 'softmax') {
    const f = l === L ? ACTIVATIONS[name] : hiddenActivationOf(spec);
    return zl.map((zj) => f.output(zj));
  }
  const a = [...zl];
  softmaxInPlace(a, 0, a.length, 1);
  return a;
}

/** z_l[j] = Σ_i a_{l−1}[i] · W_l[i, j] + b_l[j], the sum over i = 0, 1, … from 0, bias last. */
export function preActivation(
  layout: ParamLayout,
  params: ArrayLike<number>,
  l: number,
  aPrev: ArrayLike<number>,
  j: number,
): number {
  const nIn = layout.layerSizes[l - 1]!;
  let z = 0;
  for (let i = 0; i < nIn; i++) z += aPrev[i]! * params[layout.weightIndex(l, i, j)]!;
  return z + params[layout.biasIndex(l, j)]!;
}

/** dE/da_{l−1}[i] = Σ_j δ_l[j] · W_l[i, j], the sum over j = 0, 1, … from 0. */
export function backpropagatedError(
  layout: ParamLayout,
  params: ArrayLike<number>,
  l: number,
  delta: ArrayLike<number>,
  i: number,
): number {
  const nOut = layout.layerSizes[l]!;
  let sum = 0;
  for (let j = 0; j < nOut; j++) sum += delta[j]! * params[layout.weightIndex(l, i, j)]!;
  return sum;
}

/** a_l = f_l(a_{l−1} · W_l + b_l) for l = 1..L, from a_0 = x. */
export function forwardSample(
  spec: NetworkSpec,
  params: ArrayLike<number>,
  x: ArrayLike<number>,
  layout: ParamLayout = paramLayout(spec.layerSizes),
): ForwardPass {
  const sizes = spec.layerSizes;
  const a: number[][] = [Array.from({ length: sizes[0]! }, (_, i) => x[i]!)];
  const z: number[][] = [[]];
  for (let l = 1; l < sizes.length; l++) {
    const zl = Array.from({ length: sizes[l]! }, (_, j) =>
      preActivation(layout, params, l, a[l - 1]!, j),
    );
    z.push(zl);
    a.push(activate(spec, l, zl));
  }
  return { a, z };
}

/**
 * Backpropagation of one sample from its forward pass against the targets t: δ_L, then
 * δ_{l−1} from δ_l down to δ_1. Adds dE/db_l = δ_l and dE/dW_l = a_{l−1} δ_lᵀ to `grads`
 * (laid out as the parameters; accumulates, never zeroes).
 */
export function backwardSample(
  spec: NetworkSpec,
  params: ArrayLike<number>,
  pass: ForwardPass,
  t: ArrayLike<number>,
  grads: Float64Array,
  layout: ParamLayout = paramLayout(spec.layerSizes),
): BackwardPass {
  const L = spec.layerSizes.length - 1;
  const loss = LOSSES[spec.loss];
  const output = spec.outputActivation;
  const fusedSigmoidBce = output === 'sigmoid' && spec.loss === 'bce';
  const fusedSoftmaxCe = output === 'softmax' && spec.loss === 'ce';
  const { a } = pass;
  const y = a[L]!;
  const upstream: number[][] = Array.from({ length: L + 1 }, () => []);
  const derivatives: number[][] = Array.from({ length: L + 1 }, () => []);
  const deltas: number[][] = Array.from({ length: L + 1 }, () => []);

  const losses = y.map((yj, j) => loss.value(yj, t[j]!));
  upstream[L] = y.map((yj, j) => loss.der(yj, t[j]!));
  derivatives[L] = y.map((yj) => derivativeFromOutput(activationCode(output), yj));
  if (fusedSoftmaxCe) {
    deltas[L] = y.map((yj, j) => crossEntropyDelta(yj, t[j]!));
  } else if (output === 'softmax') {
    deltas[L] = [...upstream[L]!];
    softmaxJacobianProduct(deltas[L]!, y, 0, y.length, 1);
  } else {
    deltas[L] = y.map((yj, j) =>
      fusedSigmoidBce ? crossEntropyDelta(yj, t[j]!) : upstream[L]![j]! * derivatives[L]![j]!,
    );
  }
  for (let l = L; l >= 1; l--) {
    const delta = deltas[l]!;
    const nIn = spec.layerSizes[l - 1]!;
    for (let j = 0; j < delta.length; j++) {
      const k = layout.biasIndex(l, j);
      grads[k] = grads[k]! + delta[j]!;
    }
    for (let i = 0; i < nIn; i++) {
      for (let j = 0; j < delta.length; j++) {
        const k = layout.weightIndex(l, i, j);
        grads[k] = grads[k]! + a[l - 1]![i]! * delta[j]!;
      }
    }
    if (l === 1) break; // the inputs need no δ
    const f = hiddenActivationOf(spec);
    upstream[l - 1] = a[l - 1]!.map((_, i) => backpropagatedError(layout, params, l, delta, i));
    derivatives[l - 1] = a[l - 1]!.map((ai) => f.derFromOutput(ai));
    deltas[l - 1] = upstream[l - 1]!.map((e, i) => e * derivatives[l - 1]![i]!);
  }
  return { losses, upstream, derivatives, deltas };
}

/**
 * One batch the textbook way: for s in `order`, a forward and a backward pass of sample s
 * (inputs row s, targets row s), gradients summed over the samples from 0. Returns them with
 * lossStart + Σ E, added sample by sample, output by output (the order np.mean sums in).
 */
export function textbookBatch(
  spec: NetworkSpec,
  params: ArrayLike<number>,
  inputs: Float64Array,
  targets: Float64Array,
  order: Iterable<number>,
  lossStart: number,
): { grads: Float64Array; lossSum: number } {
  const layout = paramLayout(spec.layerSizes);
  const nIn = spec.layerSizes[0]!;
  const nOut = spec.layerSizes.at(-1)!;
  const grads = new Float64Array(layout.count);
  let lossSum = lossStart;
  for (const s of order) {
    const pass = forwardSample(spec, params, inputs.subarray(s * nIn, (s + 1) * nIn), layout);
    const t = targets.subarray(s * nOut, (s + 1) * nOut);
    for (const e of backwardSample(spec, params, pass, t, grads, layout).losses) lossSum += e;
  }
  return { grads, lossSum };
}
