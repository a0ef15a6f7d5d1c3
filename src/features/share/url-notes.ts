/** A lesson's notes in a link (`notes=v1|300!Watch the plateau|…`): state/lesson-notes.ts. */
import { formatNotes, NOTES_KEY, parseNotes, type LessonNote } from '@/state/lesson-notes';
import type { Codec } from './url-codecs';

export const notesCodec: Codec<readonly LessonNote[]> = {
  key: NOTES_KEY,
  label: 'Lesson notes',
  format: formatNotes,
  // Whatever the fallback, a bad note is left out: the good ones are kept (with notices).
  parse(raw, _fallback, notices) {
    const read = parseNotes(raw);
    notices.push(...read.notices);
    return read.notes;
  },
  equal: (a, b) => formatNotes(a) === formatNotes(b),
};
