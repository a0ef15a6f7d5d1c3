import { controlAttr } from '@/shared/control-ids';
import { useTraining, useViewedMetrics } from '@/state/hooks';

/**
 * Each training sample at the viewed moment: inputs, target, the network's output, its class
 * and whether it is right.
 */
export function PredictionsTable() {
  const snapshot = useViewedMetrics();
  const tutorial = useTraining((s) => s.config.dataset === 'xor');
  const outputs = useTraining((s) => s.snapshot?.layerSizes.at(-1) ?? 1);
  // Hundreds of points make no table: the data plot shows them. A row has one output here.
  if (!snapshot || !tutorial || outputs !== 1) return null;
  const { inputs, targets, predictions } = snapshot;
  const rows = Array.from({ length: targets.length }, (_, i) => {
    const output = predictions[i] ?? NaN;
    const target = targets[i] ?? NaN;
    const predicted = output >= 0.5 ? 1 : 0;
    return { x1: inputs[2 * i], x2: inputs[2 * i + 1], target, output, predicted };
  });
  return (
    <section
      className="panel"
      aria-labelledby="predictions-title"
      data-epoch-shown={snapshot.epoch}
      {...controlAttr('predictions')}
    >
      <h2 id="predictions-title">Predictions</h2>
      <table className="predictions">
        <thead>
          <tr>
            <th scope="col">x1</th>
            <th scope="col">x2</th>
            <th scope="col">target</th>
            <th scope="col">output</th>
            <th scope="col">class</th>
            <th scope="col">right?</th>
          </tr>
        </thead>
        <tbody>
          {rows.map((row, i) => {
            const right = row.predicted === row.target;
            return (
              <tr key={i} className={right ? 'right' : 'wrong'}>
                <td>{row.x1}</td>
                <td>{row.x2}</td>
                <td>{row.target}</td>
                <td className="number" data-output={row.output}>
                  {Number.isFinite(row.output) ? row.output.toFixed(4) : '—'}
                </td>
                <td>{row.predicted}</td>
                <td>{right ? '✓ yes' : '✗ no'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
