/**
 * The run on screen as a link holds it (url-run.ts), and when it cannot: a record too long for
 * a link, or too slow to replay where it is opened, gives way to the weights on screen.
 */
import type { TrainingState } from '@/state/training-store';
import type { RunRecord, TrainerConfig } from '@/training/protocol';
import { foldStart, MAX_REPLAY_SECONDS, quickToReplay, type LinkRun } from './url-run';
import { LINK_QUERY_LIMIT, serializeRun, type ViewOptions } from './url-state';

/**
 * The record with the page's pace settings: the worker sends a record when an edit changes it,
 * and speed and the epoch target are never edits.
 */
export function withPace(record: RunRecord, config: TrainerConfig): RunRecord {
  const { speed, epochTarget } = config;
  if (record.start.speed === speed && record.start.epochTarget === epochTarget) return record;
  return { ...record, start: { ...record.start, speed, epochTarget } };
}

/** The run the page trains, opened at `epoch`; null until the trainer has reported. */
export function linkRunOf(
  state: Pick<TrainingState, 'config' | 'record'>,
  epoch: number,
): LinkRun | null {
  if (!state.record) return null;
  return { ...foldStart(withPace(state.record, state.config)), epoch };
}

/** Why `run` cannot travel as its record (its query `query`), or null if it can. */
export function recordRefusal(run: LinkRun, query: string): string | null {
  if (query.length > LINK_QUERY_LIMIT) {
    return `This run's log of ${run.edits.length.toLocaleString('en')} changes is too long for a link`;
  }
  if (!quickToReplay(run, run.epoch, MAX_REPLAY_SECONDS)) {
    const replayed = run.epoch - (run.origin?.epoch ?? 0);
    return `Replaying this run's ${replayed.toLocaleString('en')} epochs would take too long where the link is opened`;
  }
  return null;
}

/** What a link with the weights instead of the record leaves out, for the notice. */
export function weightsCaveat(run: LinkRun): string {
  const imported = run.edits.some((edit) => edit.kind === 'points');
  const drew =
    imported ||
    run.edits.some(
      (edit) => edit.kind === 'addPoint' || edit.kind === 'erase' || edit.kind === 'regenerate',
    );
  const shuffled =
    run.start.batchSize > 0 ||
    run.edits.some((edit) => edit.kind === 'configure' && (edit.patch.batchSize ?? 0) > 0);
  const lost = drew
    ? `the loss curve so far and the points ${imported ? 'imported, ' : ''}drawn, erased or regenerated`
    : 'the loss curve so far';
  const shuffles = shuffled ? '; its mini-batches will be shuffled differently from there on' : '';
  return `so the link carries the weights at epoch ${run.epoch.toLocaleString('en')} instead. It opens with the same weights and settings, without ${lost}${shuffles}.`;
}

/** The query of `run` for the address bar or a link, null if the record cannot travel. */
export function recordQuery(run: LinkRun, view: ViewOptions): string | null {
  const query = serializeRun(run, view);
  return recordRefusal(run, query) === null ? query : null;
}
