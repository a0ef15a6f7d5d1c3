import { useId, type ChangeEvent } from 'react';
import { useStores, useTraining } from '@/state/hooks';
import { isRegression } from '@/state/options';
import { downloadBlob } from '@/shared/download';
import { domainOf } from '@/training/session-data';
import { CSV_POINTS, formatPointsCsv, MAX_CSV_BYTES, parsePointsCsv } from './points-csv';

/**
 * The points as a CSV file, out and in. A file read in replaces the points (after `confirm`
 * agrees, where that would throw the learner's own away); a bad one changes nothing and says why.
 */
export function PointsFile({
  confirm,
}: {
  readonly confirm: (what: string, run: () => void) => void;
}) {
  const { notices } = useStores();
  const points = useTraining((s) => s.points);
  const dataset = useTraining((s) => s.config.dataset);
  const importPoints = useTraining((s) => s.importPoints);
  const id = useId();
  const regression = isRegression(dataset);

  const exportCsv = () => {
    if (!points) return;
    const text = formatPointsCsv(points, regression);
    downloadBlob(new Blob([text], { type: 'text/csv' }), `points-${dataset}.csv`);
  };

  const onFile = async (event: ChangeEvent<HTMLInputElement>) => {
    const input = event.currentTarget;
    const file = input.files?.[0];
    // Cleared so that choosing the same file again is a change too.
    input.value = '';
    if (!file) return;
    const refuse = (why: string) =>
      notices.getState().push(`The points file could not be opened: ${why}`, 'error');
    if (file.size > MAX_CSV_BYTES) return refuse(`it is larger than ${MAX_CSV_BYTES / 1000} kB.`);
    const parsed = parsePointsCsv(await file.text(), { domain: domainOf({ dataset }), regression });
    if ('error' in parsed) return refuse(parsed.error);
    confirm('Importing a file', () => {
      importPoints(parsed);
      notices
        .getState()
        .push(
          `Imported ${parsed.x.length} points (values kept to a thousandth), split by the training share.`,
        );
    });
  };

  return (
    <div className="points-file" role="group" aria-label="Points as CSV">
      <button
        type="button"
        onClick={exportCsv}
        disabled={!points}
        title="Every point as x1, x2 and its label (or value), one a line"
      >
        Export CSV
      </button>
      <label
        className="file-button"
        htmlFor={id}
        title={`${CSV_POINTS.min} to ${CSV_POINTS.max} lines of x1, x2, label (0 or 1) or value (−1 to 1); a header line is optional`}
      >
        Import CSV
      </label>
      <input
        id={id}
        className="visually-hidden-file"
        type="file"
        accept=".csv,text/csv,text/plain"
        onChange={(event) => void onFile(event)}
      />
    </div>
  );
}
