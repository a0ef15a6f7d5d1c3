/** Names of the activation functions a layer can use. */
export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'linear' | 'softmax';

/** The activations applied to each neuron on its own: every one but softmax (output layer only). */
export type ElementwiseActivationName = Exclude<ActivationName, 'softmax'>;

/**
 * Names of the losses. MSE as the tutorial prints it; BCE for probabilities; CE, categorical
 * cross-entropy −Σ t·ln p, for a softmax over k classes (reported per sample, not per output).
 */
export type LossName = 'mse' | 'bce' | 'ce';

/** Everything that fixes a network's shape and math (not its weights). */
export interface NetworkSpec {
  /** Neurons per layer, input first, output last: the tutorial is [2, 3, 1]. */
  readonly layerSizes: readonly number[];
  readonly hiddenActivation: ActivationName;
  readonly outputActivation: ActivationName;
  readonly loss: LossName;
}

/** A set of samples: inputs row-major (count × inputSize), targets row-major (count × outputSize). */
export interface Dataset {
  readonly inputs: Float64Array;
  readonly targets: Float64Array;
  readonly count: number;
  readonly inputSize: number;
  readonly outputSize: number;
}
