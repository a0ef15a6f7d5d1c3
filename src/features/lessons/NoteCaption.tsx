import { useEffect, useState } from 'react';
import { useStores, useTraining, useView } from '@/state/hooks';
import { formatCount } from '@/shared/format';
import { noteAt } from './note-at';
import './lessons.css';

/**
 * A lesson's note as a caption, big enough for the back of a hall, once the run reaches its
 * epoch; read out by screen readers as it appears. Training pauses by itself at the notes marked
 * "pause here" (the worker stops exactly there).
 */
export function NoteCaption() {
  const { training } = useStores();
  const notes = useView((s) => s.lessonNotes);
  const epoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const running = useTraining((s) => s.snapshot?.running ?? false);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    training.getState().pauseAt(notes.filter((note) => note.pause).map((note) => note.epoch));
  }, [notes, training]);

  const note = noteAt(notes, epoch);
  const key = note && `${note.epoch}:${note.text}`;
  // Back before the note (a reset, a preview): it may show again.
  if (dismissed !== null && key !== dismissed) setDismissed(null);
  const shown = note !== null && key !== dismissed;
  return (
    <div className="lesson-caption-slot" aria-live="polite">
      {shown && (
        <figure className="lesson-caption" data-note-epoch={note.epoch}>
          <figcaption>
            <span className="lesson-caption-epoch">Epoch {formatCount(note.epoch)}</span>
            {note.pause && note.epoch === epoch && !running && (
              <span className="lesson-caption-paused"> · paused here: press Play to go on</span>
            )}
          </figcaption>
          <p>{note.text}</p>
          <button
            type="button"
            className="lesson-caption-close"
            aria-label="Hide this note"
            onClick={() => setDismissed(key)}
          >
            ×
          </button>
        </figure>
      )}
    </div>
  );
}
