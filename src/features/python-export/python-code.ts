/**
 * The pieces of an exported NumPy script: literals, activations, losses, the gradient, the update
 * and one epoch of training. Each piece is written for the settings a run uses (`Needs`): a
 * setting that never changes is written as plain code, as the tutorial would; one the learner
 * changed while training becomes a variable the code checks, which the training loop reassigns
 * at the epoch of the change.
 */
import type { FeatureName } from '@/engine/features.ts';
import { outputCountOf, type ReductionName, type RunConfig } from '@/engine/run-config.ts';
import { formatPyFloat } from '@/engine/tutorial.ts';
import type { ElementwiseActivationName, LossName } from '@/engine/types.ts';

/** The losses a script can be written for (categorical cross-entropy is refused: python-export.ts). */
export type PythonLossName = Exclude<LossName, 'ce'>;

/**
 * A run's settings as NumPy needs them: all but the point set's (count, noise, split) and the
 * speed.
 */
export type PythonRun = Omit<RunConfig, 'speed' | 'pointCount' | 'noise' | 'trainFraction'>;

/** How the output layer's gradient is computed: MSE, sigmoid + BCE fused, or BCE through σ'. */
export type GradientCase = 'mse' | 'fused' | 'bce';
/** The weight penalty as the update applies it: none also when the rate is 0. */
export type Penalty = 'none' | 'l1' | 'l2';
export type BatchMode = 'full' | 'mini';

/** Every value each setting takes over the run (start and edits), in a fixed order. */
export interface Needs {
  readonly activations: readonly ElementwiseActivationName[];
  readonly losses: readonly PythonLossName[];
  readonly gradients: readonly GradientCase[];
  readonly reductions: readonly ReductionName[];
  readonly penalties: readonly Penalty[];
  readonly batchModes: readonly BatchMode[];
}

export function gradientCase(run: PythonRun): GradientCase {
  if (run.loss === 'mse') return 'mse';
  return run.outputActivation === 'sigmoid' ? 'fused' : 'bce';
}

/**
 * Why no script can be written for these runs, or null. The script's network has one output
 * column; a softmax over several classes (or categorical cross-entropy) is not written yet, and
 * refusing is better than a script whose numbers differ from the app's.
 */
export function unsupportedReason(runs: readonly PythonRun[]): string | null {
  const multi = runs.find(
    (r) => r.outputActivation === 'softmax' || r.loss === 'ce' || outputCountOf(r) > 1,
  );
  if (!multi) return null;
  return `Export as Python does not support this run yet: it writes networks with one output, and this one uses ${outputCountOf(multi)} outputs with a ${multi.outputActivation} output and ${multi.loss.toUpperCase()} loss. Save it as a model file or a link instead.`;
}

export function penaltyOf(run: PythonRun): Penalty {
  return run.regularizationRate > 0 ? run.regularization : 'none';
}

export function batchModeOf(run: PythonRun): BatchMode {
  return run.batchSize > 0 ? 'mini' : 'full';
}

/** The values `runs` use, each once, in `order`. */
function used<T>(
  order: readonly T[],
  runs: readonly PythonRun[],
  of: (run: PythonRun) => unknown[],
): T[] {
  const seen = new Set<unknown>(runs.flatMap(of));
  return order.filter((value) => seen.has(value));
}

export function needsOf(runs: readonly PythonRun[]): Needs {
  return {
    activations: used(['sigmoid', 'tanh', 'relu', 'linear'], runs, (r) => [
      r.hiddenActivation,
      r.outputActivation,
    ]),
    losses: used(['mse', 'bce'], runs, (r) => [r.loss]),
    gradients: used(['mse', 'fused', 'bce'], runs, (r) => [gradientCase(r)]),
    reductions: used(['sum', 'mean'], runs, (r) => [r.reduction]),
    penalties: used(['none', 'l1', 'l2'], runs, (r) => [penaltyOf(r)]),
    batchModes: used(['full', 'mini'], runs, (r) => [batchModeOf(r)]),
  };
}

/** Feature names as a learner reads them in a Python comment. */
export const FEATURE_TEXT: Record<FeatureName, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1^2',
  x2sq: 'x2^2',
  x1x2: 'x1*x2',
  sinx1: 'sin(x1)',
  sinx2: 'sin(x2)',
};

/** Each activation in NumPy, with its derivative written through the output y, as the engine does. */
export const ACTIVATION_CODE: Record<ElementwiseActivationName, string> = {
  sigmoid: `# The Sigmoid activation squashes any number into (0, 1)
def sigmoid(x):
    return 1 / (1 + np.exp(-x))

# Its derivative, written with the output y = sigmoid(x)
def sigmoid_derivative(y):
    return y * (1 - y)`,
  tanh: `# The tanh activation squashes any number into (-1, 1)
def tanh(x):
    return np.tanh(x)

# Its derivative, written with the output y = tanh(x)
def tanh_derivative(y):
    return 1 - y * y`,
  relu: `# ReLU keeps positive numbers and turns negative ones into 0
def relu(x):
    return np.where(x > 0, x, 0.0)

# Its derivative: 1 where the neuron was active, 0 elsewhere
def relu_derivative(y):
    return np.where(y > 0, 1.0, 0.0)`,
  linear: `# The linear (identity) activation leaves its input unchanged
def linear(x):
    return x

# Its derivative is 1 everywhere
def linear_derivative(y):
    return np.ones_like(y)`,
};

export const LOSS_CODE: Record<PythonLossName, string> = {
  mse: `# Define the Mean Squared Error (MSE) loss function
def mse_loss(actual, predicted):
    return np.mean((actual - predicted) ** 2)`,
  bce: `# Probabilities are kept within [1e-12, 1 - 1e-12] so that the logarithms stay finite
def clip_probability(p):
    return np.clip(p, 1e-12, 1 - 1e-12)

# Define the Binary Cross-Entropy (BCE) loss function
def bce_loss(actual, predicted):
    p = clip_probability(predicted)
    return np.mean(-(actual * np.log(p) + (1 - actual) * np.log(1 - p)))`,
};

/** A number as Python source: integers without a decimal point, others exact (repr). */
export function pyNumber(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e15 && !Object.is(x, -0)
    ? String(x)
    : formatPyFloat(x);
}

/** Rows of `values` (count × width) as a NumPy array literal, one row per line when long. */
export function arrayLiteral(
  values: Float64Array,
  width: number,
  indent: string,
  format: (x: number) => string = pyNumber,
): string {
  const rows: string[] = [];
  for (let s = 0; s * width < values.length; s++) {
    const row = Array.from(values.subarray(s * width, (s + 1) * width), format);
    rows.push(`[${row.join(', ')}]`);
  }
  const oneLine = `np.array([${rows.join(', ')}])`;
  if (oneLine.length + indent.length <= 80) return oneLine;
  return `np.array([\n${rows.map((r) => `${indent}    ${r},`).join('\n')}\n${indent}])`;
}

/**
 * `weights = [...]` and `biases = [...]` holding `params` (Network.params layout) exactly, each
 * number a float so that NumPy keeps the arrays float.
 */
export function networkLiteral(
  layerSizes: readonly number[],
  params: Float64Array,
  indent: string,
): string {
  const weights: string[] = [];
  const biases: string[] = [];
  let offset = 0;
  const inner = `${indent}    `;
  for (let l = 1; l < layerSizes.length; l++) {
    const nIn = layerSizes[l - 1]!;
    const nOut = layerSizes[l]!;
    const w = params.subarray(offset, offset + nIn * nOut);
    offset += nIn * nOut;
    const b = params.subarray(offset, offset + nOut);
    offset += nOut;
    weights.push(`${inner}${arrayLiteral(w, nOut, inner, formatPyFloat)},`);
    biases.push(`${inner}${arrayLiteral(b, nOut, inner, formatPyFloat)},`);
  }
  return [
    `${indent}layer_sizes = [${layerSizes.join(', ')}]`,
    `${indent}weights = [\n${weights.join('\n')}\n${indent}]`,
    `${indent}biases = [\n${biases.join('\n')}\n${indent}]`,
  ].join('\n');
}

/** Indents every non-empty line of `code` by `indent`. */
export function indented(code: string, indent: string): string {
  return code
    .split('\n')
    .map((line) => (line === '' ? line : `${indent}${line}`))
    .join('\n');
}

/** The loss as the script calls it. */
export function lossCall(needs: Needs, run: PythonRun): string {
  return needs.losses.length > 1 ? 'loss_function' : `${run.loss}_loss`;
}

const GRADIENT_CODE: Record<GradientCase, string> = {
  mse: `error_output = actual - final_output
gradient = error_output * output_derivative(final_output)`,
  fused: `# Sigmoid + cross-entropy: the derivatives cancel out to just (actual - predicted)
gradient = actual - final_output`,
  bce: `p = clip_probability(final_output)
error_output = (actual - p) / (p * (1 - p))
gradient = error_output * output_derivative(final_output)`,
};

/** What tells the cases apart, checked in the order mse, fused, bce. */
const GRADIENT_TEST: Record<GradientCase, string> = {
  mse: "loss_name == 'mse'",
  fused: 'output_activation is sigmoid',
  bce: 'True',
};

/** if / elif / else over the cases a run uses; plain code when it uses one. */
function chain<T extends string>(
  cases: readonly T[],
  test: (value: T) => string,
  code: (value: T) => string,
): string {
  if (cases.length === 1) return code(cases[0]!);
  return cases
    .map((value, i) => {
      const head =
        i === 0 ? `if ${test(value)}:` : i < cases.length - 1 ? `elif ${test(value)}:` : 'else:';
      return `${head}\n${indented(code(value), '    ')}`;
    })
    .join('\n');
}

/** The output layer's gradient: dE/dz with the sign flipped, as the tutorial writes it. */
export function gradientCode(needs: Needs): string {
  return indented(
    chain(
      needs.gradients,
      (c) => GRADIENT_TEST[c],
      (c) => GRADIENT_CODE[c],
    ),
    '    ',
  );
}

export function stepCode(needs: Needs): string {
  const sum = 'step = learning_rate  # gradients are summed over the batch, as in the tutorial';
  const mean = 'step = learning_rate / len(actual)  # gradients are averaged over the batch';
  if (needs.reductions.length > 1) {
    return `    # Gradients summed over the batch (as in the tutorial) or averaged
    step = learning_rate if reduction == 'sum' else learning_rate / len(actual)`;
  }
  return `    ${needs.reductions[0] === 'sum' ? sum : mean}`;
}

const UPDATE_CODE: Record<Penalty, string> = {
  none: 'weights[layer] += step * grad_w',
  l2: `# L2 regularization also pulls every weight towards 0 (biases are left alone)
weights[layer] = weights[layer] + step * grad_w - shrink * weights[layer]`,
  l1: `# L1 regularization moves every weight towards 0 by a fixed amount, stopping at 0
# (biases are left alone)
w = weights[layer] + step * grad_w
weights[layer] = np.where(w > shrink, w - shrink, np.where(w < -shrink, w + shrink, 0.0))`,
};

export function updateCode(needs: Needs): string {
  // l2 and l1 before none, so that "else" is the plain update.
  const order = (['l2', 'l1', 'none'] as const).filter((p) => needs.penalties.includes(p));
  const weights = chain(
    order,
    (p) => `regularization == '${p}'`,
    (p) => UPDATE_CODE[p],
  );
  const bias = 'biases[layer] += step * np.sum(gradients[layer], axis=0, keepdims=True)';
  return indented(`${weights}\n${bias}`, '        ');
}

/** The mini-batch shuffle: the app's Fisher-Yates order with the app's random numbers. */
export const SHUFFLE_CODE = `# Visits the points in a new random order every epoch (Fisher-Yates, with the app's
# random numbers, so that the batches are the app's)
shuffle_random = np.random.RandomState(shuffle_seed)

def shuffled_order(n):
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = int(shuffle_random.random_sample() * (i + 1))
        order[i], order[j] = order[j], order[i]
    return order`;

function fullBatchEpoch(loss: string): string {
  return `# Forward propagation
activations = forward_propagation(inputs)

# Calculate and print loss every 100 epochs
loss = ${loss}(actual, activations[-1])
if epoch % 100 == 0:
    print(f'Epoch {epoch}, Loss: {loss}')

# Backpropagation
backpropagation(activations, actual)`;
}

function miniBatchEpoch(loss: string): string {
  return `# Print the loss every 100 epochs: that of the weights at the start of the epoch, over
# all the training points (the app's training loss)
if epoch % 100 == 0:
    loss = ${loss}(actual, forward_propagation(inputs)[-1])
    print(f'Epoch {epoch}, Loss: {loss}')

# One update per mini-batch, the points in a new order every epoch
order = shuffled_order(len(inputs))
size = min(batch_size, len(inputs))
for start in range(0, len(inputs), size):
    batch = order[start:start + size]
    # Forward propagation
    activations = forward_propagation(inputs[batch])
    # Backpropagation
    backpropagation(activations, actual[batch])`;
}

/** One epoch of training, as the body of a loop over `epoch`, indented by `indent`. */
export function epochCode(needs: Needs, run: PythonRun, indent: string): string {
  const loss = lossCall(needs, run);
  const code = chain(
    needs.batchModes,
    () => 'batch_size == 0',
    (mode) => (mode === 'full' ? fullBatchEpoch(loss) : miniBatchEpoch(loss)),
  );
  return indented(code, indent);
}
