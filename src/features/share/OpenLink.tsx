import { useStores } from '@/state/hooks';
import { useId, useState, type FormEvent } from 'react';
import { openPastedLink } from './open-link';

/** A field to paste a link into, ours or TensorFlow Playground's, and open it here. */
export function OpenLink() {
  const stores = useStores();
  const id = useId();
  const [text, setText] = useState('');
  const [status, setStatus] = useState('');
  const open = (event: FormEvent) => {
    event.preventDefault();
    setStatus(openPastedLink(text, stores));
  };
  return (
    <form className="share-group" onSubmit={open}>
      <label htmlFor={id}>Open an address (this app’s or TensorFlow Playground’s)</label>
      <input
        id={id}
        className="share-link"
        type="text"
        value={text}
        placeholder="https://playground.tensorflow.org/#activation=…"
        onChange={(event) => setText(event.target.value)}
      />
      <button type="submit" disabled={text.trim() === ''}>
        Open link
      </button>
      <p className="share-status" aria-live="polite">
        {status}
      </p>
    </form>
  );
}
