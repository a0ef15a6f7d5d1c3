/**
 * One short explanation per idea the page shows, written for someone meeting it for the first
 * time. Controls use them as tooltips (title) and the glossary dialog lists them all.
 */
export interface GlossaryEntry {
  readonly term: string;
  readonly text: string;
}

export const GLOSSARY = {
  weight: {
    term: 'Weight',
    text: 'How strongly one neuron’s output pushes the next neuron: a line in the graph. Blue lines are positive, orange dashed ones negative, thicker is stronger. Training adjusts every weight.',
  },
  bias: {
    term: 'Bias',
    text: 'A number each neuron adds to its weighted sum before the activation, so it can fire even when all its inputs are zero: the small square on a neuron.',
  },
  activation: {
    term: 'Activation',
    text: 'The function a neuron applies to its weighted sum plus bias, such as sigmoid or ReLU. Without it, any stack of layers would be one straight line.',
  },
  loss: {
    term: 'Loss',
    text: 'One number for how wrong the network’s outputs are on the training data: the mean squared error, mean((t − y)²) over the N rows, as the tutorial prints it (or the mean cross-entropy). Training moves the weights to make it smaller.',
  },
  learningRate: {
    term: 'Learning rate',
    text: 'How big a step each update takes downhill along the gradient. Too small learns slowly; too large overshoots and can blow up.',
  },
  epoch: {
    term: 'Epoch',
    text: 'One pass over all the training data. Training stops by itself at the epoch target.',
  },
  batch: {
    term: 'Batch size',
    text: 'How many samples go into one weight update. Full batch uses them all at once, as the tutorial does; small batches update more often and more noisily.',
  },
  feature: {
    term: 'Input feature',
    text: 'A number computed from each point and fed to the network, such as x1, x1² or sin x1. Better features can make a problem easy for a small network.',
  },
  hiddenLayer: {
    term: 'Hidden layer',
    text: 'A layer of neurons between the inputs and the output. More neurons and layers can draw more complicated boundaries.',
  },
  regularization: {
    term: 'Regularization',
    text: 'A penalty on large weights added to the loss. L1 pushes weights to exactly zero, L2 shrinks them all; both fight overfitting.',
  },
  testData: {
    term: 'Test data',
    text: 'Points the network never trains on. Their loss shows whether it learned the pattern or only memorised the training points.',
  },
  seed: {
    term: 'Seed',
    text: 'The starting number of the random generator. The same seed gives the same starting weights and data, so a run can be repeated exactly.',
  },
  gradient: {
    term: 'Gradient',
    text: 'For each weight, ∂E/∂w: how fast E = ½·Σ(t − y)² changes as that weight grows a little. The tutorial’s update follows E, which is N/2 times the printed mean squared error, so each gradient is N/2 times the slope of the printed loss. Backpropagation computes all of them in one backward pass.',
  },
  speed: {
    term: 'Speed',
    text: 'Epochs trained per second. Slow it down to watch single steps; full speed trains as fast as this computer can.',
  },
  presenter: {
    term: 'Presenter mode',
    text: 'Larger type and higher contrast for a projector, with the controls you choose hidden. The link keeps it.',
  },
} as const satisfies Record<string, GlossaryEntry>;

export type GlossaryKey = keyof typeof GLOSSARY;

/** The entries in the order the glossary lists them. */
export const GLOSSARY_ENTRIES: readonly GlossaryEntry[] = Object.values(GLOSSARY);
