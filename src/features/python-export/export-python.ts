import { layerSizesOf } from '@/engine/run-config.ts';
import { formatPyFloat } from '@/engine/tutorial.ts';
import {
  ACTIVATION_CODE,
  arrayLiteral,
  epochCode,
  FEATURE_TEXT,
  gradientCode,
  LOSS_CODE,
  lossCall,
  needsOf,
  networkLiteral,
  unsupportedReason,
  penaltyOf,
  pyNumber,
  SHUFFLE_CODE,
  stepCode,
  updateCode,
  type Needs,
  type PythonRun,
} from './python-code';
import { phaseCode, replayedSummary } from './python-phases';
import type { PythonReplay } from './python-replay';

export type { PythonRun } from './python-code';

export interface PythonExportOptions {
  /**
   * Seed of the generator that shuffles mini-batches (the trainer's: seed + 2). Used only
   * when batchSize > 0, as the trainer shuffles only then.
   */
  readonly shuffleSeed?: number;
  /**
   * What the learner changed while the run trained (python-replay.ts): the script makes each
   * change at its epoch. `run` and the data are then the run's start.
   */
  readonly replay?: PythonReplay;
}

/** The docstring: the run at its start, the changes made while it trained, how to run it. */
function header(run: PythonRun, count: number, replay: PythonReplay | null): string {
  const layerSizes = layerSizesOf(run);
  const batch =
    run.batchSize > 0 && run.batchSize < count
      ? `mini-batches of ${run.batchSize}, shuffled every epoch`
      : run.batchSize > 0
        ? 'one batch of all the points, shuffled every epoch'
        : 'full batch, as in the tutorial';
  const regularization =
    penaltyOf(run) === 'none'
      ? 'none'
      : `${run.regularization.toUpperCase()}, rate ${pyNumber(run.regularizationRate)}`;
  const weights = replay?.startParams
    ? `saved weights after ${replay.startEpoch} updates (the run was opened from them)`
    : `'${run.init}' initialisation, seed ${run.seed}`;
  const epochs = replay?.epochs ?? run.epochTarget;
  const changes = replay ? replayedSummary(replay) : '';
  return `"""Backprop Studio run, exported as a standalone NumPy script.

${changes === '' ? '' : 'At the start: '}Network ${layerSizes.join('-')}: ${run.hiddenActivation} hidden layers, ${run.outputActivation} output, ${run.loss.toUpperCase()} loss.
Dataset '${run.dataset}': ${count} training points. Weights: ${weights}.
Learning rate ${pyNumber(run.learningRate)}, ${epochs} epochs, ${batch}, gradients ${run.reduction === 'sum' ? 'summed' : 'averaged'} over each batch.
Weight regularization: ${regularization}.
${changes}
It repeats the app's arithmetic step by step, so it prints the same losses (up to rounding
in the last digits): every 100 epochs, and after the last update.

Run it with: python3 this_file.py
"""`;
}

function initCode(run: PythonRun, replay: PythonReplay | null): string {
  if (replay?.startParams) {
    return `# The run started from saved weights, after ${replay.startEpoch} updates: these
${networkLiteral(layerSizesOf(run), replay.startParams, '')}`;
  }
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
  if (run.init === 'zero') {
    return `# Initialize weights and biases: all zero (random numbers are drawn as for Glorot and left
# unused, as the app does)
np.random.seed(${run.seed})  # For reproducibility
weights = []
biases = []
for n_in, n_out in zip(layer_sizes[:-1], layer_sizes[1:]):
    np.random.rand(n_in, n_out)
    weights.append(np.zeros((n_in, n_out)))
    np.random.rand(1, n_out)
    biases.append(np.zeros((1, n_out)))`;
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

/** The settings the script starts with, as variables the training loop may reassign. */
function settingsCode(run: PythonRun, needs: Needs, shuffleSeed: number, epochs: number): string {
  const lines = [
    `layer_sizes = [${layerSizesOf(run).join(', ')}]  # inputs, hidden layers..., output`,
    `learning_rate = ${formatPyFloat(run.learningRate)}`,
    `epochs = ${epochs}`,
  ];
  if (needs.batchModes.includes('mini')) {
    lines.push(
      needs.batchModes.length > 1
        ? `batch_size = ${run.batchSize}  # 0 means full batch`
        : `batch_size = ${run.batchSize}`,
      `shuffle_seed = ${shuffleSeed}`,
    );
  }
  if (needs.reductions.length > 1) lines.push(`reduction = '${run.reduction}'`);
  if (needs.penalties.length > 1) {
    lines.push(`regularization = '${penaltyOf(run)}'  # 'none' while the rate is 0`);
  }
  if (needs.penalties.some((p) => p !== 'none')) {
    lines.push(
      `regularization_rate = ${formatPyFloat(run.regularizationRate)}`,
      '# How far regularization moves a weight towards 0 at each update',
      'shrink = learning_rate * regularization_rate',
    );
  }
  if (needs.losses.length > 1) lines.push(`loss_name = '${run.loss}'`);
  return lines.join('\n');
}

/** The training: a function as in the tutorial, or, for an edited run, a loop making the edits. */
function trainingCode(run: PythonRun, needs: Needs, count: number, replay: PythonReplay | null) {
  const shuffle = needs.batchModes.includes('mini') ? `${SHUFFLE_CODE}\n\n` : '';
  if (!replay) {
    const what =
      run.batchSize === 0
        ? 'full batch, one update per epoch'
        : `one update per mini-batch of ${Math.min(run.batchSize, count)} points`;
    return {
      define: `${shuffle}# Define the training function: ${what}
def train_network(inputs, actual, epochs):
    for epoch in range(epochs):
${epochCode(needs, run, '        ')}`,
      run: `# Train the network
train_network(inputs, actual, epochs=epochs)`,
    };
  }
  const range = replay.startEpoch === 0 ? 'epochs' : `${replay.startEpoch}, epochs`;
  const during = replay.phases.filter((phase) => phase.epoch < replay.epochs);
  const after = replay.phases.filter((phase) => phase.epoch >= replay.epochs);
  const changes = during.map(
    (phase) => `    if epoch == ${phase.epoch}:\n${phaseCode(phase, needs, '        ')}`,
  );
  const last = after.map((phase) => phaseCode(phase, needs, '')).join('\n');
  return {
    define: shuffle.trimEnd(),
    run: `# Train the network. At each epoch where the learner changed the run, the loop makes the
# same change: new settings, or the state right after as the app had it (written out in full)
for epoch in range(${range}):
${changes.join('\n')}${changes.length > 0 ? '\n\n' : ''}${epochCode(needs, run, '    ')}${last === '' ? '' : `\n\n# After the last update\n${last}`}`,
  };
}

/**
 * A self-contained NumPy script that replays the run from its first epoch: the same initial
 * weights (np.random.seed + the engine's draw order for either init, or the saved weights),
 * architecture, activations, loss and gradient conventions (½(y−t)² for MSE, the fused
 * sigmoid + BCE delta, gradients summed or averaged per batch), learning rate, regularization
 * and mini-batch order, and, given `options.replay`, every change the learner made while it
 * trained, at its epoch. Prints `Epoch N, Loss: …` every 100 epochs (the loss of the weights at
 * the start of epoch N over all the training points, as the app's chart) and after the last
 * update, then the final predictions, like the tutorial.
 *
 * @param trainInputs the training set's feature vectors at the start, row-major
 *   (count × features.length)
 * @param trainTargets one target per training point
 * @throws RangeError if the data does not fit the features, the run has no epochs, or it is one
 *   no script is written for (unsupportedReason)
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
  const given = options.replay;
  const edited =
    given && (given.phases.length > 0 || given.startParams !== null || given.startEpoch > 0);
  const replay = edited ? given : null;
  const runs = [run, ...(replay?.phases.map((phase) => phase.after) ?? [])];
  const refusal = unsupportedReason(runs);
  if (refusal) throw new RangeError(refusal);
  const needs = needsOf(runs);
  const shuffleSeed = options.shuffleSeed ?? run.seed + 2;
  const epochs = replay?.epochs ?? run.epochTarget;
  const featureList = run.features.map((f) => FEATURE_TEXT[f]).join(', ');
  const data =
    run.dataset === 'xor'
      ? '# Sample dataset: the XOR truth table'
      : `# Sample dataset: the app's '${run.dataset}' training points`;
  const lossFunctions = needs.losses.map((loss) => LOSS_CODE[loss]).join('\n\n');
  const chosenLoss = needs.losses.length > 1 ? `\n\nloss_function = ${run.loss}_loss` : '';
  const training = trainingCode(run, needs, count, replay);

  return `${header(run, count, replay)}
import numpy as np

# Define network structure
${settingsCode(run, needs, shuffleSeed, epochs)}

${initCode(run, replay)}

${needs.activations.map((a) => ACTIVATION_CODE[a]).join('\n\n')}

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

${lossFunctions}${chosenLoss}

# Define the backpropagation function
def backpropagation(activations, actual):
    final_output = activations[-1]
${stepCode(needs)}

    # Output layer error and gradient. These "gradients" point downhill (they are minus the
    # loss's slope), which is why the updates below add them.
${gradientCode(needs)}

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
${updateCode(needs)}
${training.define === '' ? '' : `\n${training.define}\n`}
# Define a test function
def test_network(inputs):
    return forward_propagation(inputs)[-1]

${data}
# Input columns: ${featureList}
inputs = ${arrayLiteral(trainInputs, width, '')}
actual = ${arrayLiteral(trainTargets, 1, '')}

${training.run}

# The loss after the last update
print(f'Epoch {epochs}, Loss: {${lossCall(needs, run)}(actual, test_network(inputs))}')

# Test the network
print("Predictions after training:")
predictions = test_network(inputs)
print(predictions)
`;
}
