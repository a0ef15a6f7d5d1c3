/**
 * Output and loss that do not fit each other or the targets: said in one line with the setting
 * that fixes it, never refused (a mismatch can be worth seeing).
 */
import { isRegression, type DatasetName } from '@/state/options';
import type { TrainerConfig } from '@/training/protocol';

export interface Mismatch {
  readonly text: string;
  /** What the fix button says, and the settings it applies. */
  readonly fixLabel: string;
  readonly fix: Partial<TrainerConfig>;
}

const NAMES: Readonly<Record<string, string>> = {
  sigmoid: 'sigmoid',
  tanh: 'tanh',
  relu: 'ReLU',
  linear: 'linear',
  softmax: 'softmax',
};

/** The first mismatch of `config`'s output activation, loss and dataset, or null. */
export function outputMismatch(
  config: Pick<TrainerConfig, 'outputActivation' | 'loss'> & { readonly dataset: DatasetName },
): Mismatch | null {
  const output = NAMES[config.outputActivation] ?? config.outputActivation;
  if (isRegression(config.dataset)) {
    if (config.loss !== 'mse') {
      return {
        text: 'Cross-entropy scores classes, but these targets are values from −1 to 1.',
        fixLabel: 'Use squared error and a linear output',
        fix: { loss: 'mse', outputActivation: 'linear' },
      };
    }
    if (config.outputActivation === 'sigmoid' || config.outputActivation === 'softmax') {
      return {
        text: `The targets run from −1 to 1, but a ${output} output stays between 0 and 1.`,
        fixLabel: 'Use a linear output',
        fix: { outputActivation: 'linear' },
      };
    }
    return null;
  }
  if (config.loss === 'bce' && config.outputActivation === 'softmax') {
    return {
      text: 'Softmax outputs share one probability between the classes: score them with categorical cross-entropy.',
      fixLabel: 'Use categorical cross-entropy',
      fix: { loss: 'ce' },
    };
  }
  if (config.loss === 'bce' && config.outputActivation !== 'sigmoid') {
    return {
      text: `Cross-entropy needs outputs between 0 and 1, and a ${output} output leaves them.`,
      fixLabel: 'Use a sigmoid output',
      fix: { outputActivation: 'sigmoid' },
    };
  }
  if (config.loss === 'ce' && config.outputActivation !== 'softmax') {
    return {
      text: `Categorical cross-entropy needs class probabilities, and a ${output} output gives none.`,
      fixLabel: 'Use a softmax output',
      fix: { outputActivation: 'softmax' },
    };
  }
  return null;
}
