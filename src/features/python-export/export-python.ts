import type { FeatureName } from '@/engine/features.ts';
import { layerSizesOf, type RunConfig } from '@/engine/run-config.ts';
import { formatPyFloat } from '@/engine/tutorial.ts';
import type { ActivationName, LossName } from '@/engine/types.ts';

/**
 * A run's settings as NumPy needs them: all but the point set's (count, noise, split) and the
 * speed.
 */
export type PythonRun = Omit<RunConfig, 'speed' | 'pointCount' | 'noise' | 'trainFraction'>;

export interface PythonExportOptions {
  /**
   * Seed of the generator that shuffles mini-batches (the trainer's: seed + 2). Used only
   * when batchSize > 0, as the trainer shuffles only then.
   */
  readonly shuffleSeed?: number;
}

/** Feature names as a learner reads them in a Python comment. */
const FEATURE_TEXT: Record<FeatureName, string> = {
  x1: 'x1',
  x2: 'x2',
  x1sq: 'x1^2',
  x2sq: 'x2^2',
  x1x2: 'x1*x2',
  sinx1: 'sin(x1)',
  sinx2: 'sin(x2)',
};

/** Each activation in NumPy, with its derivative written through the output y, as the engine does. */
const ACTIVATION_CODE: Record<ActivationName, string> = {
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

const LOSS_CODE: Record<LossName, string> = {
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
function pyNumber(x: number): string {
  return Number.isInteger(x) && Math.abs(x) < 1e15 ? String(x) : formatPyFloat(x);
}

/** Rows of `values` (count × width) as a NumPy array literal, one row per line when long. */
function arrayLiteral(values: Float64Array, width: number, indent: string): string {
  const rows: string[] = [];
  for (let s = 0; s * width < values.length; s++) {
    const row = Array.from(values.subarray(s * width, (s + 1) * width), pyNumber);
    rows.push(`[${row.join(', ')}]`);
  }
  const oneLine = `np.array([${rows.join(', ')}])`;
  if (oneLine.length <= 80) return oneLine;
  return `np.array([\n${rows.map((r) => `${indent}    ${r},`).join('\n')}\n${indent}])`;
}

/** The docstring's description of the run and what the script does not cover. */
function header(run: PythonRun, layerSizes: readonly number[], count: number): string {
  const batch =
    run.batchSize > 0 && run.batchSize < count
      ? `mini-batches of ${run.batchSize}, shuffled every epoch`
      : run.batchSize > 0
        ? 'one batch of all the points, shuffled every epoch'
        : 'full batch, as in the tutorial';
  const regularization =
    run.regularization === 'none' || run.regularizationRate === 0
      ? 'none'
      : `${run.regularization.toUpperCase()}, rate ${pyNumber(run.regularizationRate)}`;
  return `"""Backprop Studio run, exported as a standalone NumPy script.

Network ${layerSizes.join('-')}: ${run.hiddenActivation} hidden layers, ${run.outputActivation} output, ${run.loss.toUpperCase()} loss.
Dataset '${run.dataset}': ${count} training points. Weights: '${run.init}' initialisation, seed ${run.seed}.
Learning rate ${pyNumber(run.learningRate)}, ${run.epochTarget} epochs, ${batch}, gradients ${run.reduction === 'sum' ? 'summed' : 'averaged'} over each batch.
Weight regularization: ${regularization}.

It repeats the app's arithmetic step by step, so it prints the same losses (up to rounding
in the last digits). Changes made while the app was training (resizing the network, editing
weights, adding points) are not part of this script: it replays the run from its start.

Run it with: python3 this_file.py
"""`;
}

function initCode(run: PythonRun): string {
  if (run.init === 'tutorial') {
    return `# Initialize weights and biases: every number uniform in [0, 1), drawn layer by layer
# (weights first, then biases), exactly as the tutorial does
np.random.seed(${run.seed})  # For reproducibility
weights = []
biases = []
for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
    weights.append(np.random.rand(n_in, n_out))
    biases.append(np.random.rand(1, n_out))`;
  }
  return `# Initialize weights and biases (Glorot): weights uniform in [-limit, limit) with
# limit = sqrt(6 / (n_in + n_out)); biases start at 0
np.random.seed(${run.seed})  # For reproducibility
weights = []
biases = []
for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
    limit = np.sqrt(6 / (n_in + n_out))
    weights.append(limit * (2 * np.random.rand(n_in, n_out) - 1))
    np.random.rand(1, n_out)  # drawn and unused, so both initialisations use the same random numbers
    biases.append(np.zeros((1, n_out)))`;
}

/** The output layer's gradient line(s): dE/dz with the sign flipped, as the tutorial writes it. */
function outputGradientCode(run: PythonRun): string {
  const sigmoidOutput = run.outputActivation === 'sigmoid';
  if (run.loss === 'mse') {
    return `    error_output = actual - final_output
    gradient = error_output * output_derivative(final_output)`;
  }
  if (sigmoidOutput) {
    return `    # Sigmoid + cross-entropy: the derivatives cancel out to just (actual - predicted)
    gradient = actual - final_output`;
  }
  return `    p = clip_probability(final_output)
    error_output = (actual - p) / (p * (1 - p))
    gradient = error_output * output_derivative(final_output)`;
}

function updateCode(run: PythonRun): string {
  const plain = `        weights[layer] += step * grad_w`;
  const bias = `        biases[layer] += step * np.sum(gradients[layer], axis=0, keepdims=True)`;
  if (run.regularization === 'none' || run.regularizationRate === 0) {
    return `${plain}\n${bias}`;
  }
  if (run.regularization === 'l2') {
    return `        # L2 regularization also pulls every weight towards 0 (biases are left alone)
        weights[layer] = weights[layer] + step * grad_w - shrink * weights[layer]
${bias}`;
  }
  return `        # L1 regularization moves every weight towards 0 by a fixed amount, stopping at 0
        # (biases are left alone)
        w = weights[layer] + step * grad_w
        weights[layer] = np.where(w > shrink, w - shrink, np.where(w < -shrink, w + shrink, 0.0))
${bias}`;
}

function trainingCode(run: PythonRun, count: number): string {
  const lossFn = `${run.loss}_loss`;
  if (run.batchSize === 0) {
    return `# Define the training function: full batch, one update per epoch
def train_network(inputs, actual, epochs):
    for epoch in range(epochs):
        # Forward propagation
        activations = forward_propagation(inputs)

        # Calculate and print loss every 100 epochs
        loss = ${lossFn}(actual, activations[-1])
        if epoch % 100 == 0:
            print(f'Epoch {epoch}, Loss: {loss}')

        # Backpropagation
        backpropagation(activations, actual)`;
  }
  const batch = Math.min(run.batchSize, count);
  return `# Visits the points in a new random order every epoch (Fisher-Yates, with the app's
# random numbers, so that the batches are the app's)
shuffle_random = np.random.RandomState(shuffle_seed)

def shuffled_order(n):
    order = list(range(n))
    for i in range(n - 1, 0, -1):
        j = int(shuffle_random.random_sample() * (i + 1))
        order[i], order[j] = order[j], order[i]
    return order

# Define the training function: one update per mini-batch of ${batch} points
def train_network(inputs, actual, epochs):
    n = len(inputs)
    for epoch in range(epochs):
        order = shuffled_order(n)
        loss_sum = 0.0
        for start in range(0, n, batch_size):
            batch = order[start:start + batch_size]
            # Forward propagation
            activations = forward_propagation(inputs[batch])
            # Each batch's loss is measured before its update (the mean times the batch
            # size is the batch's sum of squared errors or cross-entropies)
            loss_sum += ${lossFn}(actual[batch], activations[-1]) * len(batch)
            # Backpropagation
            backpropagation(activations, actual[batch])

        # Print the epoch's loss every 100 epochs
        loss = loss_sum / n
        if epoch % 100 == 0:
            print(f'Epoch {epoch}, Loss: {loss}')`;
}

/**
 * A self-contained NumPy script that replays the run from its first epoch: the same initial
 * weights (np.random.seed + the engine's draw order for either init), architecture,
 * activations, loss and gradient conventions (½(y−t)² for MSE, the fused sigmoid + BCE
 * delta, gradients summed or averaged per batch), learning rate, regularization and
 * mini-batch order. Prints `Epoch N, Loss: …` every 100 epochs and the final predictions,
 * like the tutorial.
 *
 * @param trainInputs the training set's feature vectors, row-major (count × features.length)
 * @param trainTargets one target per training point
 * @throws RangeError if the data does not fit the features, or the run has no epochs
 */
export function exportPython(
  run: PythonRun,
  trainInputs: Float64Array,
  trainTargets: Float64Array,
  options: PythonExportOptions = {},
): string {
  const width = run.features.length;
  const count = trainTargets.length;
  if (width === 0 || count === 0 || trainInputs.length !== count * width) {
    throw new RangeError(
      `expected ${count} × ${width} inputs for ${count} targets, got ${trainInputs.length}`,
    );
  }
  const layerSizes = layerSizesOf(run);
  const regularized = run.regularization !== 'none' && run.regularizationRate > 0;
  const activations = [...new Set([run.hiddenActivation, run.outputActivation])];
  const shuffleSeed = options.shuffleSeed ?? run.seed + 2;
  const settings = [
    `layer_sizes = [${layerSizes.join(', ')}]  # inputs, hidden layers..., output`,
    `learning_rate = ${formatPyFloat(run.learningRate)}`,
    `epochs = ${run.epochTarget}`,
  ];
  if (run.batchSize > 0) {
    settings.push(`batch_size = ${Math.min(run.batchSize, count)}`);
    settings.push(`shuffle_seed = ${shuffleSeed}`);
  }
  if (regularized) {
    settings.push(`regularization_rate = ${formatPyFloat(run.regularizationRate)}`);
    settings.push(
      '# How far regularization moves a weight towards 0 at each update',
      'shrink = learning_rate * regularization_rate',
    );
  }
  const featureList = run.features.map((f) => FEATURE_TEXT[f]).join(', ');
  const data =
    run.dataset === 'xor'
      ? '# Sample dataset: the XOR truth table'
      : `# Sample dataset: the app's '${run.dataset}' training points`;

  return `${header(run, layerSizes, count)}
import numpy as np

# Define network structure
${settings.join('\n')}

${initCode(run)}

${activations.map((a) => ACTIVATION_CODE[a]).join('\n\n')}

hidden_activation, hidden_derivative = ${run.hiddenActivation}, ${run.hiddenActivation}_derivative
output_activation, output_derivative = ${run.outputActivation}, ${run.outputActivation}_derivative

# Define forward propagation: returns the output of every layer, the inputs first
def forward_propagation(inputs):
    activations = [inputs]
    for layer in range(len(weights)):
        layer_input = np.dot(activations[-1], weights[layer]) + biases[layer]
        last = layer == len(weights) - 1
        activations.append(output_activation(layer_input) if last else hidden_activation(layer_input))
    return activations

${LOSS_CODE[run.loss]}

# Define the backpropagation function
def backpropagation(activations, actual):
    final_output = activations[-1]
${run.reduction === 'sum' ? '    step = learning_rate  # gradients are summed over the batch, as in the tutorial' : '    step = learning_rate / len(actual)  # gradients are averaged over the batch'}

    # Output layer error and gradient. These "gradients" point downhill (they are minus the
    # loss's slope), which is why the updates below add them.
${outputGradientCode(run)}

    # Hidden layers, from the last to the first: each error comes back through the weights
    # (all computed with the weights as they were before this update)
    gradients = [None] * len(weights)
    gradients[-1] = gradient
    for layer in range(len(weights) - 1, 0, -1):
        error_hidden = gradients[layer].dot(weights[layer].T)
        gradients[layer - 1] = error_hidden * hidden_derivative(activations[layer])

    # Update weights and biases using gradient descent
    for layer in range(len(weights)):
        grad_w = activations[layer].T.dot(gradients[layer])
${updateCode(run)}

${trainingCode(run, count)}

# Define a test function
def test_network(inputs):
    return forward_propagation(inputs)[-1]

${data}
# Input columns: ${featureList}
inputs = ${arrayLiteral(trainInputs, width, '')}
actual = ${arrayLiteral(trainTargets, 1, '')}

# Train the network
train_network(inputs, actual, epochs=epochs)

# Test the network
print("Predictions after training:")
predictions = test_network(inputs)
print(predictions)
`;
}
