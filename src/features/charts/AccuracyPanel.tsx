import { useTimeline, useTraining, useViewedMetrics } from '@/state/hooks';
import { useMemo } from 'react';
import { isRegression } from '@/state/options';
import { LineChart } from '@/shared/LineChart';
import { ConfusionMatrix } from './ConfusionMatrix';
import { historySeries } from './history-series';
import { useHasTestSet } from './use-has-test-set';

const PERCENT_DOMAIN = [0, 1] as const;
const formatPercent = (value: number) =>
  Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';

/** Share of points classified right at the viewed moment and over time (classification only). */
export function AccuracyPanel() {
  const dataset = useTraining((s) => s.config.dataset);
  // The panel's own lane: its curve, figures and matrix change together, in a frame of their own.
  const history = useTraining((s) => s.history, 'accuracy');
  const liveEpoch = useTraining((s) => s.snapshot?.epoch ?? null, 'accuracy');
  const liveTrain = useTraining((s) => s.snapshot?.trainAccuracy ?? NaN, 'accuracy');
  const liveTest = useTraining((s) => s.snapshot?.testAccuracy ?? NaN, 'accuracy');
  const viewed = useViewedMetrics('accuracy');
  const viewedEpoch = useTimeline((s) => s.viewedEpoch);
  const hasTestSet = useHasTestSet();
  const series = useMemo(() => {
    const live = (value: number) => (liveEpoch === null ? null : { epoch: liveEpoch, value });
    const train = historySeries(history, 'trainAccuracy', live(liveTrain), 'training', 'train');
    // Without a test set the "test" figures are the training ones again: no line for them.
    if (!hasTestSet) return [train];
    return [train, historySeries(history, 'testAccuracy', live(liveTest), 'test', 'test')];
  }, [history, liveEpoch, liveTrain, liveTest, hasTestSet]);
  if (isRegression(dataset)) return null;
  const trainAccuracy = viewed?.trainAccuracy ?? NaN;
  const testAccuracy = viewed?.testAccuracy ?? NaN;
  return (
    <section className="panel accuracy-panel" aria-labelledby="accuracy-title">
      <header className="panel-header">
        <h2 id="accuracy-title">Accuracy</h2>
        <output
          className="accuracy-now"
          // As text: React warns about a NaN attribute (before the first snapshot, regression).
          data-train-accuracy={String(trainAccuracy)}
          data-test-accuracy={String(testAccuracy)}
          data-epoch-shown={viewed?.epoch}
        >
          training {formatPercent(trainAccuracy)}
          {hasTestSet && ` · test ${formatPercent(testAccuracy)}`}
        </output>
      </header>
      <div className="accuracy-body">
        <LineChart
          label="Accuracy over time"
          series={series}
          logScale={false}
          yDomain={PERCENT_DOMAIN}
          formatValue={formatPercent}
          height={150}
          marker={viewedEpoch}
        />
        {viewed && (
          <ConfusionMatrix counts={viewed.testConfusion} set={hasTestSet ? 'test' : 'training'} />
        )}
      </div>
    </section>
  );
}
