/**
 * Saving the current model to a file and opening one: the page side of model-file.ts. Every
 * outcome the learner should know about becomes a notice; a file that cannot be opened changes
 * nothing.
 */
import { trainingStore } from '@/state/app-store';
import { MAX_MODEL_FILE_CHARS, modelToJson, parseModelJson } from './model-file';
import { noticeStore } from '@/shared/notice-store';
import { downloadBlob } from '@/shared/download';

/** UTF-8 takes at most 4 bytes a character: a file past this cannot be within the limit. */
const MAX_MODEL_FILE_BYTES = MAX_MODEL_FILE_CHARS * 4;

/** Downloads the weights on screen with their settings and epoch. */
export function exportModel(): void {
  const snapshot = trainingStore.getState().snapshot;
  if (!snapshot) return;
  let text: string;
  try {
    text = modelToJson(snapshot.config, snapshot.epoch, snapshot.layerSizes, snapshot.params);
  } catch (error) {
    noticeStore.getState().push(error instanceof Error ? error.message : String(error), 'error');
    return;
  }
  const name = `backprop-studio-${snapshot.config.dataset}-epoch-${snapshot.epoch}.json`;
  downloadBlob(new Blob([text], { type: 'application/json' }), name);
}

/** Opens a model file; on any problem an error notice, and the current model stays. */
export async function importModelFile(file: File): Promise<void> {
  const fail = (reason: string) =>
    noticeStore.getState().push(`Could not open “${file.name}”: ${reason}`, 'error');
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
  trainingStore.getState().loadModel(config, epoch, params);
  noticeStore.getState().push(`Opened “${file.name}”: ${config.dataset}, epoch ${epoch}.`);
}
