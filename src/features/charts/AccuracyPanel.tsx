import { useTraining } from '@/state/hooks';
import { useMemo } from 'react';
import { isRegression } from '@/state/options';
import { LineChart, type ChartSeries } from '@/shared/LineChart';

const PERCENT_DOMAIN = [0, 1] as const;
const formatPercent = (value: number) =>
  Number.isFinite(value) ? `${(value * 100).toFixed(1)} %` : '—';

/** Share of points classified right, now and over time (classification only). */
export function AccuracyPanel() {
  const dataset = useTraining((s) => s.config.dataset);
  const epochTarget = useTraining((s) => s.config.epochTarget);
  const trainAccuracy = useTraining((s) => s.snapshot?.trainAccuracy ?? NaN);
  const testAccuracy = useTraining((s) => s.snapshot?.testAccuracy ?? NaN);
  const trainHistory = useTraining((s) => s.trainAccuracyHistory);
  const testHistory = useTraining((s) => s.testAccuracyHistory);
  const series = useMemo<ChartSeries[]>(
    () => [
      {
        name: 'training',
        className: 'train',
        epochs: trainHistory.epochs,
        values: trainHistory.losses,
      },
      { name: 'test', className: 'test', epochs: testHistory.epochs, values: testHistory.losses },
    ],
    [trainHistory, testHistory],
  );
  if (isRegression(dataset)) return null;
  return (
    <section className="panel accuracy-panel" aria-labelledby="accuracy-title">
      <header className="panel-header">
        <h2 id="accuracy-title">Accuracy</h2>
        <output
          className="accuracy-now"
          data-train-accuracy={trainAccuracy}
          data-test-accuracy={testAccuracy}
        >
          training {formatPercent(trainAccuracy)} · test {formatPercent(testAccuracy)}
        </output>
      </header>
      <LineChart
        label="Accuracy over time"
        series={series}
        epochTarget={epochTarget}
        logScale={false}
        yDomain={PERCENT_DOMAIN}
        formatValue={formatPercent}
        height={150}
      />
    </section>
  );
}
