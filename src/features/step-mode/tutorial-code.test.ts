import { describe, expect, it } from 'vitest';
// The tutorial's first step from np.random.seed(0), as NumPy computes it
// (scripts/fixtures/first_step.py; regenerate with scripts/fixtures/generate.sh).
import NUMPY from '../../../scripts/fixtures/numpy-first-step-seed0.json';
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
    // The app's tutorial run steps with the tutorial's η = 1, as the fixture does.
    expect(trace.step).toBe(NUMPY.learningRate);
    const shown = (start: string) => line(start).value!;
    expect(shown('hidden_input =')).toMatchObject({ rows: 4, cols: 3 });
    expect(shown('gradient_output =')).toMatchObject({ rows: 4, cols: 1 });
    expect(shown('weights_hidden_output +=')).toMatchObject({ rows: 3, cols: 1 });
    expect(shown('weights_input_hidden +=')).toMatchObject({ rows: 2, cols: 3 });
    expect(shown('bias_hidden +=')).toMatchObject({ rows: 1, cols: 3 });
    const variables: [string, readonly (readonly number[])[]][] = [
      ['hidden_input =', NUMPY.hidden_input],
      ['hidden_output =', NUMPY.hidden_output],
      ['final_input =', NUMPY.final_input],
      ['final_output =', NUMPY.final_output],
      ['error_output =', NUMPY.error_output],
      ['gradient_output =', NUMPY.gradient_output],
      ['error_hidden =', NUMPY.error_hidden],
      ['gradient_hidden =', NUMPY.gradient_hidden],
      ['weights_hidden_output +=', NUMPY.delta_weights_hidden_output],
      ['bias_output +=', NUMPY.delta_bias_output],
      ['weights_input_hidden +=', NUMPY.delta_weights_input_hidden],
      ['bias_hidden +=', NUMPY.delta_bias_hidden],
    ];
    for (const [start, numpy] of variables) {
      const data = Array.from(shown(start).data);
      const want = numpy.flat();
      expect(data).toHaveLength(want.length);
      // NumPy's BLAS may sum in another order: a few ulps apart at most.
      data.forEach((x, k) =>
        expect(Math.abs(x - want[k]!)).toBeLessThanOrEqual(1e-13 * Math.abs(want[k]!)),
      );
    }
    expect(shown('return np.mean').data[0]).toBe(NUMPY.loss);
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
