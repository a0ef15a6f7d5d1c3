import { Suspense, useState } from 'react';
import { lazyView } from '@/shared/lazy-view';
import './HelpOverlay.css';

// The list loads the first time it is asked for: most visits never open it.
const GlossaryDialog = lazyView(() => import('./GlossaryDialog').then((m) => m.GlossaryDialog));

/**
 * The "(i)" help: every idea on the page (weight, bias, activation, loss, …) in a sentence or
 * two, in a modal dialog that closes on Esc, its Close button or a click outside.
 */
export function GlossaryButton() {
  const [open, setOpen] = useState(false);
  // Mounted from the first opening on, so that closing it again runs the dialog's own close.
  const [wanted, setWanted] = useState(false);
  if (open && !wanted) setWanted(true);
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
      {wanted && (
        <Suspense fallback={null}>
          <GlossaryDialog open={open} onClose={() => setOpen(false)} />
        </Suspense>
      )}
    </>
  );
}
