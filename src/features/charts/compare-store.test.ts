import { describe, expect, it } from 'vitest';
import { createCompareStore, runLabel } from './compare-store';
import { TUTORIAL_CONFIG } from '@/state/defaults';

describe('compare store', () => {
  it('names a pinned run by its knobs and keeps its curve until unpinned', () => {
    expect(runLabel(TUTORIAL_CONFIG, [2, 3, 1])).toBe('pinned: lr 1, 2-3-1 sigmoid, seed 0');
    const compareStore = createCompareStore();
    const history = { epochs: [0, 1], losses: [0.39, 0.38] };
    compareStore.getState().pin(history, { ...TUTORIAL_CONFIG, learningRate: 0.1 }, [2, 5, 1]);
    expect(compareStore.getState().pinned).toEqual({
      name: 'pinned: lr 0.1, 2-5-1 sigmoid, seed 0',
      history,
    });
    compareStore.getState().unpin();
    expect(compareStore.getState().pinned).toBeNull();
  });
});
