/**
 * The run a link carries besides its start settings: the epoch it opens at (`e`), the edits made
 * since the start (`edits`, url-log.ts) and the saved weights it started from, if any (`w`, with
 * their epoch as `we` when that is not `e`). Opening the link replays the record to `e`, so the
 * page shows the sender's numbers, bit for bit.
 *
 * Links from before records keep their meaning: `?e=3&w=…` are weights after 3 updates, opened at
 * epoch 3; a link without `e`, `edits` or `w` is a fresh run of its settings.
 */
import { paramCount } from '@/engine/network';
import { layerSizesOf, RUN_CONFIG } from '@/engine/run-config';
import type { TrainerConfig } from '@/training/protocol';
import type { ConfigPatch, RunEdit, RunOrigin, RunRecord } from '@/training/run-record';
import { numberCodec } from './url-codecs';
import { formatLog, LOG_KEY, parseLog } from './url-log';
import { encodeParams, readParams, WEIGHTS_KEY } from './url-weights';

/** A run as a link holds it: its record and the epoch it opens at. */
export interface LinkRun extends RunRecord {
  readonly epoch: number;
}

export const EPOCH_KEY = 'e';
export const ORIGIN_EPOCH_KEY = 'we';
/** The query keys of the run's record and epoch. */
export const RUN_KEYS: readonly string[] = [EPOCH_KEY, ORIGIN_EPOCH_KEY, LOG_KEY, WEIGHTS_KEY];

/** Highest epoch a link may claim (trainers never get near it). */
const MAX_EPOCH = 1e9;
/** Most epochs a link replays when it opens: the longest run links and files may ask for. */
export const MAX_REPLAY_EPOCHS = RUN_CONFIG.epochTarget.max;
/**
 * Longest replay (estimated) a link or a file may ask of the page that opens it: the trainer
 * replays before it answers, so the page shows the start until then.
 */
export const MAX_REPLAY_SECONDS = 10;
/**
 * The same for a page already running (an opened file): the worker supervisor replaces a trainer
 * silent for a second (worker/trainer-supervisor.ts), so the replay must end well before.
 */
export const MAX_LIVE_REPLAY_SECONDS = 0.5;

const epochCodec = (link: string, label: string) =>
  numberCodec({ link, label, min: 0, max: MAX_EPOCH, integer: true });

/**
 * Roughly how long one epoch of a run of `config` takes, in seconds, with `extraPoints` drawn
 * and, if points were imported, `imported` of them in place of the generated ones.
 */
function epochSeconds(config: TrainerConfig, extraPoints: number, imported: number | null): number {
  const training =
    imported !== null
      ? Math.round(imported * config.trainFraction)
      : config.dataset === 'xor'
        ? 4
        : Math.round(config.pointCount * config.trainFraction);
  const points = training + extraPoints;
  return 4e-6 + 1e-8 * paramCount(layerSizesOf(config)) * points;
}

/**
 * Roughly how long replaying `record` from its start to `epoch` takes, in seconds: per epoch, a
 * fixed cost plus one per weight and training point (measured on a laptop, with room to spare),
 * the network and the points growing as the edits make them.
 */
export function replaySeconds(record: RunRecord, epoch: number): number {
  let config = record.start;
  let drawn = 0;
  let imported: number | null = null;
  let at = record.origin?.epoch ?? 0;
  let seconds = 0;
  for (const edit of record.edits) {
    if (edit.epoch >= epoch) break;
    if (edit.epoch > at) {
      seconds += (edit.epoch - at) * epochSeconds(config, drawn, imported);
      at = edit.epoch;
    }
    if (edit.kind === 'configure') config = { ...config, ...edit.patch };
    if (edit.kind === 'addPoint') drawn++;
    if (edit.kind === 'points') [imported, drawn] = [edit.x.length, 0];
  }
  return seconds + Math.max(0, epoch - at) * epochSeconds(config, drawn, imported);
}

/** Whether opening `record` at `epoch` replays in about `limit` seconds or less. */
export function quickToReplay(record: RunRecord, epoch: number, limit: number): boolean {
  const replayed = epoch - (record.origin?.epoch ?? 0);
  return replayed <= MAX_REPLAY_EPOCHS && replaySeconds(record, epoch) <= limit;
}

/** The query pairs (encoded) for the record and the epoch: `e`, `edits`, `we`, `w`, as needed. */
export function runQueryPairs(run: LinkRun): string[] {
  const pairs: string[] = [];
  if (run.epoch !== 0) pairs.push(`${EPOCH_KEY}=${run.epoch}`);
  const log = formatLog(run.edits);
  // encodeURIComponent keeps "~" and "_" as they are, unlike URLSearchParams.
  if (log !== '') pairs.push(`${LOG_KEY}=${encodeURIComponent(log)}`);
  if (run.origin) {
    if (run.origin.epoch !== run.epoch) pairs.push(`${ORIGIN_EPOCH_KEY}=${run.origin.epoch}`);
    pairs.push(`${WEIGHTS_KEY}=${encodeParams(run.origin.params)}`);
  }
  return pairs;
}

/**
 * The record and epoch a link holds for the start settings `config` (already read). Never
 * throws: weights that don't fit, a damaged log or an impossible epoch are each dropped with a
 * notice; an epoch too long to replay opens the run at its start.
 */
export function readRun(
  raw: ReadonlyMap<string, string>,
  config: TrainerConfig,
  notices: string[],
): Omit<LinkRun, 'start'> {
  const params = readParams(raw, config, notices);
  const weightsRefused = raw.has(WEIGHTS_KEY) && params === null;
  const read = (key: string, label: string) => {
    const text = raw.get(key);
    return text === undefined ? undefined : epochCodec(key, label).parse(text, 0, notices);
  };
  const given = read(EPOCH_KEY, 'Epoch');
  const originGiven = read(ORIGIN_EPOCH_KEY, "The weights' epoch");
  if (originGiven !== undefined && !raw.has(WEIGHTS_KEY)) {
    notices.push("The link gives the weights' epoch but no weights; ignored.");
  }
  const originEpoch = params ? (originGiven ?? given ?? 0) : 0;
  // Refused weights mean a fresh start: not the sender's run at any epoch.
  let epoch = weightsRefused ? 0 : (given ?? originEpoch);
  if (epoch < originEpoch) {
    notices.push(
      `The link opens at epoch ${epoch}, before its weights' epoch ${originEpoch}; using ${originEpoch}.`,
    );
    epoch = originEpoch;
  }
  const logText = raw.get(LOG_KEY);
  const edits =
    logText === undefined ? [] : (parseLog(logText, config, originEpoch, notices) ?? []);
  const origin = params ? { epoch: originEpoch, params } : null;
  if (!quickToReplay({ start: config, origin, edits }, epoch, MAX_REPLAY_SECONDS)) {
    notices.push(
      `Replaying the link's ${(epoch - originEpoch).toLocaleString('en')} epochs would take this page too long: it opens at epoch ${originEpoch} instead, and its changes come as it trains.`,
    );
    epoch = originEpoch;
  }
  return { origin, edits, epoch };
}

/** Settings that change nothing before the first update but what the updates do. */
const FOLD_ALWAYS: ReadonlySet<string> = new Set<keyof TrainerConfig>([
  'learningRate',
  'batchSize',
  'reduction',
  'regularization',
  'regularizationRate',
  'hiddenActivation',
  'outputActivation',
  'loss',
]);
/** Settings that regenerate the points: the same points as a start with them, until drawn on. */
const FOLD_UNTIL_DRAWN: ReadonlySet<string> = new Set<keyof TrainerConfig>([
  'dataset',
  'noise',
  'trainFraction',
  'pointCount',
]);

/**
 * The same run with the settings changed before its first update moved into its start, so that
 * "set the rate to 0.4, then Play" gives `?lr=0.4` rather than a logged change. Only changes
 * that give the very same numbers either way move: not a resize or new inputs (they draw new
 * weights), not the initialisation (it only applies to fresh weights), not points regenerated
 * after some were drawn or erased.
 */
export function foldStart(record: RunRecord): RunRecord {
  const startEpoch = record.origin?.epoch ?? 0;
  let start = record.start;
  let drawn = false;
  const edits: RunEdit[] = [];
  for (const edit of record.edits) {
    if (edit.epoch > startEpoch || edit.kind !== 'configure') {
      if (edit.kind !== 'configure' && edit.kind !== 'setParam') drawn = true;
      edits.push(edit);
      continue;
    }
    const folded: Record<string, unknown> = {};
    const kept: Record<string, unknown> = {};
    for (const [key, value] of Object.entries(edit.patch)) {
      const foldable = FOLD_ALWAYS.has(key) || (FOLD_UNTIL_DRAWN.has(key) && !drawn);
      (foldable ? folded : kept)[key] = value;
    }
    start = { ...start, ...(folded as ConfigPatch) };
    if (Object.keys(kept).length > 0) edits.push({ ...edit, patch: kept as ConfigPatch });
  }
  return edits.length === record.edits.length && start === record.start
    ? record
    : { start, origin: record.origin, edits };
}

/** What opening a link replays, or null for a fresh run of its settings (nothing to replay). */
export function linkReplay(run: LinkRun): { record: RunRecord; epoch: number } | null {
  if (run.origin === null && run.edits.length === 0 && run.epoch === 0) return null;
  const origin: RunOrigin | null = run.origin;
  return { record: { start: run.start, origin, edits: run.edits }, epoch: run.epoch };
}
