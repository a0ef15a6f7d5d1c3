import { describe, expect, it } from 'vitest';
import { paramLayout } from './param-layout.ts';
import { activationsName, hasTutorialNames, paramName } from './tutorial-names.ts';

describe('paramName', () => {
  // The tutorial's shapes: weights_input_hidden 2 × 3, bias_hidden 1 × 3,
  // weights_hidden_output 3 × 1, bias_output 1 × 1.
  const tutorial = [2, 3, 1];
  const layout = paramLayout(tutorial);

  it('names every parameter of the tutorial net as NumPy indexes it', () => {
    expect(hasTutorialNames(tutorial)).toBe(true);
    expect(paramName(tutorial, layout.weightIndex(1, 0, 0))).toBe('weights_input_hidden[0, 0]');
    expect(paramName(tutorial, layout.weightIndex(1, 1, 2))).toBe('weights_input_hidden[1, 2]');
    expect(paramName(tutorial, layout.biasIndex(1, 1))).toBe('bias_hidden[0, 1]');
    expect(paramName(tutorial, layout.weightIndex(2, 2, 0))).toBe('weights_hidden_output[2, 0]');
    expect(paramName(tutorial, layout.biasIndex(2, 0))).toBe('bias_output[0, 0]');
    const all = Array.from({ length: layout.count }, (_, k) => paramName(tutorial, k));
    expect(new Set(all).size).toBe(layout.count);
    expect(paramName(tutorial, layout.count)).toBe('');
  });

  it('names the layers of other depths weights[k] and biases[k]', () => {
    const deep = [2, 4, 3, 1];
    const deepLayout = paramLayout(deep);
    expect(hasTutorialNames(deep)).toBe(false);
    expect(paramName(deep, deepLayout.weightIndex(2, 0, 2))).toBe('weights[1][0, 2]');
    expect(paramName(deep, deepLayout.biasIndex(3, 0))).toBe('biases[2][0, 0]');
    expect(activationsName(deep, 2)).toBe('activations[2]');
    expect(activationsName(deep, 3)).toBe('final_output');
    expect(paramName([2, 1], 0)).toBe('weights[0][0, 0]');
  });

  it('names the activations as the tutorial does', () => {
    expect([0, 1, 2].map((l) => activationsName(tutorial, l))).toEqual([
      'inputs',
      'hidden_output',
      'final_output',
    ]);
  });
});
