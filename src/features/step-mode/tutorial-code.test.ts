import { describe, expect, it } from 'vitest';
// The tutorial's first step from np.random.seed(0), as NumPy computes it
// (scripts/fixtures/first_step.py; regenerate with scripts/fixtures/generate.sh).
import NUMPY from '../../../scripts/fixtures/numpy-first-step-seed0.json';
import NUMPY_HALF from '../../../scripts/fixtures/numpy-first-step-seed0-lr0.5.json';
// The tutorial's functions as its text has them (scripts/fixtures/tutorial_code.py).
import TUTORIAL from '../../../scripts/fixtures/tutorial-code.json';
import type { StepTrace } from '@/engine/step-trace';
import type { TrainerConfig } from '@/training/protocol';
import { inThreadSession } from '@/state/in-thread-session';
import { createStepStore } from '@/state/step-store';
import { codeNotes, tutorialCode, type CodeSettings } from './tutorial-code';

const SIGMOID: CodeSettings = { hidden: 'sigmoid', output: 'sigmoid', loss: 'mse', epoch: 0 };

/** The tutorial's four functions, one blank line between them, as the panel lists them. */
const TUTORIAL_LINES = [
  TUTORIAL.functions.forward_propagation,
  TUTORIAL.functions.mse_loss,
  TUTORIAL.functions.backpropagation,
  TUTORIAL.functions.train_network,
].flatMap((block, i) => (i === 0 ? block : ['', ...block]));

/** NumPy's matrices and ours agree to a few ulps (its BLAS may sum in another order). */
function expectClose(data: ArrayLike<number>, numpy: readonly (readonly number[])[]): void {
  const want = numpy.flat();
  expect(data).toHaveLength(want.length);
  Array.from(data).forEach((x, k) =>
    expect(Math.abs(x - want[k]!)).toBeLessThanOrEqual(1e-13 * Math.abs(want[k]!)),
  );
}

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
  const lines = tutorialCode(trace, SIGMOID);
  const line = (start: string) => lines.find((l) => l.text.trim().startsWith(start))!;

  it('is the tutorial’s own code, line for line, when the run is the tutorial’s', () => {
    expect(lines.map((l) => l.text)).toEqual(TUTORIAL_LINES);
    expect(codeNotes(trace, SIGMOID)).toEqual([]);
  });

  it('marks the training loop: its epoch, the call that runs now, what print printed', () => {
    const loop = lines.filter((l) => l.loop);
    expect(loop.map((l) => [l.text.trim(), l.note])).toEqual([
      ['for epoch in range(epochs):', 'epoch = 0'],
    ]);
    expect(line('hidden_output, final_output = forward_propagation').during).toEqual(['forward']);
    expect(line('backpropagation(inputs').during).toEqual(['backward', 'update']);
    expect(line('print(').note).toBe(`Epoch 0, Loss: ${NUMPY.loss}`);
    expect(line('if epoch % 100').note).toBe('0 % 100 == 0 is True');
    const third = tutorialCode(trace, { ...SIGMOID, epoch: 3 });
    const at = (start: string) => third.find((l) => l.text.trim().startsWith(start))!;
    expect(at('for epoch').note).toBe('epoch = 3');
    expect(at('if epoch % 100').note).toBe('3 % 100 == 0 is False');
    expect(at('print(').note).toBeNull();
  });

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
    for (const [start, numpy] of variables) expectClose(shown(start).data, numpy);
    expect(shown('return np.mean').data[0]).toBe(NUMPY.loss);
  });

  it('at η = 0.5 writes learning_rate into the updates, says so, and shows NumPy’s Δ', () => {
    const half = firstStep({ learningRate: 0.5 });
    const code = tutorialCode(half, SIGMOID);
    const update = (target: string) => code.find((l) => l.text.trim().startsWith(target))!;
    expect(update('weights_hidden_output +=').text).toBe(
      '    weights_hidden_output += learning_rate * hidden_output.T.dot(gradient_output)',
    );
    expect(update('bias_hidden +=').text).toBe(
      '    bias_hidden += learning_rate * np.sum(gradient_hidden, axis=0, keepdims=True)',
    );
    // Only the four update lines change.
    const changed = code.filter((l, i) => l.text !== TUTORIAL_LINES[i]);
    expect(changed).toHaveLength(4);
    expect(codeNotes(half, SIGMOID)).toEqual([
      'learning_rate = 0.5 in the updates: the tutorial’s code has none (η = 1).',
    ]);
    expect(NUMPY_HALF.learningRate).toBe(0.5);
    expectClose(
      update('weights_hidden_output +=').value!.data,
      NUMPY_HALF.delta_weights_hidden_output,
    );
    expectClose(update('bias_output +=').value!.data, NUMPY_HALF.delta_bias_output);
    expectClose(
      update('weights_input_hidden +=').value!.data,
      NUMPY_HALF.delta_weights_input_hidden,
    );
    expectClose(update('bias_hidden +=').value!.data, NUMPY_HALF.delta_bias_hidden);
  });

  it('divides the update by len(inputs) when the run averages the batch', () => {
    const mean = firstStep({ reduction: 'mean' });
    const code = tutorialCode(mean, SIGMOID);
    expect(code.find((l) => l.text.includes('bias_output +='))!.text).toBe(
      '    bias_output += np.sum(gradient_output, axis=0, keepdims=True) / len(inputs)',
    );
    expect(codeNotes(mean, SIGMOID)).toHaveLength(1);
  });

  it('names the activation and leaves the hidden lines empty without a hidden layer', () => {
    const flat = firstStep({ hiddenSizes: [], hiddenActivation: 'tanh', outputActivation: 'tanh' });
    expect(flat.layerSizes).toEqual([2, 1]);
    const tanh: CodeSettings = { ...SIGMOID, hidden: 'tanh', output: 'tanh' };
    const code = tutorialCode(flat, tanh);
    expect(codeNotes(flat, tanh)).toEqual([
      'This run uses tanh where the tutorial uses sigmoid.',
      'The tutorial has one hidden layer; this network has none, so the hidden lines do nothing here and the graph names the weights weights[0][i, j].',
    ]);
    expect(code.some((l) => l.text.includes('final_output = tanh(final_input)'))).toBe(true);
    const hidden = code.find((l) => l.text.includes('hidden_output = tanh'))!;
    expect(hidden.at).toBeNull();
    expect(hidden.value).toBeNull();
  });

  it('writes softmax with cross-entropy as the tutorial would: gradient_output = actual − output', () => {
    const patch = { dataset: 'spiral-3', outputActivation: 'softmax', loss: 'ce' } as const;
    const three = firstStep(patch);
    const softmax: CodeSettings = { ...SIGMOID, output: 'softmax', loss: 'ce' };
    const code = tutorialCode(three, softmax);
    const gradient = code.find((l) => l.text.includes('gradient_output ='))!;
    expect(gradient.text).toBe('    gradient_output = error_output');
    expect(codeNotes(three, softmax).some((note) => note.includes('cancel'))).toBe(true);
    // Each line's formula holds for the values the panel shows beside it.
    const valueOf = (start: string) =>
      code.find((l) => l.text.trim().startsWith(start))!.value!.data;
    const output = valueOf('final_output = softmax');
    const error = valueOf('error_output = actual');
    const targets = [...three.targets];
    expect(targets).toHaveLength(output.length);
    targets.forEach((t, k) => {
      expect(error[k]).toBeCloseTo(t - output[k]!, 14);
      expect(gradient.value!.data[k]).toBe(error[k]);
    });
  });
});
