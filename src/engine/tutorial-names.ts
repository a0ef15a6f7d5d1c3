/**
 * The tutorial's names for a network's matrices and their entries, so that every readout can
 * say `weights_input_hidden[0, 2]` beside "x1 → h3". The tutorial has one hidden layer
 * (L = 2 weight layers): weights_input_hidden (n_0 × n_1), bias_hidden (1 × n_1),
 * weights_hidden_output (n_1 × n_2), bias_output (1 × n_2), indexed [row, column] as NumPy does
 * and as param-layout stores them. Other depths have no names in the tutorial: their layers are
 * the 0-based lists weights[k] and biases[k] (k = l − 1), entries indexed the same way.
 */
import { paramLayout } from './param-layout.ts';

/** Whether the tutorial's own names apply: exactly one hidden layer. */
export function hasTutorialNames(layerSizes: readonly number[]): boolean {
  return layerSizes.length === 3;
}

/** The name of W_l, l = 1..L. */
export function weightsName(layerSizes: readonly number[], l: number): string {
  if (hasTutorialNames(layerSizes))
    return l === 1 ? 'weights_input_hidden' : 'weights_hidden_output';
  return `weights[${l - 1}]`;
}

/** The name of b_l, l = 1..L. */
export function biasName(layerSizes: readonly number[], l: number): string {
  if (hasTutorialNames(layerSizes)) return l === 1 ? 'bias_hidden' : 'bias_output';
  return `biases[${l - 1}]`;
}

/**
 * The name of the activations of layer l = 0..L, samples × n_l: the tutorial's inputs,
 * hidden_output and final_output; activations[l] on other depths (activations[0] = inputs).
 */
export function activationsName(layerSizes: readonly number[], l: number): string {
  const L = layerSizes.length - 1;
  if (l === 0) return 'inputs';
  if (l === L) return 'final_output';
  return hasTutorialNames(layerSizes) ? 'hidden_output' : `activations[${l}]`;
}

/** The entry a flat parameter index holds, e.g. `weights_input_hidden[0, 2]`, or '' if none. */
export function paramName(layerSizes: readonly number[], index: number): string {
  const where = paramLayout(layerSizes).locate(index);
  if (!where) return '';
  return where.kind === 'weight'
    ? `${weightsName(layerSizes, where.layer)}[${where.i}, ${where.j}]`
    : `${biasName(layerSizes, where.layer)}[0, ${where.j}]`;
}
