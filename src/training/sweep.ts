/**
 * Seed sweep: "how reliable is this architecture?" Trains the same configuration from many
 * seeds, exactly as the trainer would (weights, data and shuffling all derived from the seed),
 * and records whether and when each run solves the task. Free of worker globals: runs in Node.
 */
import { isRegression } from '@/engine/datasets';
import { accuracy } from '@/engine/metrics';
import { Network } from '@/engine/network';
import { NumpyRandom } from '@/engine/random';
import { specOf } from '@/engine/run-config';
import { evaluateLoss, predictAll, trainEpoch, type TrainOptions } from '@/engine/train';
import type { TrainerConfig } from './protocol';
import { SessionData } from './session-data';
import { derivedSeed, SEED_OFFSET } from './run-state';

/** Solved means: tutorial XOR all four right and loss below this; regression test loss below it. */
export const LOSS_GOAL = 0.01;
/** Solved means, for the other classification sets: this share of the test points right. */
export const ACCURACY_GOAL = 0.95;

export interface SeedOutcome {
  readonly seed: number;
  readonly solved: boolean;
  /** The first checked epoch at which the criterion held; null if never within the target. */
  readonly epochsToSolve: number | null;
}

/** The success criterion in words, for the page to show next to the result. */
export function criterionText(config: Pick<TrainerConfig, 'dataset'>): string {
  if (config.dataset === 'xor') {
    return 'every prediction on the right side of 0.5 and training loss below 0.01';
  }
  if (isRegression(config.dataset)) return 'test loss below 0.01';
  return 'test accuracy of 95 % or more';
}

/**
 * Epochs between two checks of the criterion: every epoch up to a 1,000-epoch target, then
 * target / 1,000 (checking costs a pass over the data; a finer histogram would not show more).
 */
export function checkInterval(epochTarget: number): number {
  return Math.max(1, Math.ceil(epochTarget / 1000));
}

/** Trains one seed up to the epoch target, stopping at the first checked epoch that solves. */
export function trainSeed(config: TrainerConfig, seed: number): SeedOutcome {
  const data = new SessionData({ ...config, seed }, derivedSeed(seed, SEED_OFFSET.data));
  const net = Network.create(specOf(config), new NumpyRandom(seed), config.init);
  const shuffle = new NumpyRandom(derivedSeed(seed, SEED_OFFSET.shuffle));
  const options = trainOptions(config, data.trainSet.count, shuffle);
  const solved = solvedTest(config, data, net);
  const every = checkInterval(config.epochTarget);
  for (let epoch = 1; epoch <= config.epochTarget; epoch++) {
    // A loss that is no longer a number never comes back: the trainer stops there too.
    if (!Number.isFinite(trainEpoch(net, data.trainSet, options))) break;
    if ((epoch % every === 0 || epoch === config.epochTarget) && solved()) {
      return { seed, solved: true, epochsToSolve: epoch };
    }
  }
  return { seed, solved: false, epochsToSolve: null };
}

/** One outcome per seed, lazily: the caller decides when to yield, report or stop. */
export function* sweepSeeds(
  config: TrainerConfig,
  seeds: Iterable<number>,
): Generator<SeedOutcome, void, undefined> {
  for (const seed of seeds) yield trainSeed(config, seed);
}

/** The same update settings as Trainer.trainOptions, so a sweep run is the run the page trains. */
function trainOptions(config: TrainerConfig, count: number, shuffle: NumpyRandom): TrainOptions {
  const { learningRate, batchSize, reduction, regularization, regularizationRate } = config;
  return {
    learningRate,
    batchSize: batchSize > 0 ? Math.min(batchSize, count) : undefined,
    reduction,
    regularization,
    regularizationRate,
    shuffle: batchSize > 0 ? shuffle : undefined,
  };
}

function solvedTest(config: TrainerConfig, data: SessionData, net: Network): () => boolean {
  if (config.dataset === 'xor') {
    const { trainSet } = data;
    const outputs = new Float64Array(trainSet.count * trainSet.outputSize);
    return () => {
      if (evaluateLoss(net, trainSet) >= LOSS_GOAL) return false;
      predictAll(net, trainSet, outputs);
      return outputs.every((y, i) => y >= 0.5 === trainSet.targets[i]! >= 0.5);
    };
  }
  // With no test points left (all erased), the training points are all there is to judge.
  const judged = () => (data.testSet.count > 0 ? data.testSet : data.trainSet);
  if (isRegression(config.dataset)) return () => evaluateLoss(net, judged()) < LOSS_GOAL;
  return () => accuracy(net, judged()) >= ACCURACY_GOAL;
}
