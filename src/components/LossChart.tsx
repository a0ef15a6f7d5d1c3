import { useMemo } from 'react';
import { useTraining } from '../store/app-store';
import { useView, viewStore } from '../store/view-store';
import { formatCount, formatLoss } from './format';
import { LineChart, type ChartSeries } from './LineChart';

/** Training and test loss over epochs, with a log-scale toggle and a hover readout. */
export function LossChart() {
  const history = useTraining((s) => s.history);
  const testHistory = useTraining((s) => s.testHistory);
  const tutorial = useTraining((s) => s.config.dataset === 'xor');
  const epochTarget = useTraining((s) => s.config.epochTarget);
  const currentLoss = useTraining((s) => s.snapshot?.loss);
  const testLoss = useTraining((s) => s.snapshot?.testLoss);
  const currentEpoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const logScale = useView((s) => s.logScale);
  const series = useMemo(() => {
    const train: ChartSeries = {
      name: 'training loss',
      className: 'train',
      epochs: history.epochs,
      values: history.losses,
    };
    // The tutorial trains and tests on the same four points: one line says it all.
    if (tutorial) return [train];
    const test: ChartSeries = {
      name: 'test loss',
      className: 'test',
      epochs: testHistory.epochs,
      values: testHistory.losses,
    };
    return [train, test];
  }, [history, testHistory, tutorial]);

  return (
    <section className="panel loss-panel" aria-labelledby="loss-title">
      <header className="panel-header">
        <h2 id="loss-title">Loss</h2>
        <output className="loss-now" data-loss={currentLoss} data-test-loss={testLoss}>
          {currentLoss === undefined
            ? '—'
            : `${formatLoss(currentLoss)} at epoch ${formatCount(currentEpoch)}`}
          {!tutorial && testLoss !== undefined && ` · test ${formatLoss(testLoss)}`}
        </output>
        <label className="toggle">
          <input
            type="checkbox"
            checked={logScale}
            onChange={(event) => viewStore.getState().set({ logScale: event.target.checked })}
          />
          Log scale
        </label>
      </header>
      <LineChart
        label="Loss curve"
        series={series}
        epochTarget={epochTarget}
        logScale={logScale}
        formatValue={formatLoss}
        height={220}
      />
    </section>
  );
}
