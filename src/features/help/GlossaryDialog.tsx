import { GLOSSARY_ENTRIES } from '@/shared/glossary';
import { ModalDialog } from '@/shared/ModalDialog';

interface Props {
  readonly open: boolean;
  readonly onClose: () => void;
}

/** Every idea on the page in a sentence or two, in a modal dialog. */
export function GlossaryDialog({ open, onClose }: Props) {
  return (
    <ModalDialog open={open} onClose={onClose} title="Glossary">
      <dl className="glossary">
        {GLOSSARY_ENTRIES.map((entry) => (
          <div key={entry.term}>
            <dt>{entry.term}</dt>
            <dd>{entry.text}</dd>
          </div>
        ))}
      </dl>
    </ModalDialog>
  );
}
