import { useEffect, useId, useRef } from 'react';
import { GLOSSARY_ENTRIES } from './glossary';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** The glossary in a native modal <dialog>: Esc, its Close button or a click outside close it. */
export function GlossaryDialog({ open, onClose }: Props) {
  const dialog = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) element.showModal();
    else if (!open && element.open) element.close();
  }, [open]);
  return (
    <dialog
      ref={dialog}
      className="help-overlay"
      aria-labelledby={titleId}
      onClose={onClose}
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
  );
}
