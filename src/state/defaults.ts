/**
 * The first run and the ranges of the main sliders, all from the run-config table
 * (engine/run-config.ts).
 */
import { RUN_CONFIG, uiRange } from '@/engine/run-config';

/** The tutorial's run; defined beside the worker so that its tests use the same one. */
export { TUTORIAL_CONFIG } from '@/training/tutorial-config';

export const LEARNING_RATE_RANGE = uiRange(RUN_CONFIG.learningRate);
export const EPOCH_TARGET_RANGE = uiRange(RUN_CONFIG.epochTarget);
export const BATCH_SIZE_RANGE = uiRange(RUN_CONFIG.batchSize);
export const HIDDEN_NEURON_RANGE = {
  min: RUN_CONFIG.hiddenSizes.min,
  max: RUN_CONFIG.hiddenSizes.max,
} as const;

/** Speeds offered, in epochs per second; 0 is as fast as the engine goes. */
export const SPEEDS = RUN_CONFIG.speed.menu ?? [];
