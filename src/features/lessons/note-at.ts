import type { LessonNote } from '@/state/lesson-notes';

/** The note a run at `epoch` shows: the last one it has reached (notes are in epoch order). */
export function noteAt(notes: readonly LessonNote[], epoch: number): LessonNote | null {
  let shown: LessonNote | null = null;
  for (const note of notes) {
    if (note.epoch > epoch) break;
    shown = note;
  }
  return shown;
}
