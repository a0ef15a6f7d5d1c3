/**
 * The tutorial's NumPy code (seed-tutorial: forward_propagation, mse_loss, backpropagation with
 * the app's learning rate), each line tied to the step-mode stop that runs it and to the values
 * it computes in the traced step, in the tutorial's own sign convention.
 */
import { paramLayout } from '@/engine/param-layout';
import type { StepTrace } from '@/engine/step-trace';
import type { ActivationName } from '@/engine/types';
import type { StepPosition } from '@/state/step-phases';

/** A matrix to show beside a line: rows × cols, row-major. */
export interface CodeValue {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly data: ArrayLike<number>;
}

export interface CodeLine {
  readonly text: string;
  /** The stop whose work this line is (null for definitions, comments and blank lines). */
  readonly at: StepPosition | null;
  readonly value: CodeValue | null;
}

/** Which part of the net a line works on: 'hidden' = layer L − 1, 'output' = layer L. */
type Part = 'hidden' | 'output';

interface Template {
  readonly text: string;
  readonly phase?: StepPosition['phase'];
  readonly part?: Part;
  readonly value?: (t: StepTrace, L: number, m: number) => CodeValue | null;
}

const negated = (a: ArrayLike<number>) => Float64Array.from(a, (x) => -x);

/** Columns of layer l's matrices, or null when the net has no such layer (no hidden layer). */
function layerValue(
  name: string,
  t: StepTrace,
  l: number,
  m: number,
  data: (l: number) => ArrayLike<number> | undefined,
): CodeValue | null {
  const values = l >= 1 ? data(l) : undefined;
  return values ? { name, rows: m, cols: t.layerSizes[l]!, data: values } : null;
}

/** −η·dE/dθ for layer l's weights (n_{l−1} × n_l) or biases (1 × n_l): what the tutorial adds. */
function increment(
  name: string,
  t: StepTrace,
  l: number,
  kind: 'weight' | 'bias',
): CodeValue | null {
  if (l < 1) return null;
  const layout = paramLayout(t.layerSizes);
  const nIn = t.layerSizes[l - 1]!;
  const n = t.layerSizes[l]!;
  const start = kind === 'weight' ? layout.weightOffset(l) : layout.biasOffset(l);
  const length = kind === 'weight' ? nIn * n : n;
  const data = Float64Array.from(t.grads.subarray(start, start + length), (g) => -t.step * g);
  return { name, rows: kind === 'weight' ? nIn : 1, cols: n, data };
}

function templates(hidden: ActivationName, output: ActivationName): Template[] {
  return [
    { text: '# Define forward propagation' },
    { text: 'def forward_propagation(inputs):' },
    { text: '    # Hidden layer calculations' },
    {
      text: '    hidden_input = np.dot(inputs, weights_input_hidden) + bias_hidden',
      phase: 'forward',
      part: 'hidden',
      value: (t, L, m) => layerValue('hidden_input', t, L - 1, m, (l) => t.preActivations[l]),
    },
    {
      text: `    hidden_output = ${hidden}(hidden_input)`,
      phase: 'forward',
      part: 'hidden',
      value: (t, L, m) => layerValue('hidden_output', t, L - 1, m, (l) => t.activations[l]),
    },
    { text: '' },
    { text: '    # Output layer calculations' },
    {
      text: '    final_input = np.dot(hidden_output, weights_hidden_output) + bias_output',
      phase: 'forward',
      part: 'output',
      value: (t, L, m) => layerValue('final_input', t, L, m, (l) => t.preActivations[l]),
    },
    {
      text: `    final_output = ${output}(final_input)`,
      phase: 'forward',
      part: 'output',
      value: (t, L, m) => layerValue('final_output', t, L, m, (l) => t.activations[l]),
    },
    { text: '' },
    { text: '    return hidden_output, final_output' },
    { text: '' },
    { text: '# Define the Mean Squared Error (MSE) loss function' },
    { text: 'def mse_loss(actual, predicted):' },
    {
      text: '    return np.mean((actual - predicted) ** 2)',
      phase: 'loss',
      value: (t) => ({ name: 'loss', rows: 1, cols: 1, data: [t.loss] }),
    },
    { text: '' },
    { text: '# Define the backpropagation function' },
    { text: 'def backpropagation(inputs, hidden_output, final_output, actual):' },
    { text: '    # Output layer error and gradient' },
    {
      text: '    error_output = actual - final_output',
      phase: 'backward',
      part: 'output',
      value: (t, L, m) => layerValue('error_output', t, L, m, (l) => negated(t.upstream[l]!)),
    },
    {
      text: `    gradient_output = error_output * ${output}_derivative(final_output)`,
      phase: 'backward',
      part: 'output',
      value: (t, L, m) => layerValue('gradient_output', t, L, m, (l) => negated(t.deltas[l]!)),
    },
    { text: '' },
    { text: '    # Hidden layer error and gradient' },
    {
      text: '    error_hidden = gradient_output.dot(weights_hidden_output.T)',
      phase: 'backward',
      part: 'hidden',
      value: (t, L, m) => layerValue('error_hidden', t, L - 1, m, (l) => negated(t.upstream[l]!)),
    },
    {
      text: `    gradient_hidden = error_hidden * ${hidden}_derivative(hidden_output)`,
      phase: 'backward',
      part: 'hidden',
      value: (t, L, m) => layerValue('gradient_hidden', t, L - 1, m, (l) => negated(t.deltas[l]!)),
    },
    { text: '' },
    { text: '    # Update weights and biases using gradient descent' },
    {
      text: '    weights_hidden_output += learning_rate * hidden_output.T.dot(gradient_output)',
      phase: 'update',
      value: (t, L) => increment('Δ weights_hidden_output', t, L, 'weight'),
    },
    {
      text: '    bias_output += learning_rate * np.sum(gradient_output, axis=0, keepdims=True)',
      phase: 'update',
      value: (t, L) => increment('Δ bias_output', t, L, 'bias'),
    },
    {
      text: '    weights_input_hidden += learning_rate * inputs.T.dot(gradient_hidden)',
      phase: 'update',
      value: (t, L) => increment('Δ weights_input_hidden', t, L - 1, 'weight'),
    },
    {
      text: '    bias_hidden += learning_rate * np.sum(gradient_hidden, axis=0, keepdims=True)',
      phase: 'update',
      value: (t, L) => increment('Δ bias_hidden', t, L - 1, 'bias'),
    },
  ];
}

/**
 * The code with every line's stop and value for this trace. The tutorial has one hidden layer:
 * on deeper nets its "hidden" lines show layer L − 1 (the one next to the output).
 */
export function tutorialCode(
  trace: StepTrace,
  hidden: ActivationName,
  output: ActivationName,
): CodeLine[] {
  const L = trace.layerSizes.length - 1;
  const m = trace.samples.length;
  return templates(hidden, output).map((line) => {
    const layer = line.part === 'output' ? L : line.part === 'hidden' ? L - 1 : 0;
    const exists = line.part !== 'hidden' || L >= 2;
    const at: StepPosition | null =
      line.phase && exists
        ? {
            phase: line.phase,
            layer: line.phase === 'forward' || line.phase === 'backward' ? layer : 0,
          }
        : null;
    return { text: line.text, at, value: exists ? (line.value?.(trace, L, m) ?? null) : null };
  });
}
