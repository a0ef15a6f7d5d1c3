/** Shared by the model-file tests: the tutorial's file, edited, and the error a file gets. */
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { modelToJson, parseModelJson } from './model-file';

export const TUTORIAL_PARAMS = Float64Array.from({ length: 13 }, (_, i) => Math.sin(i + 1) / 3);

export function tutorialFile(): string {
  return modelToJson(TUTORIAL_CONFIG, 1000, [2, 3, 1], TUTORIAL_PARAMS);
}

/** The tutorial's file as an object, changed by `edit`, back to text. */
export function edited(edit: (file: Record<string, unknown>) => void): string {
  const file = JSON.parse(tutorialFile()) as Record<string, unknown>;
  edit(file);
  return JSON.stringify(file);
}

export function errorOf(text: string): string {
  const result = parseModelJson(text);
  if (result.ok) throw new Error('expected the file to be refused');
  return result.error;
}
