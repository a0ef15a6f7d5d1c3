/**
 * A link or a file may open at an epoch beyond its own target (`?e=1000000000&epochs=100`), which
 * would leave Play disabled for good. The target is raised to make room; past the longest run the
 * app offers, the epoch itself is brought down to fit.
 */
import { RUN_CONFIG } from '@/engine/run-config';

const MAX_TARGET = RUN_CONFIG.epochTarget.max;

export interface FittedEpoch {
  readonly epoch: number;
  readonly epochTarget: number;
  /** What changed and why, or null when the epoch was within the target. */
  readonly notice: string | null;
}

const count = (n: number) => n.toLocaleString('en');

/**
 * The epoch and target to open at: unchanged if `epoch` is within `epochTarget`; else the target
 * raised by the epoch (as many epochs still to train as the target asked for), and past the
 * longest run, the epoch lowered so that the run still has those epochs to go.
 */
export function fitEpochTarget(epoch: number, epochTarget: number): FittedEpoch {
  if (epoch <= epochTarget) return { epoch, epochTarget, notice: null };
  if (epoch + epochTarget <= MAX_TARGET) {
    const raised = epoch + epochTarget;
    return {
      epoch,
      epochTarget: raised,
      notice: `Epoch ${count(epoch)} is beyond the target of ${count(epochTarget)} epochs; the target is now ${count(raised)}.`,
    };
  }
  const lowered = Math.max(0, MAX_TARGET - epochTarget);
  return {
    epoch: lowered,
    epochTarget: MAX_TARGET,
    notice: `Epoch ${count(epoch)} is beyond the longest run (${count(MAX_TARGET)} epochs): the weights open at epoch ${count(lowered)}, with a target of ${count(MAX_TARGET)}.`,
  };
}
