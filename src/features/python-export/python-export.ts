/** "Export as Python": the current run rewritten as a NumPy script (export-python.ts). */
import type { TrainingMoment } from '@/state/training-store';
import type { RunRecord, TrainerConfig } from '@/training/protocol';
import { derivedSeed, SEED_OFFSET } from '@/training/run-state';
import { exportPython } from './export-python';
import { unsupportedReason } from './python-code';
import { replayForPython } from './python-replay';

/** The name the script downloads under. */
export const PYTHON_FILE_NAME = 'backprop-studio.py';

/**
 * Why no script can be written for this run (a softmax or several outputs, at its start or after
 * an edit), or null: said to the learner instead of a script whose numbers would differ.
 */
export function pythonRefusalOf(record: RunRecord | null, config: TrainerConfig): string | null {
  if (!record) return unsupportedReason([config]);
  const configs = [record.start];
  for (const edit of record.edits) {
    if (edit.kind === 'configure') configs.push({ ...configs.at(-1)!, ...edit.patch });
  }
  return unsupportedReason([...configs, config]);
}

/**
 * A script that retrains this run from its seed, with the trainer's mini-batch shuffle seed so
 * that it visits the rows in the same order. Given the run's record, it replays it: the start's
 * settings and points, and every change the learner made at the epoch it was made (the record
 * is replayed here for the states to write out), up to today's epoch target (from `config`) or
 * the epoch on screen, whichever is later.
 */
export function pythonScriptOf(
  snapshot: TrainingMoment,
  record: RunRecord | null = null,
  config: TrainerConfig = snapshot.trainedWith,
): string {
  if (!record) {
    const { trainedWith } = snapshot;
    return exportPython(trainedWith, snapshot.inputs, snapshot.targets, {
      shuffleSeed: derivedSeed(trainedWith.seed, SEED_OFFSET.shuffle),
    });
  }
  // The record's start carries the pace of its last edit; the epoch target is today's, or the
  // epoch on screen if the learner stepped past it.
  const start = { ...record.start, epochTarget: Math.max(config.epochTarget, snapshot.epoch) };
  const { inputs, targets, replay } = replayForPython({ ...record, start });
  return exportPython(start, inputs, targets, {
    shuffleSeed: derivedSeed(start.seed, SEED_OFFSET.shuffle),
    replay,
  });
}
