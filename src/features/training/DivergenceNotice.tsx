import { useState } from 'react';
import { RUN_CONFIG } from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';
import type { RunRecord } from '@/training/run-record';
import { EXPLODED_LOSS } from '@/training/sanity';
import { useTraining } from '@/state/hooks';
import { formatCount, formatLearningRate, formatLoss } from '@/shared/format';

const MIN_RATE = RUN_CONFIG.learningRate.min;

/** A tenth of `rate`, rounded to two digits, but never below the slider's minimum. */
function lowerRate(rate: number): number | null {
  if (rate <= MIN_RATE) return null;
  return Math.max(MIN_RATE, Number((rate / 10).toPrecision(2)));
}

/** What else to change once the rate cannot go lower, from the settings that blew up. */
function otherChanges(config: TrainerConfig): string {
  const changes: string[] = [];
  if (config.outputActivation !== 'sigmoid') {
    changes.push(
      config.loss === 'bce'
        ? 'a sigmoid output (cross-entropy expects a probability)'
        : 'a sigmoid output',
    );
  }
  if (config.reduction === 'sum' && config.batchSize !== 1) changes.push('mean gradient reduction');
  if (config.hiddenActivation === 'relu') changes.push('tanh hidden neurons');
  return changes.length === 0
    ? 'Reset for fresh weights'
    : `${changes.join(' or ')}, or Reset for fresh weights`;
}

/**
 * Epochs within which a blow-up is put down to a weight typed in before it (rather than to the
 * rate alone): a wild weight overshoots at once or within a few updates.
 */
const TYPED_WEIGHT_WINDOW = 10;

/**
 * The last weight typed in at most TYPED_WEIGHT_WINDOW epochs before the blow-up, from the
 * record as it was before the run went back to `epoch`: `undone` if going back removed it (it
 * was typed in after `epoch`: the weight itself blew the loss up).
 */
function typedWeightBefore(
  record: RunRecord | null,
  epoch: number,
): { epoch: number; undone: boolean } | null {
  const typed = record?.edits.filter((edit) => edit.kind === 'setParam' && edit.epoch <= epoch + 1);
  const last = typed?.[typed.length - 1];
  if (!last || epoch - last.epoch > TYPED_WEIGHT_WINDOW) return null;
  return { epoch: last.epoch, undone: last.epoch > epoch };
}

/** A loss as the notice quotes it: whole above 1,000 (a blown-up one reads 103,446). */
const quoteLoss = (loss: number) =>
  loss >= 1000 ? formatCount(Math.round(loss)) : formatLoss(loss);

/**
 * Says that training blew up and where it went back to (the epoch and the loss there, which
 * may still be large), and offers the way out: a lower rate down to the minimum, then what else
 * to change.
 */
export function DivergenceNotice() {
  const diverged = useTraining((s) => s.snapshot?.diverged ?? false);
  const epoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const loss = useTraining((s) => s.snapshot?.loss ?? NaN);
  const config = useTraining((s) => s.config);
  const record = useTraining((s) => s.record);
  // The record before the blow-up: going back one epoch may cut the edit that caused it.
  const [healthyRecord, setHealthyRecord] = useState(record);
  if (!diverged && record !== healthyRecord) setHealthyRecord(record);
  const setLearningRate = useTraining((s) => s.setLearningRate);
  const reset = useTraining((s) => s.reset);
  const play = useTraining((s) => s.play);
  if (!diverged) return null;
  const rate = config.learningRate;
  if (!(loss <= EXPLODED_LOSS)) {
    // No epoch before to go back to (weights typed in before the first update): no rate helps.
    return (
      <div className="divergence" role="alert" data-diverged="true">
        <p>
          <strong>
            Training cannot go on from epoch {formatCount(epoch)}: the loss is already blown up.
          </strong>{' '}
          These weights give a loss of {Number.isFinite(loss) ? quoteLoss(loss) : 'no finite value'}
          , so no learning rate can help: change back the weights you typed in, or Reset.
        </p>
        <div className="divergence-actions">
          <button type="button" onClick={reset}>
            Reset
          </button>
        </div>
      </div>
    );
  }
  const lower = lowerRate(rate);
  const typed = typedWeightBefore(healthyRecord, epoch);
  return (
    <div className="divergence" role="alert" data-diverged="true">
      <p>
        <strong>Training stopped at epoch {formatCount(epoch)}: the loss blew up.</strong>{' '}
        {typed === null ? (
          <>
            At learning rate {formatLearningRate(rate)} each update overshoots and the weights grow
            without bound.
          </>
        ) : typed.undone ? (
          <>
            The weight you typed in at epoch {formatCount(typed.epoch)} blew it up at once; going
            back has undone it.
          </>
        ) : (
          <>
            It blew up after the weight you typed in at epoch {formatCount(typed.epoch)}: from
            there, updates at learning rate {formatLearningRate(rate)} overshoot. Change that weight
            back, or lower the rate.
          </>
        )}{' '}
        The network is back at the weights of epoch {formatCount(epoch)}, the last whose numbers
        were all finite, with a loss of <span data-rewound-loss={loss}>{quoteLoss(loss)}</span>.
      </p>
      {lower === null && (
        <p>
          The rate is already at its minimum, {formatLearningRate(MIN_RATE)}. Try{' '}
          {otherChanges(config)}.
        </p>
      )}
      <div className="divergence-actions">
        {lower !== null && (
          <button
            type="button"
            className="primary"
            onClick={() => {
              setLearningRate(lower);
              play();
            }}
          >
            Lower the rate to {formatLearningRate(lower)}
            {lower === MIN_RATE ? ' (its minimum)' : ''} and go on
          </button>
        )}
        <button type="button" onClick={reset}>
          Reset
        </button>
      </div>
    </div>
  );
}
