import { describe, expect, it } from 'vitest';
import { createCompareStore, runLabel } from './compare-store';
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { appendRows, EMPTY_EPOCH_HISTORY } from '@/state/epoch-history';

const rows = (epochs: number[], losses: number[]) => ({
  epochs: Float64Array.from(epochs),
  trainLoss: Float64Array.from(losses),
  testLoss: Float64Array.from(losses),
  trainAccuracy: Float64Array.from(epochs, () => NaN),
  testAccuracy: Float64Array.from(epochs, () => NaN),
});

describe('compare store', () => {
  it('names a pinned run by its knobs and keeps its curve until unpinned', () => {
    expect(runLabel(TUTORIAL_CONFIG, [2, 3, 1])).toBe('pinned: lr 1, 2-3-1 sigmoid, seed 0');
    const compareStore = createCompareStore();
    const history = appendRows(EMPTY_EPOCH_HISTORY, rows([0, 1], [0.39, 0.38]));
    const last = { epoch: 2, value: 0.37 };
    compareStore
      .getState()
      .pin(history, last, { ...TUTORIAL_CONFIG, learningRate: 0.1 }, [2, 5, 1]);
    expect(compareStore.getState().pinned).toEqual({
      name: 'pinned: lr 0.1, 2-5-1 sigmoid, seed 0',
      history,
      last,
    });
    compareStore.getState().unpin();
    expect(compareStore.getState().pinned).toBeNull();
  });

  it('a pinned history stays as it was while the run goes on in the same buffers', () => {
    const compareStore = createCompareStore();
    const history = appendRows(EMPTY_EPOCH_HISTORY, rows([0, 1], [0.39, 0.38]));
    compareStore.getState().pin(history, null, TUTORIAL_CONFIG, [2, 3, 1]);
    const later = appendRows(history, rows([2, 3], [0.1, 0.2]));
    expect(later.epochs.buffer).toBe(history.epochs.buffer);
    const pinned = compareStore.getState().pinned!.history;
    expect(pinned.length).toBe(2);
    expect(Array.from(pinned.trainLoss.subarray(0, pinned.length))).toEqual([0.39, 0.38]);
  });
});
