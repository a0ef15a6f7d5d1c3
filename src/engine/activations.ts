import type { ActivationName } from './types.ts';

/** An activation y = f(x) with its derivative written in terms of the output: f'(x) = g(y). */
export interface Activation {
  /** y = f(x). */
  output(x: number): number;
  /** dy/dx expressed through y, so backprop needs only the stored activations. */
  derFromOutput(y: number): number;
}

/** The built-in activations. */
export const ACTIVATIONS: Record<ActivationName, Activation> = {
  sigmoid: {
    // Written exactly as the tutorial's sigmoid so results match NumPy to the last bits.
    output: (x) => 1 / (1 + Math.exp(-x)),
    derFromOutput: (y) => y * (1 - y),
  },
  tanh: {
    output: (x) => Math.tanh(x),
    derFromOutput: (y) => 1 - y * y,
  },
  relu: {
    output: (x) => (x > 0 ? x : 0),
    derFromOutput: (y) => (y > 0 ? 1 : 0),
  },
  linear: {
    output: (x) => x,
    derFromOutput: () => 1,
  },
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

/** The code of a named activation (network.ts inlines the formulas of ACTIVATIONS by code). */
export function activationCode(name: ActivationName): number {
  return CODES[name];
}
