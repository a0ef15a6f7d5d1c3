import type { ActivationName, ElementwiseActivationName } from './types.ts';

/*
 * Each activation's formula is written once, below, as a plain scalar function. The table
 * ACTIVATIONS (the readable path: textbook.ts, step-trace.ts) and the batched kernels of
 * fast-kernels.ts both call these functions, so the two paths cannot drift apart.
 */

/** σ(x) = 1 / (1 + e^(−x)), written exactly as the tutorial's sigmoid so results match NumPy. */
export function sigmoid(x: number): number {
  return 1 / (1 + Math.exp(-x));
}

/** σ'(x) through the output y = σ(x): y · (1 − y) (the tutorial's sigmoid_derivative). */
export function sigmoidDerivative(y: number): number {
  return y * (1 - y);
}

/** tanh(x). */
export function tanh(x: number): number {
  return Math.tanh(x);
}

/** tanh'(x) through the output y = tanh(x): 1 − y². */
export function tanhDerivative(y: number): number {
  return 1 - y * y;
}

/** ReLU(x) = max(x, 0) (0 for NaN). */
export function relu(x: number): number {
  return x > 0 ? x : 0;
}

/** ReLU'(x) through the output y = ReLU(x): 1 if y > 0, else 0. */
export function reluDerivative(y: number): number {
  return y > 0 ? 1 : 0;
}

/** The identity, f(x) = x. */
export function linear(x: number): number {
  return x;
}

/** The identity's derivative: 1. */
export function linearDerivative(): number {
  return 1;
}

/** An activation y = f(x) with its derivative written in terms of the output: f'(x) = g(y). */
export interface Activation {
  /** y = f(x). */
  output(x: number): number;
  /** dy/dx expressed through y, so backprop needs only the stored activations. */
  derFromOutput(y: number): number;
}

/** The activations applied neuron by neuron (softmax, over a whole layer, is below). */
export const ACTIVATIONS: Record<ElementwiseActivationName, Activation> = {
  sigmoid: { output: sigmoid, derFromOutput: sigmoidDerivative },
  tanh: { output: tanh, derFromOutput: tanhDerivative },
  relu: { output: relu, derFromOutput: reluDerivative },
  linear: { output: linear, derFromOutput: linearDerivative },
};

/** Small integer codes for the activations, so hot loops switch once per layer. */
export const SIGMOID = 0;
export const TANH = 1;
export const RELU = 2;
export const LINEAR = 3;
export const SOFTMAX = 4;

const CODES: Record<ActivationName, number> = {
  sigmoid: SIGMOID,
  tanh: TANH,
  relu: RELU,
  linear: LINEAR,
  softmax: SOFTMAX,
};

/** A writable run of numbers: a Float64Array or a plain array. */
interface Numbers {
  [index: number]: number;
}

/*
 * Softmax turns a layer's k pre-activations into probabilities: p_j = e^(z_j) / Σ_i e^(z_i).
 * Both functions below work on k values spaced `stride` apart, so the textbook (one sample,
 * stride 1) and the fast kernels (sample-contiguous rows, stride n) call the same loops and
 * get the same bits.
 */

/**
 * v ← softmax(v) over v[at], v[at + stride], … (k values). The largest z is subtracted first
 * (the result is the same, and e^(z − max) ≤ 1 cannot overflow); the sum runs j = 0, 1, … from 0.
 */
export function softmaxInPlace(v: Numbers, at: number, k: number, stride: number): void {
  let max = -Infinity;
  for (let j = 0, q = at; j < k; j++, q += stride) if (v[q]! > max) max = v[q]!;
  let sum = 0;
  for (let j = 0, q = at; j < k; j++, q += stride) {
    const e = Math.exp(v[q]! - max);
    v[q] = e;
    sum += e;
  }
  for (let j = 0, q = at; j < k; j++, q += stride) v[q] = v[q]! / sum;
}

/**
 * δ = dE/dz from g = dE/dp through softmax's full Jacobian (∂p_j/∂z_i = p_j(δ_ij − p_i)):
 * δ_j = p_j · (g_j − Σ_i g_i p_i). g is read from d and δ written over it; p from p, both as
 * softmaxInPlace lays them out; the sum runs i = 0, 1, … from 0. (Softmax with cross-entropy
 * skips this: δ = p − t, losses.ts.)
 */
export function softmaxJacobianProduct(
  d: Numbers,
  p: Numbers,
  at: number,
  k: number,
  stride: number,
): void {
  let dot = 0;
  for (let i = 0, q = at; i < k; i++, q += stride) dot += d[q]! * p[q]!;
  for (let j = 0, q = at; j < k; j++, q += stride) d[q] = p[q]! * (d[q]! - dot);
}

/** The code of a named activation (fast-kernels.ts picks its loops by code). */
export function activationCode(name: ActivationName): number {
  return CODES[name];
}

/*
 * The same functions over runs of a Float64Array, for fast-kernels.ts. The switch sits outside
 * the loops, so each loop calls one known function, which V8 inlines.
 */

/** a[q] ← f(a[q]) for start ≤ q < end, f given by its code; softmax (a layer's) is left to softmaxInPlace. */
export function applyActivation(code: number, a: Float64Array, start: number, end: number): void {
  switch (code) {
    case SIGMOID:
      for (let q = start; q < end; q++) a[q] = sigmoid(a[q]!);
      break;
    case TANH:
      for (let q = start; q < end; q++) a[q] = tanh(a[q]!);
      break;
    case RELU:
      for (let q = start; q < end; q++) a[q] = relu(a[q]!);
      break;
    case LINEAR:
      // f(x) = x: nothing to do.
      break;
  }
}

/** d[at + s] ← d[at + s] · f'(z) for s < n, with f'(z) read from the outputs a[at + s]. */
export function multiplyByDerivative(
  code: number,
  d: Float64Array,
  a: Float64Array,
  at: number,
  n: number,
): void {
  switch (code) {
    case SIGMOID:
      for (let s = at; s < at + n; s++) d[s] = d[s]! * sigmoidDerivative(a[s]!);
      break;
    case TANH:
      for (let s = at; s < at + n; s++) d[s] = d[s]! * tanhDerivative(a[s]!);
      break;
    case RELU:
      for (let s = at; s < at + n; s++) d[s] = d[s]! * reluDerivative(a[s]!);
      break;
    case LINEAR:
      // f' = 1, and d · 1 = d exactly: nothing to do.
      break;
  }
}

/**
 * f'(z) from y = f(z). For softmax, the Jacobian's diagonal ∂p_j/∂z_j = p_j(1 − p_j): what a
 * neuron's own input does to it (backprop uses the full Jacobian, softmaxJacobianProduct).
 */
export function derivativeFromOutput(code: number, y: number): number {
  switch (code) {
    case SOFTMAX:
    case SIGMOID:
      return sigmoidDerivative(y);
    case TANH:
      return tanhDerivative(y);
    case RELU:
      return reluDerivative(y);
    default:
      return linearDerivative();
  }
}
