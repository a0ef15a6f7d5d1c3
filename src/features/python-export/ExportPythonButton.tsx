import { useStores } from '@/state/hooks';
import { downloadBlob } from '@/shared/download';
import { reportLoadFailure } from '@/shared/lazy-view';

/** Downloads the current run as a NumPy script that retrains it, replaying the learner's edits. */
export function ExportPythonButton() {
  const { training, notices } = useStores();
  const save = async () => {
    // Read at click time: the button need not re-render with every snapshot.
    const { snapshot, record, config } = training.getState();
    if (!snapshot) return;
    // The script writer loads on first use: it is not needed to train or watch.
    const { pythonRefusalOf, pythonScriptOf, PYTHON_FILE_NAME } = await import('./python-export');
    const refusal = pythonRefusalOf(record, config);
    if (refusal) {
      notices.getState().push(refusal, 'error');
      return;
    }
    const script = pythonScriptOf(snapshot, record, config);
    downloadBlob(new Blob([script], { type: 'text/x-python' }), PYTHON_FILE_NAME);
  };
  return (
    <button
      type="button"
      onClick={() => void save().catch(() => reportLoadFailure(notices))}
      title="This run as a NumPy script (backprop-studio.py)"
    >
      Export as Python
    </button>
  );
}
