import { trainingStore } from '../store/app-store';
import { pythonScriptOf, PYTHON_FILE_NAME } from '../store/python-export';
import { downloadBlob } from './download';

/** Downloads the current run as a NumPy script that retrains it from its seed. */
export function ExportPythonButton() {
  const save = () => {
    // Read at click time: the button need not re-render with every snapshot.
    const snapshot = trainingStore.getState().snapshot;
    if (!snapshot) return;
    downloadBlob(new Blob([pythonScriptOf(snapshot)], { type: 'text/x-python' }), PYTHON_FILE_NAME);
  };
  return (
    <button type="button" onClick={save} title="This run as a NumPy script (backprop-studio.py)">
      Export as Python
    </button>
  );
}
