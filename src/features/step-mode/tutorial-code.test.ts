import { describe, expect, it } from 'vitest';
import type { StepTrace } from '@/engine/step-trace';
import type { TrainerConfig } from '@/training/protocol';
import { inThreadSession } from '@/state/in-thread-session';
import { createStepStore } from '@/state/step-store';
import { tutorialCode } from './tutorial-code';

/** The traced first step of the tutorial run (or of the run with `patch` applied). */
function firstStep(patch: Partial<TrainerConfig> = {}): StepTrace {
  const training = inThreadSession();
  training.getState().configure(patch);
  const step = createStepStore(training);
  step.getState().enter();
  return step.getState().trace!;
}

describe('tutorialCode', () => {
  const trace = firstStep();
  const lines = tutorialCode(trace, 'sigmoid', 'sigmoid');
  const line = (start: string) => lines.find((l) => l.text.trim().startsWith(start))!;

  it('ties each line to its stop: forward and backward by layer', () => {
    expect(line('hidden_output =').at).toEqual({ phase: 'forward', layer: 1 });
    expect(line('final_output =').at).toEqual({ phase: 'forward', layer: 2 });
    expect(line('return np.mean').at).toEqual({ phase: 'loss', layer: 0 });
    expect(line('gradient_output =').at).toEqual({ phase: 'backward', layer: 2 });
    expect(line('gradient_hidden =').at).toEqual({ phase: 'backward', layer: 1 });
    expect(line('bias_hidden +=').at).toEqual({ phase: 'update', layer: 0 });
    expect(line('def backpropagation').at).toBeNull();
  });

  it('shows the tutorial’s values, in its sign convention (NumPy, seed 0)', () => {
    const gradientOutput = line('gradient_output =').value!;
    expect(gradientOutput).toMatchObject({ rows: 4, cols: 1 });
    expect(gradientOutput.data[0]).toBeCloseTo(-0.10772876764872973, 15);
    expect(line('error_output =').value!.data[1]).toBeCloseTo(0.1287560764230291, 15);
    const increment = line('weights_hidden_output +=').value!;
    expect(increment).toMatchObject({ rows: 3, cols: 1 });
    expect(increment.data[0]).toBeCloseTo(-0.11809712681141066, 15);
    expect(line('weights_input_hidden +=').value).toMatchObject({ rows: 2, cols: 3 });
    expect(line('return np.mean').value!.data[0]).toBe(0.3859387189496001);
  });

  it('names the activation and leaves the hidden lines empty without a hidden layer', () => {
    const flat = firstStep({ hiddenSizes: [], hiddenActivation: 'tanh', outputActivation: 'tanh' });
    expect(flat.layerSizes).toEqual([2, 1]);
    const code = tutorialCode(flat, 'tanh', 'tanh');
    expect(code.some((l) => l.text.includes('final_output = tanh(final_input)'))).toBe(true);
    const hidden = code.find((l) => l.text.includes('hidden_output = tanh'))!;
    expect(hidden.at).toBeNull();
    expect(hidden.value).toBeNull();
  });
});
