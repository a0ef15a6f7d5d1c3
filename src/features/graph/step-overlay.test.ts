import { describe, expect, it } from 'vitest';
import { inThreadSession } from '@/state/in-thread-session';
import { createStepStore } from '@/state/step-store';
import { layoutGraph } from './graph-layout';
import { buildOverlay } from './step-overlay';

describe('step overlay', () => {
  const step = createStepStore(inThreadSession());
  step.getState().enter();
  const trace = step.getState().trace!;
  const { neurons, edges } = layoutGraph(trace.layerSizes, { width: 600, height: 300 });
  const neuron = (id: string) => neurons.find((n) => n.id === id)!;

  it('names each neuron’s numbers as the tutorial’s matrix column they are', () => {
    const forward = buildOverlay(trace, 'forward', 2);
    expect(forward.neuronName(neuron('0-1'))).toBe('inputs[:, 1]');
    expect(forward.neuronName(neuron('1-2'))).toBe('hidden_output[:, 2]');
    expect(forward.neuronName(neuron('2-0'))).toBe('final_output[:, 0]');
    // h3's four numbers are hidden_output's third column.
    expect(forward.neuronValues(neuron('1-2'))).toEqual(
      [0, 1, 2, 3].map((r) => trace.activations[1]![r * 3 + 2]),
    );
    const backward = buildOverlay(trace, 'backward', 1);
    expect(backward.neuronName(neuron('2-0'))).toBe('−gradient_output[:, 0]');
    expect(backward.neuronName(neuron('1-0'))).toBe('−gradient_hidden[:, 0]');
  });

  it('gives each edge the tutorial’s name beside x₁ → h1', () => {
    const names = edges.map((e) => `${e.name} ${e.from.label} → ${e.to.label}`);
    expect(names[0]).toBe('weights_input_hidden[0, 0] x1 → h1');
    expect(names.at(-1)).toBe('weights_hidden_output[2, 0] h3 → ŷ');
    expect(neurons.map((n) => n.biasName)).toEqual([
      '',
      '',
      'bias_hidden[0, 0]',
      'bias_hidden[0, 1]',
      'bias_hidden[0, 2]',
      'bias_output[0, 0]',
    ]);
  });
});
