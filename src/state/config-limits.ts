/**
 * Every setting checked before it reaches the worker: the controls' ranges are not the only gate
 * (links, files, shortcuts and tests set values too). Out-of-range values are clamped.
 */
import { DATASETS } from '@/engine/datasets';
import { FEATURES } from '@/engine/features';
import { LIMITS } from '@/engine/limits';
import type { TrainerConfig } from '@/training/protocol';

const ACTIVATIONS = ['sigmoid', 'tanh', 'relu', 'linear'] as const;

export function clamp(value: number, min: number, max: number, fallback = min): number {
  if (!Number.isFinite(value)) return fallback;
  return Math.min(max, Math.max(min, value));
}

const clampInt = (value: number, min: number, max: number, fallback = min) =>
  Math.round(clamp(value, min, max, fallback));

/** The patch with every value brought into its valid range; unknown enum values are dropped. */
export function sanitizePatch(patch: Partial<TrainerConfig>): Partial<TrainerConfig> {
  const out: { -readonly [K in keyof TrainerConfig]?: TrainerConfig[K] } = { ...patch };
  if (patch.hiddenSizes !== undefined) {
    out.hiddenSizes = patch.hiddenSizes
      .slice(0, LIMITS.hiddenLayers.max)
      .map((n) => clampInt(n, LIMITS.neurons.min, LIMITS.neurons.max));
  }
  if (patch.learningRate !== undefined) {
    out.learningRate = clamp(patch.learningRate, LIMITS.learningRate.min, LIMITS.learningRate.max);
  }
  if (patch.epochTarget !== undefined) {
    out.epochTarget = clampInt(patch.epochTarget, LIMITS.epochs.min, LIMITS.epochs.max);
  }
  if (patch.seed !== undefined) out.seed = clampInt(patch.seed, 0, 2 ** 32 - 1);
  if (patch.speed !== undefined) out.speed = clamp(patch.speed, 0, 1e6);
  if (patch.noise !== undefined) out.noise = clamp(patch.noise, LIMITS.noise.min, LIMITS.noise.max);
  if (patch.trainFraction !== undefined) {
    const { min, max } = LIMITS.trainFraction;
    out.trainFraction = clamp(patch.trainFraction, min, max, 0.5);
  }
  if (patch.batchSize !== undefined)
    out.batchSize = clampInt(patch.batchSize, 0, LIMITS.batchSize.max);
  if (patch.pointCount !== undefined)
    out.pointCount = clampInt(patch.pointCount, 4, LIMITS.points.max);
  if (patch.regularizationRate !== undefined) {
    const { min, max } = LIMITS.regularizationRate;
    out.regularizationRate = clamp(patch.regularizationRate, min, max);
  }
  if (patch.features !== undefined) {
    const chosen = FEATURES.filter((f) => patch.features?.includes(f));
    if (chosen.length > 0) out.features = chosen;
    else delete out.features;
  }
  if (patch.dataset !== undefined && !DATASETS.includes(patch.dataset)) delete out.dataset;
  if (patch.hiddenActivation !== undefined && !ACTIVATIONS.includes(patch.hiddenActivation)) {
    delete out.hiddenActivation;
  }
  if (patch.outputActivation !== undefined && !ACTIVATIONS.includes(patch.outputActivation)) {
    delete out.outputActivation;
  }
  return out;
}
