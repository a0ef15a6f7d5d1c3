/**
 * The seed tutorial's own code (forward_propagation, mse_loss, backpropagation, train_network,
 * line for line as its text has them: scripts/fixtures/tutorial-code.json), each line tied to
 * the step-mode stop that runs it and to the values it computes in the traced step, in the
 * tutorial's sign convention. Where the run differs from the tutorial (η ≠ 1, another
 * activation, an averaged batch) the lines say so in code and `codeNotes` in words.
 */
import { paramLayout } from '@/engine/param-layout';
import type { StepTrace } from '@/engine/step-trace';
import { formatPyFloat } from '@/engine/tutorial';
import type { ActivationName, LossName } from '@/engine/types';
import type { StepPhase, StepPosition } from '@/state/step-phases';

/** A matrix to show beside a line: rows × cols, row-major. */
export interface CodeValue {
  readonly name: string;
  readonly rows: number;
  readonly cols: number;
  readonly data: ArrayLike<number>;
}

export interface CodeLine {
  readonly text: string;
  /** The stop whose work this line is (null for definitions, comments, blank lines, the loop). */
  readonly at: StepPosition | null;
  /** In the training loop: the phases this statement runs through (a call spans its function). */
  readonly during: readonly StepPhase[];
  /** The `for epoch in range(epochs):` line, whose current iteration is this step. */
  readonly loop: boolean;
  readonly value: CodeValue | null;
  /** Text beside the line: the loop's epoch, the test of `if`, what `print` printed. */
  readonly note: string | null;
}

/** What the code depends on besides the trace. */
export interface CodeSettings {
  readonly hidden: ActivationName;
  readonly output: ActivationName;
  readonly loss: LossName;
  /** The loop's current iteration: the epoch the traced step starts from. */
  readonly epoch: number;
}

/** Which part of the net a line works on: 'hidden' = layer L − 1, 'output' = layer L. */
type Part = 'hidden' | 'output';

interface Template {
  readonly text: string;
  readonly phase?: 'forward' | 'loss' | 'backward' | 'update';
  readonly part?: Part;
  readonly during?: readonly StepPhase[];
  readonly loop?: boolean;
  readonly value?: (t: StepTrace, L: number, m: number) => CodeValue | null;
  readonly note?: (t: StepTrace, epoch: number) => string | null;
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

/** −step·dE/dθ for layer l's weights (n_{l−1} × n_l) or biases (1 × n_l): what the tutorial adds. */
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

/** `+= <term>` as the run computes it: the tutorial's term, times η if η ≠ 1, over m if averaged. */
function update(target: string, term: string, t: StepTrace): string {
  const rate = t.learningRate === 1 ? '' : 'learning_rate * ';
  const mean = t.reduction === 'mean' ? ' / len(inputs)' : '';
  return `    ${target} += ${rate}${term}${mean}`;
}

const forward: Template[] = [
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
    text: '    hidden_output = HIDDEN(hidden_input)',
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
    text: '    final_output = OUTPUT(final_input)',
    phase: 'forward',
    part: 'output',
    value: (t, L, m) => layerValue('final_output', t, L, m, (l) => t.activations[l]),
  },
  { text: '' },
  { text: '    return hidden_output, final_output' },
];

const mseLoss: Template[] = [
  { text: '# Define the Mean Squared Error (MSE) loss function' },
  { text: 'def mse_loss(actual, predicted):' },
  {
    text: '    return np.mean((actual - predicted) ** 2)',
    phase: 'loss',
    value: (t) => ({ name: 'loss', rows: 1, cols: 1, data: [t.loss] }),
  },
];

const backpropagation: Template[] = [
  { text: '# Define the backpropagation function' },
  { text: 'def backpropagation(inputs, hidden_output, final_output, actual):' },
  { text: '    global weights_input_hidden, bias_hidden, weights_hidden_output, bias_output' },
  { text: '' },
  { text: '    # Output layer error and gradient' },
  {
    text: '    error_output = actual - final_output',
    phase: 'backward',
    part: 'output',
    value: (t, L, m) => layerValue('error_output', t, L, m, (l) => negated(t.upstream[l]!)),
  },
  {
    text: '    gradient_output = error_output * OUTPUT_derivative(final_output)',
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
    text: '    gradient_hidden = error_hidden * HIDDEN_derivative(hidden_output)',
    phase: 'backward',
    part: 'hidden',
    value: (t, L, m) => layerValue('gradient_hidden', t, L - 1, m, (l) => negated(t.deltas[l]!)),
  },
  { text: '' },
  { text: '    # Update weights and biases using gradient descent' },
  {
    text: 'weights_hidden_output|hidden_output.T.dot(gradient_output)',
    phase: 'update',
    value: (t, L) => increment('Δ weights_hidden_output', t, L, 'weight'),
  },
  {
    text: 'bias_output|np.sum(gradient_output, axis=0, keepdims=True)',
    phase: 'update',
    value: (t, L) => increment('Δ bias_output', t, L, 'bias'),
  },
  {
    text: 'weights_input_hidden|inputs.T.dot(gradient_hidden)',
    phase: 'update',
    value: (t, L) => increment('Δ weights_input_hidden', t, L - 1, 'weight'),
  },
  {
    text: 'bias_hidden|np.sum(gradient_hidden, axis=0, keepdims=True)',
    phase: 'update',
    value: (t, L) => increment('Δ bias_hidden', t, L - 1, 'bias'),
  },
];

const trainNetwork: Template[] = [
  { text: '# Define the training function' },
  { text: 'def train_network(inputs, actual, epochs):' },
  { text: '    for epoch in range(epochs):', loop: true, note: (_, epoch) => `epoch = ${epoch}` },
  { text: '        # Forward propagation' },
  {
    text: '        hidden_output, final_output = forward_propagation(inputs)',
    during: ['forward'],
  },
  { text: '' },
  { text: '        # Calculate and print loss every 100 epochs' },
  { text: '        loss = mse_loss(actual, final_output)', during: ['loss'] },
  {
    text: '        if epoch % 100 == 0:',
    during: ['loss'],
    note: (_, epoch) => `${epoch} % 100 == 0 is ${epoch % 100 === 0 ? 'True' : 'False'}`,
  },
  {
    text: "            print(f'Epoch {epoch}, Loss: {loss}')",
    during: ['loss'],
    note: (t, epoch) =>
      epoch % 100 === 0 ? `Epoch ${epoch}, Loss: ${formatPyFloat(t.loss)}` : null,
  },
  { text: '' },
  { text: '        # Backpropagation' },
  {
    text: '        backpropagation(inputs, hidden_output, final_output, actual)',
    during: ['backward', 'update'],
  },
];

const BLANK: Template = { text: '' };

/** The four functions in the tutorial's order, one blank line between them. */
const TEMPLATES: readonly Template[] = [
  ...forward,
  BLANK,
  ...mseLoss,
  BLANK,
  ...backpropagation,
  BLANK,
  ...trainNetwork,
];

/**
 * Softmax has no element-wise derivative (each output depends on its whole row): the step
 * applies its Jacobian, and error_output already holds −δ (with cross-entropy, actual − output).
 */
const SOFTMAX_GRADIENT = '    gradient_output = error_output';

/** A template's text for this run: its activation names and, for updates, η and the mean. */
function textOf(template: Template, trace: StepTrace, settings: CodeSettings): string {
  const [target, term] = template.text.split('|');
  if (term !== undefined) return update(target!, term, trace);
  if (settings.output === 'softmax' && template.text.includes('OUTPUT_derivative')) {
    return SOFTMAX_GRADIENT;
  }
  return template.text.replace('HIDDEN', settings.hidden).replace('OUTPUT', settings.output);
}

/**
 * The code with every line's stop and value for this trace. The tutorial has one hidden layer:
 * on deeper nets its "hidden" lines show layer L − 1 (the one next to the output).
 */
export function tutorialCode(trace: StepTrace, settings: CodeSettings): CodeLine[] {
  const L = trace.layerSizes.length - 1;
  const m = trace.samples.length;
  return TEMPLATES.map((template) => {
    const layer = template.part === 'output' ? L : template.part === 'hidden' ? L - 1 : 0;
    const exists = template.part !== 'hidden' || L >= 2;
    const at: StepPosition | null =
      template.phase && exists
        ? {
            phase: template.phase,
            layer: template.phase === 'forward' || template.phase === 'backward' ? layer : 0,
          }
        : null;
    const value = exists ? (template.value?.(trace, L, m) ?? null) : null;
    return {
      text: textOf(template, trace, settings),
      at,
      during: template.during ?? [],
      loop: template.loop ?? false,
      value,
      note: template.note?.(trace, settings.epoch) ?? null,
    };
  });
}

/** One line each on how this run's code differs from the tutorial's; none when it does not. */
export function codeNotes(trace: StepTrace, settings: CodeSettings): string[] {
  const L = trace.layerSizes.length - 1;
  const changed = [settings.hidden, settings.output].filter((name) => name !== 'sigmoid');
  return [
    trace.learningRate !== 1 &&
      `learning_rate = ${trace.learningRate} in the updates: the tutorial’s code has none (η = 1).`,
    changed.length > 0 &&
      `This run uses ${[...new Set(changed)].join(' and ')} where the tutorial uses sigmoid.`,
    settings.output === 'softmax' &&
      (settings.loss === 'ce'
        ? 'softmax(z) = np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True) works on whole rows; with cross-entropy its Jacobian and the loss’s derivative cancel, so gradient_output = actual − final_output.'
        : 'softmax(z) = np.exp(z) / np.sum(np.exp(z), axis=1, keepdims=True) works on whole rows: error_output shows −δ, the loss’s derivative already through its Jacobian, so gradient_output = error_output.'),
    L === 1 &&
      'The tutorial has one hidden layer; this network has none, so the hidden lines do nothing here and the graph names the weights weights[0][i, j].',
    L > 2 &&
      `The tutorial has one hidden layer; this network has ${L - 1}, so “hidden” is the layer next to the output and the graph names weights weights[k][i, j].`,
    settings.loss !== 'mse' &&
      'This run uses cross-entropy: the loss line shows its value instead.',
    trace.reduction === 'mean' &&
      'This run averages the batch: its update is the tutorial’s divided by the number of rows.',
  ].filter((note): note is string => typeof note === 'string');
}
