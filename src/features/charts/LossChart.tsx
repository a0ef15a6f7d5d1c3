import { useMemo } from 'react';
import { useTraining } from '@/state/app-store';
import { useCompare } from './compare-store';
import { useView, viewStore } from '@/state/view-store';
import { formatCount, formatLoss } from '@/shared/format';
import { LineChart, type ChartSeries } from '@/shared/LineChart';
import { PinRun } from './PinRun';
import { Timeline } from '@/features/time-travel/Timeline';

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
  const pinned = useCompare((s) => s.pinned);
  const series = useMemo(() => {
    const train: ChartSeries = {
      name: 'training loss',
      className: 'train',
      epochs: history.epochs,
      values: history.losses,
    };
    // A pinned run stays behind as a faded ghost to compare against.
    const ghost: ChartSeries[] = pinned
      ? [
          {
            name: pinned.name,
            className: 'pinned',
            epochs: pinned.history.epochs,
            values: pinned.history.losses,
          },
        ]
      : [];
    // The tutorial trains and tests on the same four points: one line says it all.
    if (tutorial) return [train, ...ghost];
    const test: ChartSeries = {
      name: 'test loss',
      className: 'test',
      epochs: testHistory.epochs,
      values: testHistory.losses,
    };
    return [train, test, ...ghost];
  }, [history, testHistory, tutorial, pinned]);

  return (
    <section className="panel loss-panel" aria-labelledby="loss-title" data-control="loss-chart">
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
      <Timeline />
      <PinRun />
    </section>
  );
}
