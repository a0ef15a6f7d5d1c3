/**
 * The choices the controls offer, from the run-config table (engine/run-config.ts) and re-exported
 * so that views need not reach into the engine.
 */
import { RUN_CONFIG, type EnumSetting } from '@/engine/run-config';

export { DATASETS, isRegression, type DatasetName } from '@/engine/datasets';
export { FEATURE_LABELS, FEATURES, type FeatureName } from '@/engine/features';
export type { ActivationName, LossName, RegularizationName } from '@/engine/run-config';

/** A menu's entries: the names it offers, each with its label from the table. */
function menuOf<T extends string>(
  setting: EnumSetting<T>,
): readonly { readonly value: T; readonly label: string }[] {
  return (setting.menu ?? setting.options).map((value) => ({
    value,
    label: setting.labels?.[value] ?? value,
  }));
}

/** The ranges the sliders and buttons offer for the network's shape and the data. */
export const LIMITS = {
  hiddenLayers: { min: 0, max: RUN_CONFIG.hiddenSizes.maxLayers },
  neurons: { min: RUN_CONFIG.hiddenSizes.min, max: RUN_CONFIG.hiddenSizes.max },
  noise: { min: RUN_CONFIG.noise.min, max: RUN_CONFIG.noise.max },
  trainFraction: { min: RUN_CONFIG.trainFraction.min, max: RUN_CONFIG.trainFraction.max },
} as const;

export const HIDDEN_ACTIVATIONS = menuOf(RUN_CONFIG.hiddenActivation);
export const OUTPUT_ACTIVATIONS = menuOf(RUN_CONFIG.outputActivation);
export const LOSSES = menuOf(RUN_CONFIG.loss);
export const REGULARIZATIONS = menuOf(RUN_CONFIG.regularization);

export { HIDEABLE_CONTROLS, type ControlId } from '@/shared/control-ids';
