/**
 * A hand-written link that names only its dataset (`?data=spiral`) opens that dataset's preset,
 * as choosing it in the menu with "Apply the preset" ticked does, rather than the tutorial's
 * 2-3-1 network on it. Links the app writes never look like that: a run that differs from the
 * tutorial's only in its dataset also writes its hidden layers.
 */
import { TUTORIAL_CONFIG } from '@/state/defaults';
import { presetPatch } from '@/state/presets';
import type { TrainerConfig } from '@/training/protocol';
import { CONFIG_PROPS, type Codec } from './url-codecs';
import { RUN_KEYS } from './url-run';

const CONFIG_KEYS = Object.values<Codec<unknown>>(CONFIG_PROPS).map((codec) => codec.key);

/** The settings a link's values are read over: the dataset's preset if that is all it names. */
export function linkBase(raw: ReadonlyMap<string, string>): TrainerConfig {
  const given = CONFIG_KEYS.filter((key) => raw.has(key));
  const datasetOnly =
    given.length === 1 &&
    given[0] === CONFIG_PROPS.dataset.key &&
    !RUN_KEYS.some((key) => raw.has(key));
  if (!datasetOnly) return TUTORIAL_CONFIG;
  // A bad name is reported when the link's values are read; here it only means no preset.
  const dataset = CONFIG_PROPS.dataset.parse(
    raw.get(CONFIG_PROPS.dataset.key)!,
    TUTORIAL_CONFIG.dataset,
    [],
  );
  return { ...TUTORIAL_CONFIG, ...presetPatch(dataset) };
}

/** Writes the hidden layers too when `start` would otherwise read back as its dataset's preset. */
export function keepOffPreset(start: TrainerConfig, out: URLSearchParams): void {
  const given = CONFIG_KEYS.filter((key) => out.has(key));
  if (given.length === 1 && given[0] === CONFIG_PROPS.dataset.key) {
    out.set(CONFIG_PROPS.hiddenSizes.key, CONFIG_PROPS.hiddenSizes.format(start.hiddenSizes));
  }
}
