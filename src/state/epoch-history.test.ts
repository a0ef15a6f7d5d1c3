import { describe, expect, it } from 'vitest';
import { appendRows, EMPTY_EPOCH_HISTORY, historyBytes, truncateRows } from './epoch-history';
import {
  bucketOf,
  EXACT_EPOCHS,
  HistoryRecorder,
  type HistoryRow,
} from '@/training/history-recorder';

const row = (epoch: number, trainLoss = 1 / (1 + epoch)): HistoryRow => ({
  epoch,
  trainLoss,
  testLoss: trainLoss * 1.1,
  trainAccuracy: 0.5,
  testAccuracy: 0.5,
});

describe('history', () => {
  it('keeps every epoch below 2^16, then buckets that double in width each octave', () => {
    expect(bucketOf(65_535)).toBe(65_535);
    expect(bucketOf(EXACT_EPOCHS)).toBe(EXACT_EPOCHS);
    expect(bucketOf(EXACT_EPOCHS + 15)).toBe(EXACT_EPOCHS);
    expect(bucketOf(EXACT_EPOCHS + 16)).toBe(EXACT_EPOCHS + 16);
    expect(bucketOf(2 ** 17 + 31)).toBe(2 ** 17);
    expect(bucketOf(2 ** 17 + 32)).toBe(2 ** 17 + 32);
  });

  it('a bucket keeps its first, lowest, highest and last row, in epoch order', () => {
    const recorder = new HistoryRecorder();
    const losses = [5, 3, 9, 1, 4, 7, 2, 6, 8, 5, 5, 5, 5, 5, 5, 4];
    losses.forEach((loss, i) => recorder.add(row(EXACT_EPOCHS + i, loss)));
    expect(recorder.take().epochs).toHaveLength(0); // the bucket is still open
    recorder.add(row(EXACT_EPOCHS + 16));
    const rows = recorder.take();
    expect([...rows.epochs]).toEqual([0, 2, 3, 15].map((i) => EXACT_EPOCHS + i));
    expect([...rows.trainLoss]).toEqual([5, 9, 1, 4]);
  });

  it('holds a million epochs in at most 131,072 rows and 8 MB, whatever the snapshot rhythm', () => {
    const recorder = new HistoryRecorder();
    let history = EMPTY_EPOCH_HISTORY;
    let spike = 0;
    for (let epoch = 0; epoch < 1_000_000; epoch++) {
      // A spike somewhere in the bucketed range must survive.
      const loss = epoch === 777_777 ? 50 : 1 / (1 + epoch);
      recorder.add(row(epoch, loss));
      if (epoch % 4099 === 0) history = appendRows(history, recorder.take());
    }
    history = appendRows(history, recorder.take());
    expect(history.length).toBeLessThanOrEqual(131_072);
    expect(historyBytes(history)).toBeLessThanOrEqual(8 * 2 ** 20);
    for (let i = 0; i < history.length; i++) if (history.trainLoss[i] === 50) spike++;
    expect(spike).toBe(1);
    expect([...history.epochs.subarray(0, 3)]).toEqual([0, 1, 2]);
    expect(history.epochs[EXACT_EPOCHS - 1]).toBe(EXACT_EPOCHS - 1);
  });

  it('a cut drops the rows from that epoch on and leaves earlier histories as they were', () => {
    const recorder = new HistoryRecorder();
    for (let epoch = 0; epoch < 100; epoch++) recorder.add(row(epoch));
    const full = appendRows(EMPTY_EPOCH_HISTORY, recorder.take());
    const cut = truncateRows(full, 40);
    expect(cut.length).toBe(40);
    const regrown = appendRows(cut, recorder.take());
    expect(regrown.length).toBe(40);
    recorder.truncate(40);
    for (let epoch = 40; epoch < 50; epoch++) recorder.add(row(epoch, 7));
    const next = appendRows(cut, recorder.take());
    expect(next.length).toBe(50);
    expect(next.trainLoss[45]).toBe(7);
    expect(full.trainLoss[45]).toBe(1 / 46);
  });
});
