/**
 * Seed sweep state: how many seeds of the current configuration solve the task, and when.
 * The worker is started per sweep and terminated on cancel, which stops it even mid-seed.
 */
import { createStore, type StoreApi } from 'zustand/vanilla';
import type { TrainerConfig } from '@/training/protocol';
import { criterionText, type SeedOutcome } from '@/training/sweep';
import type { FromSweep, SweepRequest } from '@/training/sweep-protocol';

export type SweepStatus = 'idle' | 'running' | 'done' | 'cancelled' | 'failed';

export interface SweepState {
  readonly status: SweepStatus;
  /** Seeds asked for. */
  readonly total: number;
  readonly outcomes: readonly SeedOutcome[];
  /** The configuration swept, fixed when the sweep started. */
  readonly config: TrainerConfig | null;
  readonly criterion: string;
  readonly error: string | null;
  readonly run: (config: TrainerConfig, count: number) => void;
  readonly cancel: () => void;
}

export interface SweepConnection {
  send(message: SweepRequest): void;
  terminate(): void;
}

export type SweepStore = StoreApi<SweepState>;

export const DEFAULT_SEED_COUNT = 100;
export const MAX_SEED_COUNT = 1000;

export function createSweepStore(
  connect: (onMessage: (message: FromSweep) => void) => SweepConnection,
): SweepStore {
  let connection: SweepConnection | null = null;
  const stop = () => {
    connection?.terminate();
    connection = null;
  };
  return createStore<SweepState>()((set, get) => ({
    status: 'idle',
    total: 0,
    outcomes: [],
    config: null,
    criterion: '',
    error: null,
    run: (config, count) => {
      stop();
      const total = Math.max(1, Math.min(MAX_SEED_COUNT, Math.round(count) || 1));
      set({
        status: 'running',
        total,
        outcomes: [],
        config,
        criterion: criterionText(config),
        error: null,
      });
      const mine = connect((message) => {
        if (connection !== mine) return; // a message from a sweep already replaced
        if (message.type === 'progress')
          set({ outcomes: [...get().outcomes, ...message.outcomes] });
        else if (message.type === 'done') {
          set({ status: 'done' });
          stop();
        } else {
          set({ status: 'failed', error: message.message });
          stop();
        }
      });
      connection = mine;
      mine.send({ type: 'start', config: { ...config, speed: 0 }, count: total });
    },
    cancel: () => {
      if (get().status !== 'running') return;
      stop();
      set({ status: 'cancelled' });
    },
  }));
}
