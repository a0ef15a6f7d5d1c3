import { DEFAULT_RUN_CONFIG } from '@/engine/run-config';
import type { TrainerConfig } from './protocol';

/**
 * The tutorial's run: 2-3-1 sigmoid, MSE, learning rate 1, 1000 epochs, seed 0, 300 epochs/s.
 * The run-config table's defaults; named here so that the worker's tests use the same run.
 */
export const TUTORIAL_CONFIG: TrainerConfig = DEFAULT_RUN_CONFIG;
