import { controlAttr } from '@/shared/control-ids';
import { useMemo, useState, type ReactNode } from 'react';
import { useStore } from 'zustand';
import { useStores, useTimeline, useTraining, useView, useViewedMetrics } from '@/state/hooks';
import { createCompareStore } from './compare-store';
import { formatCount, formatLoss } from '@/shared/format';
import { LineChart, type ChartSeries } from '@/shared/LineChart';
import { columnSeries } from '@/shared/series';
import { historySeries } from './history-series';
import { PinRun } from './PinRun';
import { useRSquared } from './r-squared';
import { useHasTestSet } from './use-has-test-set';
import './charts.css';

/**
 * Training and test loss over epochs, every epoch of the run's history (the same at any speed:
 * both losses of the same weights), with a log-scale toggle and a hover readout. The figures in
 * the header are those of the viewed moment. `timeline` is drawn under the curve (the app
 * passes time travel's scrubber).
 */
export function LossChart({ timeline }: { timeline?: ReactNode }) {
  const { view } = useStores();
  const [compare] = useState(createCompareStore);
  // The panel's own lane: its curve and figures change together, in a frame of their own.
  const history = useTraining((s) => s.history, 'loss');
  const hasTestSet = useHasTestSet();
  const liveEpoch = useTraining((s) => s.snapshot?.epoch ?? null, 'loss');
  const liveLoss = useTraining((s) => s.snapshot?.loss ?? NaN, 'loss');
  const liveTestLoss = useTraining((s) => s.snapshot?.testLoss ?? NaN, 'loss');
  const viewed = useViewedMetrics('loss');
  const fit = useRSquared('loss');
  const viewedEpoch = useTimeline((s) => s.viewedEpoch);
  const logScale = useView((s) => s.logScale);
  const pinned = useStore(compare, (s) => s.pinned);
  const series = useMemo(() => {
    const live = (value: number) => (liveEpoch === null ? null : { epoch: liveEpoch, value });
    const train = historySeries(history, 'trainLoss', live(liveLoss), 'training loss', 'train');
    // A pinned run stays behind as a faded ghost to compare against.
    const ghost: ChartSeries[] = pinned
      ? [
          {
            ...columnSeries(
              pinned.history.epochs,
              pinned.history.trainLoss,
              pinned.history.length,
              pinned.last,
            ),
            name: pinned.name,
            className: 'pinned',
          },
        ]
      : [];
    // Without a test set (the tutorial's four points) one line says it all.
    if (!hasTestSet) return [train, ...ghost];
    const test = historySeries(history, 'testLoss', live(liveTestLoss), 'test loss', 'test');
    return [train, test, ...ghost];
  }, [history, liveEpoch, liveLoss, liveTestLoss, hasTestSet, pinned]);

  return (
    <section
      className="panel loss-panel"
      aria-labelledby="loss-title"
      {...controlAttr('loss-chart')}
    >
      <header className="panel-header">
        <h2 id="loss-title">Loss</h2>
        <output
          className="loss-now"
          data-loss={viewed?.loss}
          data-test-loss={viewed?.testLoss}
          data-viewed={viewed?.past ? 'past' : 'live'}
        >
          {viewed === null
            ? '—'
            : `${formatLoss(viewed.loss)} at epoch ${formatCount(viewed.epoch)}`}
          {hasTestSet && viewed !== null && ` · test ${formatLoss(viewed.testLoss)}`}
        </output>
        {fit && (
          <output className="loss-now r-squared" data-r-squared={String(fit.value)}>
            R² {Number.isFinite(fit.value) ? fit.value.toFixed(3) : '—'} ({fit.set})
          </output>
        )}
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
        logScale={logScale}
        formatValue={formatLoss}
        height={220}
        marker={viewedEpoch}
      />
      {timeline}
      <PinRun compare={compare} />
    </section>
  );
}
