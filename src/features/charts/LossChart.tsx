import { controlAttr } from '@/shared/control-ids';
import { useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStores, useTraining, useView } from '@/state/hooks';
import { createCompareStore } from './compare-store';
import { formatCount, formatLoss } from '@/shared/format';
import { LineChart, type ChartSeries } from '@/shared/LineChart';
import { PinRun } from './PinRun';
import './charts.css';

/**
 * Training and test loss over epochs, with a log-scale toggle and a hover readout. `timeline`
 * is drawn under the curve (the app passes time travel's scrubber).
 */
export function LossChart({ timeline }: { timeline?: ReactNode }) {
  const { view } = useStores();
  const [compare] = useState(createCompareStore);
  const history = useTraining((s) => s.history);
  const testHistory = useTraining((s) => s.testHistory);
  const tutorial = useTraining((s) => s.config.dataset === 'xor');
  const epochTarget = useTraining((s) => s.config.epochTarget);
  const currentLoss = useTraining((s) => s.snapshot?.loss);
  const testLoss = useTraining((s) => s.snapshot?.testLoss);
  const currentEpoch = useTraining((s) => s.snapshot?.epoch ?? 0);
  const logScale = useView((s) => s.logScale);
  const pinned = useStore(compare, (s) => s.pinned);
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
    <section
      className="panel loss-panel"
      aria-labelledby="loss-title"
      {...controlAttr('loss-chart')}
    >
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
            onChange={(event) => view.getState().set({ logScale: event.target.checked })}
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
      {timeline}
      <PinRun compare={compare} />
    </section>
  );
}
