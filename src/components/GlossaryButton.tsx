import { useEffect, useId, useRef, useState } from 'react';
import { GLOSSARY_ENTRIES } from './glossary';
import './HelpOverlay.css';

/**
 * The "(i)" help: every idea on the page (weight, bias, activation, loss, …) in a sentence or
 * two, in a modal dialog that closes on Esc, its Close button or a click outside.
 */
export function GlossaryButton() {
  const [open, setOpen] = useState(false);
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return (
    <>
      <button
        type="button"
        className="glossary-button"
        aria-haspopup="dialog"
        title="What the words on this page mean"
        onClick={() => setOpen(true)}
      >
        Glossary
      </button>
      <dialog
        ref={dialog}
        className="help-overlay"
        aria-labelledby={titleId}
        onClose={() => setOpen(false)}
        onClick={(event) => {
          if (event.target === event.currentTarget) event.currentTarget.close();
        }}
      >
        <div className="help-content">
          <h2 id={titleId}>Glossary</h2>
          <dl className="glossary">
            {GLOSSARY_ENTRIES.map((entry) => (
              <div key={entry.term}>
                <dt>{entry.term}</dt>
                <dd>{entry.text}</dd>
              </div>
            ))}
          </dl>
          <form method="dialog">
            <button type="submit" autoFocus>
              Close
            </button>
          </form>
        </div>
      </dialog>
    </>
  );
}
