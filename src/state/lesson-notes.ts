/**
 * A teacher's notes pinned to epochs of a lesson's run ("watch the plateau" at 300, "now h3
 * wakes up" at 1200), each optionally pausing training there. A link carries them as one query
 * value, versioned, readable and short:
 *
 *     notes=v1|300!Watch the plateau|1200:Now h3 wakes up
 *
 * Each note is its epoch, then `!` (pause there) or `:` (no pause), then its text; a `|` or `\`
 * in the text is written `\|` or `\\`. The value comes from a stranger's link, so reading it
 * checks everything: hidden characters are stripped, texts and counts are limited, and each
 * problem is one notice while the good notes are kept.
 */
import { RUN_CONFIG } from '@/engine/run-config';
import { quoteUntrusted, stripHidden } from '@/shared/untrusted-text';

export interface LessonNote {
  /** The note appears when the run reaches this epoch. */
  readonly epoch: number;
  readonly text: string;
  /** Training pauses exactly at `epoch`. */
  readonly pause: boolean;
}

export const NOTES_KEY = 'notes';
const VERSION = 'v1';
export const MAX_NOTES = 20;
export const MAX_NOTE_LENGTH = 120;
/** The longest value read: every note at its longest, each character escaped. */
const MAX_VALUE_LENGTH = VERSION.length + MAX_NOTES * (10 + 2 * MAX_NOTE_LENGTH);
/** The last epoch a run can reach (the highest epoch target a link may set). */
export const MAX_NOTE_EPOCH = RUN_CONFIG.epochTarget.max;
/** Past this many problems with the notes, the rest are summed up in one notice. */
const MAX_NOTICES = 3;

/** The query value for `notes` ('' when there are none). */
export function formatNotes(notes: readonly LessonNote[]): string {
  if (notes.length === 0) return '';
  const escaped = (text: string) => text.replace(/[\\|]/g, (ch) => `\\${ch}`);
  const entries = sortNotes(notes).map(
    (note) => `${note.epoch}${note.pause ? '!' : ':'}${escaped(note.text)}`,
  );
  return [VERSION, ...entries].join('|');
}

/** The notes in the order they appear: by epoch. */
export function sortNotes(notes: readonly LessonNote[]): LessonNote[] {
  return [...notes].sort((a, b) => a.epoch - b.epoch);
}

/** A note's text as the app keeps it: hidden characters gone, spaces trimmed, length limited. */
export function cleanNoteText(raw: string): string {
  return [...stripHidden(raw).trim()].slice(0, MAX_NOTE_LENGTH).join('').trim();
}

/** Splits on `|` not escaped by `\`, and unescapes. */
function splitEntries(value: string): string[] {
  const entries: string[] = [];
  let current = '';
  for (let i = 0; i < value.length; i++) {
    const ch = value[i]!;
    if (ch === '\\' && i + 1 < value.length) current += value[++i];
    else if (ch === '|') {
      entries.push(current);
      current = '';
    } else current += ch;
  }
  entries.push(current);
  return entries;
}

export interface ReadNotes {
  readonly notes: LessonNote[];
  readonly notices: string[];
}

/** Reads a link's `notes` value. Never throws: a bad note is left out with a notice. */
export function parseNotes(value: string | null): ReadNotes {
  if (value === null || value === '') return { notes: [], notices: [] };
  if (value.length > MAX_VALUE_LENGTH) {
    return {
      notes: [],
      notices: [
        `The lesson notes are too long (${value.length} characters, at most ${MAX_VALUE_LENGTH}); they were left out.`,
      ],
    };
  }
  const [version, ...entries] = splitEntries(value);
  if (version !== VERSION) {
    return {
      notes: [],
      notices: [
        `The lesson notes (${quoteUntrusted(value)}) are not in a format this app reads: they should start with “${VERSION}|”. They were left out.`,
      ],
    };
  }
  const notes: LessonNote[] = [];
  const notices: string[] = [];
  entries.forEach((entry, index) => {
    const problem = readEntry(entry, notes);
    if (typeof problem === 'string')
      notices.push(`Lesson note ${index + 1} was left out: ${problem}.`);
    else notes.push(problem);
  });
  if (notes.length > MAX_NOTES) {
    notices.push(
      `Only the first ${MAX_NOTES} lesson notes were kept (the link has ${notes.length}).`,
    );
    notes.length = MAX_NOTES;
  }
  if (notices.length > MAX_NOTICES) {
    const rest = notices.length - (MAX_NOTICES - 1);
    notices.splice(MAX_NOTICES - 1, rest, `…and ${rest} more problems with the lesson notes.`);
  }
  return { notes: sortNotes(notes), notices };
}

/** One note, or what is wrong with it. */
function readEntry(entry: string, kept: readonly LessonNote[]): LessonNote | string {
  const match = /^(\d{1,7})([!:])([\s\S]*)$/.exec(entry);
  if (!match) {
    return `${quoteUntrusted(entry)} is not an epoch followed by “!” or “:” and a text`;
  }
  const epoch = Number(match[1]);
  if (epoch > MAX_NOTE_EPOCH) {
    return `its epoch ${epoch} is past the last one a run can reach (${MAX_NOTE_EPOCH.toLocaleString('en')})`;
  }
  const text = stripHidden(match[3]!).trim();
  if (text === '') return 'it has no text';
  if ([...text].length > MAX_NOTE_LENGTH) {
    return `its text is longer than ${MAX_NOTE_LENGTH} characters`;
  }
  if (kept.some((note) => note.epoch === epoch)) return `another note is at epoch ${epoch}`;
  return { epoch, text, pause: match[2] === '!' };
}
