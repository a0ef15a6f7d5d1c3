/**
 * Compare: a pinned run's training-loss curve stays on the chart as a ghost while the learner
 * changes one knob and trains again from the same starting weights and data order (Reset keeps
 * the seed, and the trainer derives weights, data and shuffling from it).
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { SeriesPoint } from '@/shared/series';
import type { EpochHistory } from '@/state/epoch-history';
import type { TrainerConfig } from '@/training/protocol';

export interface PinnedRun {
  /** "pinned: lr 1, 2-3-1 sigmoid": what the ghost line is called in the legend. */
  readonly name: string;
  /**
   * The run's history when pinned. Kept as it is: its rows up to its length never change
   * (appends write after them, cuts copy), so pinning costs no copy.
   */
  readonly history: EpochHistory;
  /** The live epoch's training loss then, after the history's rows. */
  readonly last: SeriesPoint | null;
}

export interface CompareState {
  readonly pinned: PinnedRun | null;
  readonly pin: (
    history: EpochHistory,
    last: SeriesPoint | null,
    config: TrainerConfig,
    layerSizes: readonly number[],
  ) => void;
  readonly unpin: () => void;
}

export type CompareStore = StoreApi<CompareState>;

export function createCompareStore(): CompareStore {
  return createStore<CompareState>()((set) => ({
    pinned: null,
    pin: (history, last, config, layerSizes) =>
      set({ pinned: { name: runLabel(config, layerSizes), history, last } }),
    unpin: () => set({ pinned: null }),
  }));
}

/** The knobs a learner turns, in a few words: rate, architecture, activation, seed. */
export function runLabel(config: TrainerConfig, layerSizes: readonly number[]): string {
  return `pinned: lr ${config.learningRate}, ${layerSizes.join('-')} ${config.hiddenActivation}, seed ${config.seed}`;
}
