/**
 * Saving the current model to a file and opening one: the page side of model-file.ts. Every
 * outcome the learner should know about becomes a notice; a file that cannot be opened changes
 * nothing.
 */
import type { AppStores } from '@/state/app-stores';
import { MAX_MODEL_FILE_CHARS, modelToJson, parseModelJson } from './model-file';
import { downloadBlob } from '@/shared/download';

type Stores = Pick<AppStores, 'training' | 'notices'>;

/** UTF-8 takes at most 4 bytes a character: a file past this cannot be within the limit. */
const MAX_MODEL_FILE_BYTES = MAX_MODEL_FILE_CHARS * 4;

/** Downloads the weights on screen with their settings and epoch. */
export function exportModel({ training, notices }: Stores): void {
  const snapshot = training.getState().snapshot;
  if (!snapshot) return;
  let text: string;
  try {
    text = modelToJson(snapshot.trainedWith, snapshot.epoch, snapshot.layerSizes, snapshot.params);
  } catch (error) {
    notices.getState().push(error instanceof Error ? error.message : String(error), 'error');
    return;
  }
  const name = `backprop-studio-${snapshot.trainedWith.dataset}-epoch-${snapshot.epoch}.json`;
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}

/** Opens a model file; on any problem an error notice, and the current model stays. */
export async function importModelFile(file: File, { training, notices }: Stores): Promise<void> {
  const fail = (reason: string) =>
    notices.getState().push(`Could not open “${file.name}”: ${reason}`, 'error');
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
  const { config, epoch, params } = parsed.model;
  training.getState().loadModel(config, epoch, params);
  notices.getState().push(`Opened “${file.name}”: ${config.dataset}, epoch ${epoch}.`);
}
