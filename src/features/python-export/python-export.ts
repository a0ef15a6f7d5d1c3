/** "Export as Python": the current run rewritten as a NumPy script (engine/export-python.ts). */
import { exportPython } from './export-python';
import type { TrainingMoment } from '@/state/training-store';
import { derivedSeed, SEED_OFFSET } from '@/training/trainer';

/** The name the script downloads under. */
export const PYTHON_FILE_NAME = 'backprop-studio.py';

/**
 * A script that retrains this run from its seed: the snapshot's settings and training set, and
 * the trainer's mini-batch shuffle seed, so that it visits the rows in the same order.
 */
export function pythonScriptOf(snapshot: TrainingMoment): string {
  const { trainedWith: config } = snapshot;
  return exportPython(config, snapshot.inputs, snapshot.targets, {
    shuffleSeed: derivedSeed(config.seed, SEED_OFFSET.shuffle),
  });
}
