/**
 * The Data panel's sentence: the preset's own description while the settings are still the
 * preset's, otherwise the settings as they are now, so the text never describes a network that
 * is not on screen (`?act=relu&out=linear&lr=3` is no longer "2-3-1 sigmoid … learning rate 1").
 */
import { layerSizesOf, RUN_CONFIG } from '@/engine/run-config';
import { PRESETS } from '@/state/presets';
import type { TrainerConfig } from '@/training/protocol';

/** Settings a preset's sentence does not speak of: changing them leaves it true. */
const UNSPOKEN: ReadonlySet<keyof TrainerConfig> = new Set<keyof TrainerConfig>([
  'seed',
  'epochTarget',
  'speed',
]);

/** A menu label inside a sentence: "Sigmoid" → "sigmoid", "ReLU" and "MSE" stay. */
function inSentence(label: string): string {
  return /^[A-Z][a-z]*(?![A-Za-z])/.test(label) ? label[0]!.toLowerCase() + label.slice(1) : label;
}

function labelOf<T extends string>(
  setting: { readonly labels?: Readonly<Record<T, string>> },
  value: T,
) {
  return inSentence(setting.labels?.[value] ?? value);
}

/** "2-3-1 sigmoid network, squared error (MSE), full batch, learning rate 1." and the like. */
export function settingsSummary(config: TrainerConfig): string {
  const shape = layerSizesOf(config).join('-');
  const hidden = labelOf(RUN_CONFIG.hiddenActivation, config.hiddenActivation);
  const output = labelOf(RUN_CONFIG.outputActivation, config.outputActivation);
  const network =
    config.hiddenSizes.length === 0
      ? `${shape} network, ${output} output`
      : hidden === output
        ? `${shape} ${hidden} network`
        : `${shape} network, ${hidden} hidden, ${output} output`;
  const loss = labelOf(RUN_CONFIG.loss, config.loss);
  const batch = config.batchSize === 0 ? 'full batch' : `batches of ${config.batchSize}`;
  return `${network}, ${loss}, ${batch}, learning rate ${config.learningRate}.`;
}

function matchesPreset(config: TrainerConfig): boolean {
  const preset = PRESETS[config.dataset].config;
  return (Object.keys(preset) as (keyof TrainerConfig)[]).every(
    (key) => UNSPOKEN.has(key) || JSON.stringify(preset[key]) === JSON.stringify(config[key]),
  );
}

/** The sentence under the Dataset menu. */
export function datasetDescription(config: TrainerConfig): string {
  const preset = PRESETS[config.dataset];
  if (matchesPreset(config)) return preset.description;
  return `${preset.label}, with these settings: ${settingsSummary(config)}`;
}
