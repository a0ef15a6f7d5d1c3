/**
 * What counts as a blown-up run: checked by the trainer before every update, and by the page
 * before it opens saved weights (a model file, a link's `w=`), so that a run never starts from
 * weights it would itself refuse.
 */
import type { HistoryRow } from './history-recorder';
import type { TrainerConfig } from './protocol';
import type { RunOrigin } from './run-record';
import { RunState } from './run-state';

/**
 * A loss past this (or NaN) means training has blown up: long before floats overflow, the
 * weights are useless and the picture says nothing. Far above any honest loss (BCE of a sure,
 * wrong answer is about 28).
 */
export const EXPLODED_LOSS = 1e6;

/** Branch-free, as it runs on every epoch: x · 0 is 0 for a finite x and NaN otherwise. */
function allFinite(values: Float64Array): boolean {
  let probe = 0;
  for (let i = 0; i < values.length; i++) probe += values[i]! * 0;
  return probe === 0;
}

/**
 * Whether `state`, just measured as `row`, is fit to train on and to show: a sane loss, and every
 * weight, bias and output finite. ReLU maps NaN to 0 and BCE clamps its input, so a loss can stay
 * finite over NaN weights or infinite outputs: each is checked on its own.
 */
export function isSane(state: RunState, row: HistoryRow): boolean {
  return (
    row.trainLoss <= EXPLODED_LOSS &&
    allFinite(state.net.params) &&
    allFinite(state.trainPredictions) &&
    (state.testPredictions === state.trainPredictions || allFinite(state.testPredictions))
  );
}

/**
 * What is wrong with saved weights as the start of a run of `config` ("give a non-finite loss"),
 * or null if nothing is: the test the trainer applies before every update.
 */
export function insaneWeights(config: TrainerConfig, origin: RunOrigin): string | null {
  const state = new RunState(config, origin);
  const row = state.measure();
  if (isSane(state, row)) return null;
  if (!Number.isFinite(row.trainLoss)) return 'give a non-finite loss';
  if (row.trainLoss > EXPLODED_LOSS) {
    return `give a loss of ${row.trainLoss.toPrecision(3)}, far past any sane one`;
  }
  return allFinite(state.net.params) ? 'give non-finite outputs' : 'are not all finite numbers';
}
