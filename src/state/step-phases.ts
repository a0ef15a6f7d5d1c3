/**
 * The order in which step mode walks through one training step: forward one layer at a time,
 * the loss, backward from the output layer down to the first, then the update.
 */

/** The four phases of one gradient-descent step. */
export type StepPhase = 'forward' | 'loss' | 'backward' | 'update';

export const STEP_PHASES: readonly StepPhase[] = ['forward', 'loss', 'backward', 'update'];

/**
 * One stop of the walk. `layer` is, in 'forward', the last layer whose activations are shown
 * (1..L); in 'backward', the lowest layer whose gradients are shown (L..1); else 0.
 */
export interface StepPosition {
  readonly phase: StepPhase;
  readonly layer: number;
}

/** Every stop for a net with `layerCount` weight layers, first to last. */
export function stepPositions(layerCount: number): StepPosition[] {
  const forward = Array.from({ length: layerCount }, (_, i) => ({
    phase: 'forward' as const,
    layer: i + 1,
  }));
  const backward = Array.from({ length: layerCount }, (_, i) => ({
    phase: 'backward' as const,
    layer: layerCount - i,
  }));
  return [...forward, { phase: 'loss', layer: 0 }, ...backward, { phase: 'update', layer: 0 }];
}

/** The stop `delta` places away from `at` (clamped to the first and last), for a net of L layers. */
export function moveStep(at: StepPosition, delta: number, layerCount: number): StepPosition {
  const all = stepPositions(layerCount);
  const index = all.findIndex((p) => p.phase === at.phase && p.layer === at.layer);
  const next = Math.min(all.length - 1, Math.max(0, (index < 0 ? 0 : index) + delta));
  return all[next]!;
}
