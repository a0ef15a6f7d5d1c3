/**
 * Saving the current model to a file and opening one: the page side of model-file.ts. Every
 * outcome the learner should know about becomes a notice; a file that cannot be opened changes
 * nothing.
 */
import { nearestOnMenu } from '@/engine/run-config';
import type { AppStores } from '@/state/app-stores';
import { SPEEDS } from '@/state/defaults';
import { MAX_MODEL_FILE_CHARS, modelToJson, parseModelJson } from './model-file';
import { fitEpochTarget } from './epoch-target';
import { withPace } from './run-link';
import { MAX_LIVE_REPLAY_SECONDS, quickToReplay } from './url-run';
import { downloadBlob } from '@/shared/download';
import { quoteUntrusted } from '@/shared/untrusted-text';
import { configAt } from '@/training/run-record';
import { insaneWeights } from '@/training/sanity';

type Stores = Pick<AppStores, 'training' | 'notices'>;

/** UTF-8 takes at most 4 bytes a character: a file past this cannot be within the limit. */
const MAX_MODEL_FILE_BYTES = MAX_MODEL_FILE_CHARS * 4;

/** Downloads the weights on screen with their settings and epoch, and the run's record. */
export function exportModel({ training, notices }: Stores): void {
  const { snapshot, record, config } = training.getState();
  if (!snapshot) return;
  let text: string;
  try {
    text = modelToJson(
      snapshot.trainedWith,
      snapshot.epoch,
      snapshot.layerSizes,
      snapshot.params,
      record ? withPace(record, config) : undefined,
    );
  } catch (error) {
    notices.getState().push(error instanceof Error ? error.message : String(error), 'error');
    return;
  }
  const name = `backprop-studio-${snapshot.trainedWith.dataset}-epoch-${snapshot.epoch}.json`;
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}

/** Opens a model file; on any problem an error notice, and the current model stays. */
export async function importModelFile(file: File, stores: Stores): Promise<void> {
  const { training, notices } = stores;
  // A file's name is chosen by whoever made the file: quoted without hidden characters.
  const name = quoteUntrusted(file.name, 60);
  const fail = (reason: string) =>
    notices.getState().push(`Could not open ${name}: ${reason}`, 'error');
  if (file.size > MAX_MODEL_FILE_BYTES) {
    fail(`the file is too large (${(file.size / 1e6).toFixed(1)} MB).`);
    return;
  }
  let text: string;
  try {
    text = await file.text();
  } catch {
    fail('the file could not be read.');
    return;
  }
  const parsed = parseModelJson(text);
  if (!parsed.ok) {
    fail(parsed.error);
    return;
  }
  const { params, record } = parsed.model;
  // The trainer would stop at once on such weights, and the notice would blame the rate.
  const insane = insaneWeights(parsed.model.config, { epoch: parsed.model.epoch, params });
  if (insane !== null) {
    fail(`the file's weights ${insane} on its data, so training could not go on from them.`);
    return;
  }
  // An epoch beyond the target would leave Play disabled for good: the target is raised (or,
  // past the longest run, the epoch lowered) with a notice.
  const replayed =
    record && quickToReplay(record, parsed.model.epoch, MAX_LIVE_REPLAY_SECONDS)
      ? fitEpochTarget(parsed.model.epoch, configAt(record, parsed.model.epoch).epochTarget)
      : null;
  if (record && replayed && replayed.epoch === parsed.model.epoch) {
    const { epoch } = replayed;
    // The run itself, replayed: its loss curve and its edits too, number for number.
    training.getState().replay(record, epoch);
    if (replayed.notice !== null) training.getState().setEpochTarget(replayed.epochTarget);
    notices.getState().push(`Opened ${name}: ${parsed.model.config.dataset}, epoch ${epoch}.`);
    if (replayed.notice !== null) notices.getState().push(replayed.notice);
    snapSpeed(stores);
    return;
  }
  const fitted = fitEpochTarget(parsed.model.epoch, parsed.model.config.epochTarget);
  const { epoch } = fitted;
  const config = { ...parsed.model.config, epochTarget: fitted.epochTarget };
  training.getState().loadModel(config, epoch, params);
  notices
    .getState()
    .push(
      record && !replayed
        ? `Opened ${name}: ${config.dataset}, epoch ${epoch}, from its weights (replaying its ${(epoch - (record.origin?.epoch ?? 0)).toLocaleString('en')} epochs would take too long), without the loss curve so far.`
        : `Opened ${name}: ${config.dataset}, epoch ${epoch}.`,
    );
  if (fitted.notice !== null) notices.getState().push(fitted.notice);
  snapSpeed(stores);
}

/**
 * A file may hold any speed in range (1e-9 epochs/s would never train); the Speed menu's nearest
 * is used instead, with a notice, as for a link.
 */
function snapSpeed({ training, notices }: Stores): void {
  const { speed } = training.getState().config;
  const nearest = nearestOnMenu(SPEEDS, speed);
  if (nearest === speed) return;
  training.getState().setSpeed(nearest);
  const label = SPEEDS.find((item) => item.value === nearest)?.label ?? String(nearest);
  notices
    .getState()
    .push(`The file's speed ${speed} is not on the Speed menu; using the nearest, ${label}.`);
}
