/** Wire format between the page and the seed-sweep worker: data only. */
import type { TrainerConfig } from './protocol';
import type { SeedOutcome } from './sweep';

/** Trains seeds 0 … count − 1 on `config`; a new start replaces any sweep under way. */
export interface SweepRequest {
  readonly type: 'start';
  readonly config: TrainerConfig;
  readonly count: number;
}

export type FromSweep =
  /** Outcomes finished since the previous message, in seed order. */
  | { readonly type: 'progress'; readonly outcomes: readonly SeedOutcome[] }
  | { readonly type: 'done' }
  | { readonly type: 'error'; readonly message: string };
