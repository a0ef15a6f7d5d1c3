import { useId, useRef, useState, type FormEvent } from 'react';
import { useStores, useTraining, useView } from '@/state/hooks';
import { formatCount } from '@/shared/format';
import {
  cleanNoteText,
  MAX_NOTE_EPOCH,
  MAX_NOTE_LENGTH,
  MAX_NOTES,
  sortNotes,
  type LessonNote,
} from '@/state/lesson-notes';

/**
 * Notes pinned to epochs of this run: add one at the current epoch or a typed one, edit or
 * remove it, play the run from epoch 0 to see them as the class will, and copy the link that
 * carries them.
 */
export function NotesEditor({ linkOf }: { linkOf: () => string }) {
  const { training, view } = useStores();
  const notes = useView((s) => s.lessonNotes);
  const current = useTraining((s) => s.snapshot?.epoch ?? 0);
  const epochTarget = useTraining((s) => s.config.epochTarget);
  const [epochText, setEpochText] = useState('');
  const [text, setText] = useState('');
  const [pause, setPause] = useState(false);
  /** The epoch of the note being edited, or null when adding. */
  const [editing, setEditing] = useState<number | null>(null);
  const [status, setStatus] = useState('');
  const [link, setLink] = useState('');
  const linkField = useRef<HTMLInputElement>(null);
  const ids = { epoch: useId(), text: useId(), link: useId() };

  const setNotes = (next: readonly LessonNote[]) =>
    view.getState().set({ lessonNotes: sortNotes(next) });
  const clearForm = () => {
    setEpochText('');
    setText('');
    setPause(false);
    setEditing(null);
  };

  const save = (event: FormEvent) => {
    event.preventDefault();
    const epoch = epochText.trim() === '' ? current : Number(epochText);
    if (!Number.isInteger(epoch) || epoch < 0 || epoch > MAX_NOTE_EPOCH) {
      setStatus(`The epoch must be a whole number from 0 to ${formatCount(MAX_NOTE_EPOCH)}.`);
      return;
    }
    const clean = cleanNoteText(text);
    if (clean === '') {
      setStatus('Write the note first.');
      return;
    }
    const others = notes.filter((note) => note.epoch !== epoch && note.epoch !== editing);
    if (others.length >= MAX_NOTES) {
      setStatus(`A link holds at most ${MAX_NOTES} notes.`);
      return;
    }
    const replaced = notes.some((note) => note.epoch === epoch && note.epoch !== editing);
    setNotes([...others, { epoch, text: clean, pause }]);
    const saved = replaced
      ? `The note at epoch ${formatCount(epoch)} was replaced.`
      : `Note saved at epoch ${formatCount(epoch)}.`;
    // Training stops at the target: a note past it would never show.
    const unreachable =
      epoch > epochTarget
        ? ` Training stops at epoch ${formatCount(epochTarget)}: raise Epochs for the run to reach it.`
        : '';
    setStatus(saved + unreachable);
    clearForm();
  };

  const edit = (note: LessonNote) => {
    setEditing(note.epoch);
    setEpochText(String(note.epoch));
    setText(note.text);
    setPause(note.pause);
    setStatus('');
  };

  const remove = (note: LessonNote) => {
    setNotes(notes.filter((other) => other !== note));
    if (editing === note.epoch) clearForm();
    setStatus(`The note at epoch ${formatCount(note.epoch)} was removed.`);
  };

  const preview = () => {
    // The same run from its start, as the class will see it: captions and pauses included.
    const { reset, play } = training.getState();
    reset();
    play();
  };

  const copyLink = async () => {
    const next = linkOf();
    setLink(next);
    try {
      await navigator.clipboard.writeText(next);
      setStatus('Link copied, with the notes.');
    } catch {
      setStatus('Copying is not allowed here: the link is selected below, copy it by hand.');
      requestAnimationFrame(() => linkField.current?.select());
    }
  };

  return (
    <section className="lesson-notes" aria-labelledby={`${ids.text}-title`}>
      <h3 id={`${ids.text}-title`}>Notes for this run</h3>
      {notes.length === 0 ? (
        <p className="lesson-notes-empty">
          None yet. A note appears as a caption when the run reaches its epoch, and can pause
          training there.
        </p>
      ) : (
        <ol className="lesson-notes-list">
          {notes.map((note) => (
            <li key={note.epoch} data-note-epoch={note.epoch}>
              <span className="lesson-note-epoch">
                {formatCount(note.epoch)}
                {note.pause && <span className="lesson-note-pause"> pause</span>}
              </span>
              <span className="lesson-note-text">{note.text}</span>
              <button
                type="button"
                onClick={() => edit(note)}
                aria-label={`Edit the note at epoch ${note.epoch}`}
              >
                Edit
              </button>
              <button
                type="button"
                onClick={() => remove(note)}
                aria-label={`Remove the note at epoch ${note.epoch}`}
              >
                Remove
              </button>
            </li>
          ))}
        </ol>
      )}
      <form className="lesson-note-form" onSubmit={save} noValidate>
        <label htmlFor={ids.epoch}>At epoch</label>
        <input
          id={ids.epoch}
          type="number"
          min={0}
          max={MAX_NOTE_EPOCH}
          step={1}
          inputMode="numeric"
          value={epochText}
          placeholder={`${current} (now)`}
          onChange={(event) => setEpochText(event.target.value)}
        />
        <label htmlFor={ids.text}>Note</label>
        <input
          id={ids.text}
          type="text"
          maxLength={MAX_NOTE_LENGTH}
          value={text}
          placeholder="Watch the plateau"
          onChange={(event) => setText(event.target.value)}
        />
        <label className="toggle">
          <input
            type="checkbox"
            checked={pause}
            onChange={(event) => setPause(event.target.checked)}
          />
          Pause here
        </label>
        <div className="lesson-note-buttons">
          <button type="submit">{editing === null ? 'Add note' : 'Save note'}</button>
          {editing !== null && (
            <button type="button" onClick={clearForm}>
              Cancel
            </button>
          )}
        </div>
      </form>
      <div className="lesson-note-buttons">
        <button
          type="button"
          onClick={preview}
          disabled={notes.length === 0}
          title="Starts this run again from epoch 0 and plays it: each note shows, and training pauses where asked"
        >
          Preview from epoch 0
        </button>
        <button type="button" onClick={() => void copyLink()}>
          Copy link
        </button>
      </div>
      <label htmlFor={ids.link} className="visually-hidden">
        Lesson link
      </label>
      <input
        id={ids.link}
        ref={linkField}
        className="lesson-link"
        type="text"
        readOnly
        value={link}
        placeholder="Press Copy link"
        onFocus={(event) => event.currentTarget.select()}
      />
      <p className="lesson-notes-status" aria-live="polite">
        {status}
      </p>
    </section>
  );
}
