import type { ActivationName } from './types.ts';

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

/** The built-in activations. */
export const ACTIVATIONS: Record<ActivationName, Activation> = {
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

const CODES: Record<ActivationName, number> = {
  sigmoid: SIGMOID,
  tanh: TANH,
  relu: RELU,
  linear: LINEAR,
};

/** The code of a named activation (fast-kernels.ts picks its loops by code). */
export function activationCode(name: ActivationName): number {
  return CODES[name];
}

/*
 * The same functions over runs of a Float64Array, for fast-kernels.ts. The switch sits outside
 * the loops, so each loop calls one known function, which V8 inlines.
 */

/** a[q] ← f(a[q]) for start ≤ q < end, f given by its code. */
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

/** f'(z) from y = f(z). */
export function derivativeFromOutput(code: number, y: number): number {
  switch (code) {
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
