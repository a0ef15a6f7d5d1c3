/** The run's history (state/epoch-history.ts) as chart series, with the live epoch's point. */
import { columnSeries, type SeriesPoint } from '@/shared/series';
import type { ChartSeries } from '@/shared/LineChart';
import type { EpochHistory } from '@/state/epoch-history';

export type HistoryColumn = 'trainLoss' | 'testLoss' | 'trainAccuracy' | 'testAccuracy';

/**
 * One column of the history as a named line. The history holds the epochs before the current
 * one; `live` (the snapshot's own figure, measured the same way) completes the line.
 */
export function historySeries(
  history: EpochHistory,
  column: HistoryColumn,
  live: SeriesPoint | null,
  name: string,
  className: string,
): ChartSeries {
  return {
    ...columnSeries(history.epochs, history[column], history.length, live),
    name,
    className,
  };
}
