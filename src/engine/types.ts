/** Names of the activation functions a layer can use. */
export type ActivationName = 'sigmoid' | 'tanh' | 'relu' | 'linear';

/** Names of the losses. MSE as the tutorial prints it; BCE for probabilities. */
export type LossName = 'mse' | 'bce';

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
