import { useEffect, useState } from 'react';
import { useStores, useTraining, useView } from '@/state/hooks';
import { formatCount } from '@/shared/format';
import { noteAt } from './note-at';
import './lessons.css';

/**
 * A lesson's notes as captions: once the run reaches a note's epoch, the note shows in a band
 * under the header, big enough for the back of a hall, and is read out by screen readers.
 * Before the first one, the band says where it is. Training pauses by itself at the notes marked
 * "pause here" (the worker stops exactly there).
 */
export function NoteCaption() {
  const { training } = useStores();
  const notes = useView((s) => s.lessonNotes);
  const epoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const running = useTraining((s) => s.snapshot?.running ?? false);
  const [dismissed, setDismissed] = useState<string | null>(null);

  useEffect(() => {
    const epochs = notes.filter((note) => note.pause).map((note) => note.epoch);
    const { pauseEpochs, pauseAt } = training.getState();
    if (epochs.join() !== pauseEpochs.join()) pauseAt(epochs);
  }, [notes, training]);

  const note = noteAt(notes, epoch);
  const key = note && `${note.epoch}:${note.text}`;
  // Back before the note (a reset, a preview): it may show again.
  if (dismissed !== null && key !== dismissed) setDismissed(null);
  const first = notes[0];
  return (
    <div className="lesson-caption-slot" aria-live="polite">
      {note !== null && key !== dismissed && (
        <figure className="lesson-caption" data-note-epoch={note.epoch}>
          <figcaption>
            Epoch {formatCount(note.epoch)}
            {note.pause && note.epoch === epoch && !running && (
              <> · paused here: press Play to go on</>
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
      {note === null && first && (
        <p className="lesson-caption-next">
          This run has {notes.length === 1 ? 'a note' : `${notes.length} notes`} for the class; the
          first shows at epoch {formatCount(first.epoch)}.
        </p>
      )}
    </div>
  );
}
